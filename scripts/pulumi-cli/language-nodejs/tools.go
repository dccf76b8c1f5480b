//go:build tools

// Package tools pins Pulumi's Node.js language host so that `go build` can build it from the module proxy.
// v3.68.0 is the last release in which the host is a package of the tagged sdk/v3 module; later releases
// moved it into a module of its own that has no tags and that the module proxy here does not serve.
package tools

import (
	_ "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs"
)
