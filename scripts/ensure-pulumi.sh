#!/usr/bin/env bash
# Makes the Pulumi CLI and its Node.js language host available and prints the directory that holds them.
#
#   1. `pulumi` and `pulumi-language-nodejs` already on PATH: use them.
#   2. A build cached under the user's cache directory, keyed by version: use it.
#   3. Go is installed: build both from the Go module proxy through the wrapper modules in
#      scripts/pulumi-cli/ (their go.mod and go.sum pin every dependency), then cache them.
#   4. Otherwise stop and say how to install the CLI.
#
# Progress goes to stderr; stdout is only the directory, so callers can do PATH="$(ensure-pulumi.sh):$PATH".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
wrappers="$here/pulumi-cli"

# The versions come from the wrapper modules, so bumping a go.mod is the whole upgrade.
module_version() { sed -n "s#^require $2 \(v[^ ]*\)\$#\1#p; s#^[[:space:]]*$2 \(v[^ ]*\)\$#\1#p" "$wrappers/$1/go.mod" | head -n 1; }
cli_version="$(module_version cli github.com/pulumi/pulumi/pkg/v3)"
host_version="$(module_version language-nodejs github.com/pulumi/pulumi/sdk/v3)"
if [ -z "$cli_version" ] || [ -z "$host_version" ]; then
    echo "ensure-pulumi: cannot read the pinned versions from $wrappers/*/go.mod" >&2
    exit 1
fi

say() { echo "ensure-pulumi: $*" >&2; }

if [ "${PULUMI_BARRACUDAWAF_IGNORE_PATH:-}" != "1" ] \
    && command -v pulumi >/dev/null 2>&1 && command -v pulumi-language-nodejs >/dev/null 2>&1; then
    found_version="$(pulumi version 2>/dev/null || echo 'unknown version')"
    say "using pulumi on PATH ($found_version)"
    if [ "$found_version" != "$cli_version" ]; then
        say "note: this project is tested with pulumi $cli_version; set PULUMI_BARRACUDAWAF_IGNORE_PATH=1 to build and use that one"
    fi
    dirname "$(command -v pulumi)"
    exit 0
fi

cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-barracudawaf"
cache_dir="$cache_root/pulumi-$cli_version-nodejs-$host_version"

# Pulumi's own distribution ships the dynamic-provider host script next to `pulumi`; the engine looks there
# first (and warns about any copy it finds elsewhere on PATH). The script is @pulumi/pulumi's, which resolves
# the SDK from the program's directory, so one copy serves every checkout.
dynamic_provider_host="$here/../node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
bundle_dynamic_provider_host() {
    if [ ! -x "$1/pulumi-resource-pulumi-nodejs" ] && [ -f "$dynamic_provider_host" ]; then
        cp "$dynamic_provider_host" "$1/pulumi-resource-pulumi-nodejs"
        chmod +x "$1/pulumi-resource-pulumi-nodejs"
    fi
}

if [ -x "$cache_dir/pulumi" ] && [ -x "$cache_dir/pulumi-language-nodejs" ]; then
    bundle_dynamic_provider_host "$cache_dir"
    say "using cached build in $cache_dir"
    echo "$cache_dir"
    exit 0
fi

if ! command -v go >/dev/null 2>&1; then
    cat >&2 <<EOF
ensure-pulumi: the Pulumi CLI is not on PATH, there is no cached build in $cache_dir, and Go is not installed
to build one. Install the Pulumi CLI (https://www.pulumi.com/docs/install/) so that \`pulumi\` and
\`pulumi-language-nodejs\` are on PATH, or install Go 1.26 or later and run this script again.
EOF
    exit 1
fi

# Build into a scratch directory and move it into place only when both binaries exist, so an interrupted
# build never leaves a half-filled cache that step 2 would trust.
mkdir -p "$cache_root"
scratch="$(mktemp -d "$cache_root/build.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
version_flag="github.com/pulumi/pulumi/sdk/v3/go/common/version.Version"
started=$SECONDS

say "building pulumi $cli_version from the Go module proxy (a few minutes on first use)"
(cd "$wrappers/cli" && GOFLAGS=-mod=readonly go build -trimpath -o "$scratch/pulumi" \
    -ldflags "-X $version_flag=$cli_version" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi) >&2

say "building pulumi-language-nodejs $host_version"
(cd "$wrappers/language-nodejs" && GOFLAGS=-mod=readonly go build -trimpath -o "$scratch/pulumi-language-nodejs" \
    -ldflags "-X $version_flag=$host_version" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs) >&2

bundle_dynamic_provider_host "$scratch"
rm -rf "$cache_dir"
mv "$scratch" "$cache_dir"
trap - EXIT
say "built in $((SECONDS - started)) s, cached in $cache_dir"
echo "$cache_dir"
