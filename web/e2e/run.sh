#!/usr/bin/env bash
# Browser tests and screenshots against the built client and one real server.
#   bash web/e2e/run.sh              → npm run test:e2e (vitest, web/e2e/**/*.e2e.ts)
#   bash web/e2e/run.sh screenshots  → npm run screenshots (docs/screenshots/*.png)
#   bash web/e2e/run.sh icons        → the PWA's PNG icons from web/public/icons/icon.svg
# Extra arguments go to vitest (e.g. a file name). CHROMIUM_PATH names a Chromium other than
# /usr/bin/chromium; E2E_DATABASE_URL runs the server on a fresh PostgreSQL database.
set -euo pipefail
cd "$(dirname "$0")/../.."

mode=test
case "${1:-}" in
  test | screenshots | icons)
    mode="$1"
    shift
    ;;
esac

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "No Chromium at $chromium: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi

if [ "$mode" = icons ]; then
  exec npx tsx web/e2e/icons.ts
fi

# A build of its own, so a run neither breaks nor is broken by someone rebuilding web/dist.
# E2E_WEB_DIR set by the caller: that client, already built, is served instead.
if [ -z "${E2E_WEB_DIR:-}" ]; then
  E2E_WEB_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tutuu-e2e-web.XXXXXX")"
  export E2E_WEB_DIR
  trap 'rm -rf "$E2E_WEB_DIR"' EXIT
  echo "== building the web client into $E2E_WEB_DIR"
  npm run --silent build:web -- --outDir "$E2E_WEB_DIR" --emptyOutDir --logLevel warn
fi

case "$mode" in
  test) npx vitest run --config web/e2e/vitest.config.ts "$@" ;;
  screenshots) npx tsx web/e2e/screenshots.ts "$@" ;;
esac
