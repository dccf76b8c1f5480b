#!/usr/bin/env bash
# Makes the Pulumi CLI and its Node.js language host available and prints the directory that holds them.
#
#   1. `pulumi` and `pulumi-language-nodejs` already on PATH: use them.
#   2. A build cached under the user's cache directory, keyed by version (and the front's sources, below): use it.
#   3. Go is installed: build both from the Go module proxy through the wrapper modules in
#      scripts/pulumi-cli/ (their go.mod and go.sum pin every dependency), then cache them. The language host
#      is v3.68.0, which cannot run policy packs: the cached `pulumi-language-nodejs` is a small front
#      (scripts/pulumi-cli/language-nodejs-policy) that adds that and passes everything else to the real host
#      in `host/` beside it.
#   4. Otherwise stop and say how to install the CLI.
#
# Safe for runs on one machine at once (two checkouts, two pipelines): one builds under a lock while the others
# wait and then use its build, and a build another run may be using is never removed or replaced.
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

# The front is this project's own code: its sources are part of the cache key, so a change to it is rebuilt.
policy_front="$wrappers/language-nodejs-policy"
front_key="$(cat "$policy_front/main.go" "$policy_front/go.mod" "$policy_front/go.sum" | cksum | cut -d ' ' -f 1)"
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-barracudawaf"
cache_dir="$cache_root/pulumi-$cli_version-nodejs-$host_version-policy-$front_key"

# Pulumi's own distribution ships the dynamic-provider host script next to `pulumi`; the engine looks there
# first (and warns about any copy it finds elsewhere on PATH). The script is @pulumi/pulumi's, which resolves
# the SDK from the program's directory, so one copy serves every checkout.
dynamic_provider_host="$here/../node_modules/@pulumi/pulumi/pulumi-resource-pulumi-nodejs"
bundle_dynamic_provider_host() {
    if [ ! -x "$1/pulumi-resource-pulumi-nodejs" ] && [ -f "$dynamic_provider_host" ]; then
        # Copied aside, then renamed into place: a run using this directory never sees half a file.
        cp "$dynamic_provider_host" "$1/.pulumi-resource-pulumi-nodejs.$$"
        chmod +x "$1/.pulumi-resource-pulumi-nodejs.$$"
        mv -f "$1/.pulumi-resource-pulumi-nodejs.$$" "$1/pulumi-resource-pulumi-nodejs"
    fi
}

cached_build_is_complete() {
    [ -x "$cache_dir/pulumi" ] && [ -x "$cache_dir/pulumi-language-nodejs" ] \
        && [ -x "$cache_dir/host/pulumi-language-nodejs" ]
}

if cached_build_is_complete; then
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

# One build per version at a time, on this machine: other runs (another checkout, another pipeline) wait for
# the lock and then use what the first one built. Without flock (not on every system) runs may build twice,
# but the move into place below still never replaces a build that another run may be using.
mkdir -p "$cache_root"
if command -v flock >/dev/null 2>&1; then
    exec 9>"$cache_root/.build-$cli_version.lock"
    if ! flock -n 9; then
        say "another run is building pulumi $cli_version; waiting for it"
        flock 9
    fi
    if cached_build_is_complete; then
        bundle_dynamic_provider_host "$cache_dir"
        say "using the build another run just finished in $cache_dir"
        echo "$cache_dir"
        exit 0
    fi
fi

# Build into a scratch directory and move it into place only when both binaries exist, so an interrupted
# build never leaves a half-filled cache that step 2 would trust.
scratch="$(mktemp -d "$cache_root/build.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
version_flag="github.com/pulumi/pulumi/sdk/v3/go/common/version.Version"
started=$SECONDS

say "building pulumi $cli_version from the Go module proxy (a few minutes on first use)"
(cd "$wrappers/cli" && GOFLAGS=-mod=readonly go build -trimpath -o "$scratch/pulumi" \
    -ldflags "-X $version_flag=$cli_version" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi) >&2

say "building pulumi-language-nodejs $host_version"
mkdir "$scratch/host"
(cd "$wrappers/language-nodejs" && GOFLAGS=-mod=readonly go build -trimpath -o "$scratch/host/pulumi-language-nodejs" \
    -ldflags "-X $version_flag=$host_version" github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs) >&2

say "building its front, which runs policy packs"
(cd "$policy_front" && GOFLAGS=-mod=readonly go build -trimpath -o "$scratch/pulumi-language-nodejs" .) >&2

bundle_dynamic_provider_host "$scratch"
if cached_build_is_complete; then
    # Another run (without flock) finished first, and may be using its build: keep it, drop ours.
    say "built in $((SECONDS - started)) s; another run's build was already in place, using it"
else
    # A half-filled directory (from a build killed before this script moved builds into place whole) is
    # used by nobody: set it aside before the rename, which is atomic.
    if [ -e "$cache_dir" ]; then
        stale="$(mktemp -d "$cache_root/stale.XXXXXX")"
        mv "$cache_dir" "$stale/"
        rm -rf "$stale"
    fi
    mv "$scratch" "$cache_dir"
    trap - EXIT
    say "built in $((SECONDS - started)) s, cached in $cache_dir"
fi
echo "$cache_dir"
