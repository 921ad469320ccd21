#!/usr/bin/env bash
# Installs what the VS Code integration tests need on a machine that reaches only
# the npm registry and Debian's packages (see shared/notes/vscode-in-ci.md):
# code-server (a full VS Code 1.100.3 on npm) and playwright-core to drive Debian's chromium.
# Idempotent: every step checks first, so a second run costs about a second.
# usage: [CLINICAL_SCOPE_CODE_SERVER_DIR=<dir>] bash scripts/vscode/setup.sh
set -euo pipefail

CODE_SERVER_VERSION=4.100.3   # newest code-server that runs on Node 20 (VS Code 1.100.3)
PLAYWRIGHT_VERSION=1.64.1     # known to drive Debian's chromium 156 on these machines
RIPGREP_CACHE_VERSION=1.15.11 # @vscode/ripgrep version that code-server 4.100.3 pulls in
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

root="$(cd "$(dirname "$0")/../.." && pwd)"
# CLINICAL_SCOPE_CODE_SERVER_DIR moves the install (run-tests.mjs reads the same variable);
# outside the repo, the workbench's themes load when the repo root is the extension under test.
dest="${CLINICAL_SCOPE_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/clinical-scope/code-server}"
start=$SECONDS
say() { printf '[vscode-setup] %s\n' "$*"; }

# --- 1. Debian packages ------------------------------------------------------
# libkrb5-dev + pkg-config: a native module of code-server builds against them.
# ripgrep: replaces the binary @vscode/ripgrep would fetch from GitHub.
# chromium: the browser that shows the workbench.
missing=()
for p in libkrb5-dev pkg-config ripgrep chromium; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "apt: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "apt: libkrb5-dev pkg-config ripgrep chromium already installed"
fi

# --- 2. ripgrep download cache -------------------------------------------------
# @vscode/ripgrep's postinstall downloads from GitHub (unreachable) unless this
# cached tarball exists; it only needs a file named `rg` at the archive root.
if [ "$(uname -m)" != x86_64 ]; then
  say "warning: ripgrep cache is prepared for x86_64 only; install may fail on $(uname -m)"
fi
cache_dir="${TMPDIR:-/tmp}/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
if [ -s "$cache_dir/$RIPGREP_ASSET" ]; then
  say "ripgrep cache: present ($cache_dir)"
else
  mkdir -p "$cache_dir"
  rg_bin="$(command -v rg)"
  tar -czf "$cache_dir/$RIPGREP_ASSET.tmp" -C "$(dirname "$rg_bin")" "$(basename "$rg_bin")"
  mv "$cache_dir/$RIPGREP_ASSET.tmp" "$cache_dir/$RIPGREP_ASSET"
  say "ripgrep cache: made from $rg_bin"
fi

# --- 3. code-server + playwright-core ------------------------------------------
# The stamp records what was installed, so a version bump above reinstalls.
stamp="$dest/.installed"
want="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
if [ -x "$dest/node_modules/.bin/code-server" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  say "npm: $want already installed in ${dest#"$root"/}"
else
  mkdir -p "$dest"
  # Its own package.json stops npm from walking up and installing into the repo's node_modules.
  [ -f "$dest/package.json" ] || echo '{ "name": "clinical-scope-vscode-test", "private": true }' >"$dest/package.json"
  say "npm: installing $want into ${dest#"$root"/} (about 2 minutes, ~300 MB)"
  # npm_config_yes: code-server's postinstall runs `npx node-gyp`, which would stop at npx's prompt.
  # --unsafe-perm: as root, npm would otherwise refuse to run that postinstall.
  (cd "$dest" && npm_config_yes=true npm install --unsafe-perm --no-save --no-package-lock \
      --no-audit --no-fund --loglevel=error $want)
  # A postinstall can fail quietly; check the pieces the launcher needs.
  rg_out="$(find "$dest/node_modules" -path '*@vscode/ripgrep/bin/rg' -print -quit)"
  [ -n "$rg_out" ] || { say "error: @vscode/ripgrep has no bin/rg; was the ripgrep cache used?"; exit 1; }
  echo "$want" >"$stamp"
fi

# Read versions from package.json: `code-server --version` would also write ~/.config/code-server.
say "code-server $(node -p "require('$dest/node_modules/code-server/package.json').version")," \
  "playwright-core $(node -p "require('$dest/node_modules/playwright-core/package.json').version")"
say "chromium: $(/usr/bin/chromium --version 2>/dev/null)"
say "done in $((SECONDS - start)) s"
