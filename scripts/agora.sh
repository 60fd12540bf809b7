#!/usr/bin/env bash
# Entry point of every npm script: provides Node 24, makes sure node_modules was installed by it
# (npm under an older Node silently skips firebase-admin's optional deps), then runs the task.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source scripts/node24.sh

stamp="node_modules/.agora-install"
want="node $(node --version) lock $(sha256sum package-lock.json | cut -c1-16)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "agora: installing dependencies with Node $(node --version) (npm ci)" >&2
  # Native addons must compile against Node 24 headers, not the machine's configured nodedir.
  if [ -n "${AGORA_NODE_HEADERS:-}" ]; then export npm_config_nodedir="$AGORA_NODE_HEADERS"; fi
  npm ci --no-audit --no-fund --loglevel=error >&2
  unset npm_config_nodedir
  echo "$want" > "$stamp"
fi

task="${1:-}"; shift || true
case "$task" in
  start) exec node scripts/start.ts "$@" ;;
  test) exec node scripts/test.ts "$@" ;;
  exec) exec node scripts/emulators/exec.ts "$@" ;;
  run) exec npm run --silent "$@" ;;
  *) echo "usage: scripts/agora.sh start|test|exec <command>|run <npm script>" >&2; exit 2 ;;
esac
