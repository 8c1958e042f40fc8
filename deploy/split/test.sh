#!/usr/bin/env bash
# `npm run test:split`: brings the split stack up (with a read replica when the machine allows one),
# runs the black-box tests in test/split against it over HTTPS, and always brings it down again.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export SPLIT_DIR="${SPLIT_DIR:-/tmp/tutuu-split-test-$$}"
RUN="$ROOT/deploy/split/run.sh"

# Every test request comes from one address: the per-address limits would answer 429s, not the test.
export RATE_LIMIT_MAX="${RATE_LIMIT_MAX:-1000000}" AUTH_RATE_LIMIT_MAX="${AUTH_RATE_LIMIT_MAX:-100000}"

export LOG_LEVEL="${LOG_LEVEL:-info}"

cleanup() { "$RUN" down || true; }
trap cleanup EXIT INT TERM

"$RUN" up --replica
set -a
# shellcheck disable=SC1091
. "$SPLIT_DIR/env"
set +a
# Node's fetch and WebSocket clients trust the stack's self-signed certificate, nothing else changes.
export NODE_EXTRA_CA_CERTS="$SPLIT_CA"
export SPLIT_RUN="$RUN"
cd "$ROOT"
npx vitest run --config vitest.split.config.ts "$@"

# With the replica up, the search cache is also tested on a real hot standby (test/read-replica-standby.test.ts).
if [ -n "${SPLIT_REPLICA_URL:-}" ] && [ $# -eq 0 ]; then
  TEST_DATABASE_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/test}" \
    TEST_REPLICA_URL="${SPLIT_REPLICA_URL%/*}/test" npx vitest run test/read-replica-standby.test.ts
fi
