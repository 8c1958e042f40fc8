#!/usr/bin/env bash
# `npm run test:split`: brings a split stack of its own up (with a read replica when the machine
# allows one), runs the black-box tests in test/split against it over HTTPS, and brings it down.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# Always a directory of its own: never a stack someone else started (`down` would stop it).
SPLIT_DIR="$(mktemp -d /tmp/tutuu-split-test.XXXXXX)"
rmdir "$SPLIT_DIR"
export SPLIT_DIR
RUN="$ROOT/deploy/split/run.sh"

# Every test request comes from one address: the per-address limits would answer 429s, not the test.
export RATE_LIMIT_MAX="${RATE_LIMIT_MAX:-1000000}" AUTH_RATE_LIMIT_MAX="${AUTH_RATE_LIMIT_MAX:-100000}"

# The web client is served through the proxy too (the edge test asks for it): build it once.
[ -f "$ROOT/web/dist/index.html" ] || (cd "$ROOT" && npm run --silent build:web >/dev/null)

# A failed `up` cleans up after itself; from here on, this script does.
"$RUN" up --replica
trap '"$RUN" down || true' EXIT INT TERM
set -a
# shellcheck disable=SC1091
. "$SPLIT_DIR/env"
set +a
# Node's fetch and WebSocket clients trust the stack's self-signed certificate, nothing else changes.
export NODE_EXTRA_CA_CERTS="$SPLIT_CA"
export SPLIT_RUN="$RUN"
cd "$ROOT"
npx vitest run --config vitest.split.config.ts "$@"

# With the replica up, the search cache is also tested on a real hot standby
# (test/read-replica-standby.test.ts); the suite's databases need a server URL naming a `test` database.
if [ -n "${SPLIT_REPLICA_URL:-}" ] && [ $# -eq 0 ]; then
  if [[ "${PG_ADMIN_URL:-}" =~ /[^/?]*test[^/?]*(\?|$) ]]; then
    TEST_DATABASE_URL="$PG_ADMIN_URL" TEST_REPLICA_URL="${SPLIT_REPLICA_URL%/*}/test" \
      npx vitest run test/read-replica-standby.test.ts
  else
    echo "search on a hot standby: skipped (set PG_ADMIN_URL to a server URL naming a 'test' database, as .ci/run does)"
  fi
fi
