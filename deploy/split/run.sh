#!/usr/bin/env bash
# The split deployment on one machine (docs/adr/0015-split-deployment.md): its own database on the
# local PostgreSQL, one process per service, two workers, nginx with TLS in front, and optionally a
# streaming read replica. Everything it starts lives under $SPLIT_DIR and is stopped by `down`.
#
#   deploy/split/run.sh up [--replica] [--demo]
#                                        start it all (prints the time it took); --demo seeds the
#                                        demo marketplace (its accounts, catalogue, orders) first
#   deploy/split/run.sh down             stop everything, drop the database and the replica
#   deploy/split/run.sh status           what runs where
#   deploy/split/run.sh kill NAME        kill -9 one process (users, catalog, orders, logistics,
#                                        logistics-2, insights, worker-1, worker-2)
#   deploy/split/run.sh start NAME       start it again and wait until it is ready
#   deploy/split/run.sh restart NAME     rolling restart: a second process takes over, then the
#                                        restarted one takes back; nginx reloads, no request lost
#
# Environment: PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres), SPLIT_DIR
# (default /tmp/tutuu-split). Of the caller's other variables, only the app's tuning ones (LOG_LEVEL,
# RATE_LIMIT_*, LOGISTICS_*, ORDER_*, EVENTS_* … see PASS_THROUGH) reach the processes. Needs nginx
# (installed from the Debian package when missing and running as root).
set -euo pipefail
# The state holds the stack's secrets (JWT and webhook keys, the admin password): this user's only.
umask 077

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SPLIT_DIR="${SPLIT_DIR:-/tmp/tutuu-split}"
PG_ADMIN_URL="${PG_ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
REPLICA_PORT="${REPLICA_PORT:-5433}"
HTTPS_PORT=8443
HTTP_PORT=8080
NGINX_DIR="$SPLIT_DIR/nginx"
MARKER=.tutuu-split
# A process being replaced finishes its requests first: the longest nginx allows is a price list's 300 s.
RESTART_GRACE=310
LOGS="$SPLIT_DIR/logs"
# Each process runs the server as `npm start` does: compiled (dist/, tools/server/build-if-stale.mjs)
# with its memory settings (bench/README "Memory"). APP_MARK tells our processes in /proc.
APP=(node --max-old-space-size=192 dist/main.js)
APP_MARK=dist/main.js

# name → port; workers have none. logistics runs twice: WebSockets held open, fanned out through PostgreSQL.
declare -A PORT_OF=([users]=3001 [catalog]=3002 [orders]=3003 [logistics]=3004 [insights]=3005 [logistics-2]=3006)
HTTP_PROCS=(users catalog orders logistics logistics-2 insights)
WORKERS=(worker-1 worker-2)

# The caller's variables a process may take: tuning, never where it connects or what it serves.
PASS_THROUGH='^(LOG_LEVEL|RATE_LIMIT_[A-Z_]+|AUTH_RATE_LIMIT_MAX|LOGIN_[A-Z_]+|ACCESS_TOKEN_TTL_SEC|REFRESH_TOKEN_TTL_DAYS|LOGISTICS_[A-Z_]+|ORDER_[A-Z_]+|EVENTS_[A-Z_]+|SEARCH_CACHE_ENTRIES|PAYMENT_RECONCILE_SEC|DATABASE_POOL_SIZE|DATABASE_READ_POOL_SIZE|METRICS_[A-Z_]+|CORS_ORIGINS|WEB_DIR|MAP_TILE_URL|MAP_ATTRIBUTION|NODE_OPTIONS)$'

say() { printf '[split] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

service_of() { echo "${1%-2}"; }
# Alive, ours (a pid file outliving its process must not get another process signalled), and not a
# zombie (a process killed after its launcher exited waits for init to reap it).
pid_alive() {
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null && grep -qa "$APP_MARK" "/proc/$1/cmdline" 2>/dev/null \
    && [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" != Z ]
}
pid_of() { cat "$SPLIT_DIR/pids/$1" 2>/dev/null || true; }
# Compiles src/ when it changed since the last compile (a no-op otherwise), so a restart runs the new code.
compile() { (cd "$ROOT" && node tools/server/build-if-stale.mjs >&2) || die "the server did not compile"; }

load_state() {
  [ -f "$SPLIT_DIR/env" ] || die "no split stack in $SPLIT_DIR (run: $0 up)"
  # shellcheck disable=SC1091
  set -a; . "$SPLIT_DIR/env"; set +a
}

ensure_nginx() {
  command -v nginx >/dev/null && return
  [ "$(id -u)" = 0 ] || die "nginx is not installed; install the Debian package: apt-get install -y nginx"
  say "installing nginx from the Debian package"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null; } \
    || die "could not install nginx"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The environment of one process, into VARS: a clean one (env -i), the stack's settings, and the
# caller's tuning variables (PASS_THROUGH).
proc_env() {
  local name="$1" port="$2" v
  [ -n "${SPLIT_DB_URL:-}" ] && [ -n "${SPLIT_JWT_SECRET:-}" ] || die "the stack's state in $SPLIT_DIR/env is incomplete"
  VARS=("PATH=$PATH" "HOME=${HOME:-/root}")
  for v in $(compgen -e); do [[ "$v" =~ $PASS_THROUGH ]] && VARS+=("$v=${!v}"); done
  VARS+=(
    "NODE_ENV=production" "DATABASE_URL=$SPLIT_DB_URL" "JWT_SECRET=$SPLIT_JWT_SECRET"
    "PAYMENT_WEBHOOK_SECRET=$SPLIT_WEBHOOK_SECRET" "PAYMENT_PROVIDER=test" "API_DOCS=true"
    "HOST=127.0.0.1" "TRUST_PROXY=127.0.0.1" "WORKER=false" "PUBLIC_URL=$SPLIT_BASE_URL" "PORT=$port"
    "DATA_DIR=$SPLIT_DIR/data" "DATABASE_POOL_SIZE=${DATABASE_POOL_SIZE:-8}" "MALLOC_MMAP_THRESHOLD_=1048576"
  )
  case "$name" in
    # At info a worker logs little, and its "worker running" line is how `up` knows it is ready.
    worker-*) VARS+=("WORKER=true" "LOG_LEVEL=info") ;;
    *) VARS+=("SERVICES=$(service_of "$name")") ;;
  esac
  # The first admin is made by the users process alone (two processes would race to create it).
  [ "$name" != users ] || VARS+=("ADMIN_EMAIL=$SPLIT_ADMIN_EMAIL" "ADMIN_PASSWORD=$SPLIT_ADMIN_PASSWORD")
  # Reads that may be a little stale go to the replica: search, product pages, insights.
  if [ -n "${SPLIT_REPLICA_URL:-}" ] && { [ "$(service_of "$name")" = catalog ] || [ "$name" = insights ]; }; then
    VARS+=("DATABASE_READ_URL=$SPLIT_REPLICA_URL")
  fi
}

# Starts NAME on PORT (its own port unless given), records the pid under KEY, waits until ready.
launch() {
  local name="$1" port="${2:-${PORT_OF[$1]:-0}}" key="${3:-$1}"
  local cmd=serve
  case "$name" in worker-*) cmd=worker ;; esac
  [ "$cmd" = worker ] || port_free "$port" || die "port $port is taken; cannot start $name"
  proc_env "$name" "$port"
  # Where this run's lines begin: a restarted worker's readiness is read from its own lines only.
  stat -c %s "$LOGS/$key.log" 2>/dev/null >"$LOGS/.$key.start" || echo 0 >"$LOGS/.$key.start"
  compile
  (cd "$ROOT" && exec env -i "${VARS[@]}" "${APP[@]}" "$cmd" >>"$LOGS/$key.log" 2>&1) &
  local pid=$!
  echo "$pid" >"$SPLIT_DIR/pids/$key"
  # Until the fork has become node, it is not yet recognisably ours (pid_alive).
  for _ in $(seq 1 40); do grep -qa "$APP_MARK" "/proc/$pid/cmdline" 2>/dev/null && break; sleep 0.05; done
}

wait_ready() {
  local name="$1" port="${2:-${PORT_OF[$1]:-0}}" key="${3:-$1}" pid
  local from
  pid="$(pid_of "$key")"
  from=$(($(cat "$LOGS/.$key.start" 2>/dev/null || echo 0) + 1))
  for _ in $(seq 1 480); do
    pid_alive "$pid" || { tail -n 20 "$LOGS/$key.log" >&2; die "$key exited while starting (log: $LOGS/$key.log)"; }
    case "$name" in
      worker-*) tail -c "+$from" "$LOGS/$key.log" 2>/dev/null | grep -q 'worker running' && return 0 ;;
      *) curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0 ;;
    esac
    sleep 0.25
  done
  stop_pid "$pid"
  die "$key did not become ready in 120 s (log: $LOGS/$key.log)"
}

# SIGTERM: the process stops taking connections and finishes its requests, for up to GRACE seconds
# (default 30; a rolling restart waits out the longest request nginx allows, a price list's 300 s).
stop_pid() {
  local pid="$1" grace="${2:-30}"
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((grace * 4))); do pid_alive "$pid" || return 0; sleep 0.25; done
  kill -KILL "$pid" 2>/dev/null || true
}

nginx_ctl() { nginx -p "$NGINX_DIR/" -c "$NGINX_DIR/nginx.conf" "$@"; }

# By signal, not `nginx -s quit` (which re-reads the configuration and fails if it has changed):
# the master finishes its requests, then the ports are free before `down` returns.
stop_nginx() {
  local master
  master="$(cat "$NGINX_DIR/nginx.pid" 2>/dev/null || true)"
  [ -n "$master" ] && kill -0 "$master" 2>/dev/null || return 0
  kill -QUIT "$master" 2>/dev/null || true
  for _ in $(seq 1 80); do kill -0 "$master" 2>/dev/null || return 0; sleep 0.25; done
  kill -TERM "$master" 2>/dev/null || true
}

# One line of the state file, quoted so that sourcing it gives back the value as it was.
state() { printf '%s=%q\n' "$1" "$2" >>"$SPLIT_DIR/env"; }

# Writes upstreams.conf from the ports file ("name port" per line) and reloads nginx when it runs.
write_upstreams() {
  local out="$NGINX_DIR/upstreams.conf.new" service servers
  : >"$out"
  for service in users catalog orders logistics insights; do
    servers="$(awk -v s="$service" '$1 == s || $1 == s "-2" { printf "server 127.0.0.1:%s max_fails=1 fail_timeout=2s; ", $2 }' "$SPLIT_DIR/ports")"
    printf 'upstream tutuu_%s { zone tutuu_%s 64k; %skeepalive 16; }\n' "$service" "$service" "$servers" >>"$out"
  done
  mv "$out" "$NGINX_DIR/upstreams.conf"
}

# A reload starts new workers with the new upstreams; the old ones finish their requests and exit.
reload_nginx() {
  local master
  nginx_ctl -t -q || die "nginx configuration is invalid"
  master="$(cat "$NGINX_DIR/nginx.pid")"
  nginx_ctl -s reload 2>&1 | grep -v "signal process started" >&2 || true
  sleep 0.2
  for _ in $(seq 1 200); do
    ps -o args= --ppid "$master" | grep -q 'shutting down' || return 0
    sleep 0.1
  done
  say "warning: old nginx workers still finishing after 20 s"
}

set_port() { awk -v n="$1" -v p="$2" '$1 == n { $2 = p } { print }' "$SPLIT_DIR/ports" >"$SPLIT_DIR/ports.new" && mv "$SPLIT_DIR/ports.new" "$SPLIT_DIR/ports"; }

make_cert() {
  mkdir -p "$NGINX_DIR/tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -addext "basicConstraints=critical,CA:TRUE" \
    -keyout "$NGINX_DIR/tls/key.pem" -out "$NGINX_DIR/tls/cert.pem" 2>/dev/null
  chmod 600 "$NGINX_DIR/tls/key.pem"
}

write_nginx_conf() {
  mkdir -p "$NGINX_DIR/logs" "$NGINX_DIR/tmp"
  # A copy: the running proxy's configuration must not change when the working tree does.
  cp "$ROOT/deploy/nginx/tutuu.conf" "$NGINX_DIR/tutuu.conf"
  # Workers run as nobody when nginx starts as root: they pass through here and write request bodies.
  chmod 711 "$SPLIT_DIR" "$NGINX_DIR"
  chmod 1777 "$NGINX_DIR/tmp"
  cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes auto;
pid nginx.pid;
error_log logs/error.log warn;
events { worker_connections 1024; }
http {
  default_type application/octet-stream;
  sendfile on;
  server_tokens off;
  client_body_temp_path tmp/body;
  proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi;
  scgi_temp_path tmp/scgi;
  include tutuu.conf;
  access_log logs/access.log tutuu;
}
CONF
}

. "$ROOT/deploy/split/replica.sh"

cmd_up() {
  local replica=false demo=false started arg
  for arg in "$@"; do
    case "$arg" in
      --replica) replica=true ;;
      --demo) demo=true ;;
      *) die "unknown option $arg (up [--replica] [--demo])" ;;
    esac
  done
  started=$(date +%s.%N)
  [ -f "$SPLIT_DIR/env" ] && die "a split stack is already up in $SPLIT_DIR (run: $0 down)"
  if [ -e "$SPLIT_DIR" ] && [ ! -f "$SPLIT_DIR/$MARKER" ] && [ -n "$(ls -A "$SPLIT_DIR" 2>/dev/null)" ]; then
    die "$SPLIT_DIR is not empty and not a split stack's directory: choose another SPLIT_DIR"
  fi
  # A start that fails half-way stops what it started and drops its database.
  trap 'status=$?; [ $status -eq 0 ] || { say "start failed; stopping what was started"; cmd_down; }' EXIT
  ensure_nginx
  command -v openssl >/dev/null || die "openssl is needed for the test certificate"
  for p in "$HTTPS_PORT" "$HTTP_PORT" 3001 3002 3003 3004 3005 3006; do port_free "$p" || die "port $p is taken"; done
  rm -rf "$SPLIT_DIR" && mkdir -p "$SPLIT_DIR/pids" "$LOGS" "$SPLIT_DIR/data" && touch "$SPLIT_DIR/$MARKER"
  # Others (nginx's workers, the postgres user for the replica) pass through, and read nothing here.
  chmod 711 "$SPLIT_DIR"

  local db="tutuu_split_$(openssl rand -hex 4)"
  psql "$PG_ADMIN_URL" -qAtc "CREATE DATABASE \"$db\"" >/dev/null || die "cannot create database $db on $PG_ADMIN_URL"
  SPLIT_DB="$db"
  SPLIT_DB_URL="$(printf '%s' "$PG_ADMIN_URL" | sed -E "s#/[^/?]*(\?|$)#/$db\1#")"
  SPLIT_BASE_URL="https://127.0.0.1:$HTTPS_PORT"
  SPLIT_JWT_SECRET="$(openssl rand -hex 32)"
  SPLIT_WEBHOOK_SECRET="$(openssl rand -hex 32)"
  SPLIT_ADMIN_EMAIL="admin@split.test"
  SPLIT_ADMIN_PASSWORD="split-$(openssl rand -hex 12)"
  SPLIT_REPLICA_URL=""
  SPLIT_REPLICA_SKIPPED=""
  state SPLIT_DIR "$SPLIT_DIR"
  state SPLIT_DB "$SPLIT_DB"
  state SPLIT_DB_URL "$SPLIT_DB_URL"
  state SPLIT_BASE_URL "$SPLIT_BASE_URL"
  state SPLIT_HTTP_URL "http://127.0.0.1:$HTTP_PORT"
  state SPLIT_CA "$NGINX_DIR/tls/cert.pem"
  state SPLIT_JWT_SECRET "$SPLIT_JWT_SECRET"
  state SPLIT_WEBHOOK_SECRET "$SPLIT_WEBHOOK_SECRET"
  state SPLIT_ADMIN_EMAIL "$SPLIT_ADMIN_EMAIL"
  state SPLIT_ADMIN_PASSWORD "$SPLIT_ADMIN_PASSWORD"

  say "database $db; applying migrations"
  compile
  (cd "$ROOT" && NODE_ENV=production DATABASE_URL="$SPLIT_DB_URL" JWT_SECRET="$SPLIT_JWT_SECRET" \
    PAYMENT_WEBHOOK_SECRET="$SPLIT_WEBHOOK_SECRET" "${APP[@]}" migrate >"$LOGS/migrate.log" 2>&1) \
    || { cat "$LOGS/migrate.log" >&2; die "migrations failed"; }
  if $demo; then
    say "seeding the demo marketplace"
    (cd "$ROOT" && NODE_ENV=production DATABASE_URL="$SPLIT_DB_URL" JWT_SECRET="$SPLIT_JWT_SECRET" \
      PAYMENT_WEBHOOK_SECRET="$SPLIT_WEBHOOK_SECRET" "${APP[@]}" seed >"$LOGS/seed.log" 2>&1) \
      || { cat "$LOGS/seed.log" >&2; die "seeding failed"; }
  fi

  if $replica; then
    if start_replica "$db"; then
      # The primary's URL with the replica's port (user, database and options kept).
      [[ "$SPLIT_DB_URL" =~ ^([a-z]+://([^@/]*@)?[^:/?]+)(:[0-9]+)?(/.*)$ ]] || die "cannot read $SPLIT_DB_URL"
      SPLIT_REPLICA_URL="${BASH_REMATCH[1]}:$REPLICA_PORT${BASH_REMATCH[4]}"
      state SPLIT_REPLICA_URL "$SPLIT_REPLICA_URL"
    else
      SPLIT_REPLICA_SKIPPED="$REPLICA_SKIP_REASON"
      state SPLIT_REPLICA_SKIPPED "$SPLIT_REPLICA_SKIPPED"
      say "read replica skipped: $SPLIT_REPLICA_SKIPPED"
    fi
  fi

  : >"$SPLIT_DIR/ports"
  for name in "${HTTP_PROCS[@]}"; do echo "$name ${PORT_OF[$name]}" >>"$SPLIT_DIR/ports"; done
  for name in "${HTTP_PROCS[@]}" "${WORKERS[@]}"; do launch "$name"; done
  for name in "${HTTP_PROCS[@]}" "${WORKERS[@]}"; do wait_ready "$name"; done

  make_cert
  write_nginx_conf
  write_upstreams
  nginx_ctl -t -q || die "nginx configuration is invalid (see $NGINX_DIR/logs/error.log)"
  nginx_ctl
  for _ in $(seq 1 40); do curl -fsS -o /dev/null --cacert "$NGINX_DIR/tls/cert.pem" "$SPLIT_BASE_URL/health/ready" && break; sleep 0.25; done
  curl -fsS -o /dev/null --cacert "$NGINX_DIR/tls/cert.pem" "$SPLIT_BASE_URL/health/ready" || die "nginx does not answer on $SPLIT_BASE_URL"

  local secs
  secs=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  state SPLIT_UP_SECONDS "$secs"
  say "up in ${secs} s: $SPLIT_BASE_URL (http://127.0.0.1:$HTTP_PORT redirects), state and logs in $SPLIT_DIR"
  say "replica: ${SPLIT_REPLICA_URL:-${SPLIT_REPLICA_SKIPPED:-not asked for (up --replica)}}"
  trap - EXIT
}

cmd_down() {
  [ -d "$SPLIT_DIR" ] || { say "nothing to stop in $SPLIT_DIR"; return 0; }
  [ -f "$SPLIT_DIR/$MARKER" ] || die "$SPLIT_DIR is not a split stack's directory; nothing stopped"
  stop_nginx
  local f
  for f in "$SPLIT_DIR"/pids/*; do [ -e "$f" ] && stop_pid "$(cat "$f")" & done
  wait
  if [ -f "$SPLIT_DIR/env" ]; then
    load_state
    stop_replica
    psql "$PG_ADMIN_URL" -qAtc "DROP DATABASE IF EXISTS \"$SPLIT_DB\" WITH (FORCE)" >/dev/null || say "could not drop $SPLIT_DB"
  fi
  rm -rf "$SPLIT_DIR"
  say "down"
}

cmd_status() {
  load_state
  local name pid port
  while read -r name port; do
    pid="$(pid_of "$name")"
    printf '%-12s :%s  %s\n' "$name" "$port" "$(pid_alive "$pid" && echo "pid $pid" || echo down)"
  done <"$SPLIT_DIR/ports"
  for name in "${WORKERS[@]}"; do
    pid="$(pid_of "$name")"
    printf '%-12s        %s\n' "$name" "$(pid_alive "$pid" && echo "pid $pid" || echo down)"
  done
  local master
  master="$(cat "$NGINX_DIR/nginx.pid" 2>/dev/null || true)"
  printf '%-12s :%s  %s\n' nginx "$HTTPS_PORT" "$([ -n "$master" ] && kill -0 "$master" 2>/dev/null && echo "pid $master" || echo down)"
  printf '%-12s :%s  %s\n' replica "$REPLICA_PORT" "${SPLIT_REPLICA_URL:-${SPLIT_REPLICA_SKIPPED:-none}}"
}

known() { [ -n "${PORT_OF[$1]:-}" ] || [[ " ${WORKERS[*]} " == *" $1 "* ]] || die "unknown process $1"; }

cmd_kill() {
  load_state; known "$1"
  local pid
  pid="$(pid_of "$1")"
  kill -KILL "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do pid_alive "$pid" || break; sleep 0.05; done
  say "killed $1"
}

cmd_start() {
  load_state; known "$1"
  pid_alive "$(pid_of "$1")" && die "$1 is running"
  launch "$1"; wait_ready "$1"; say "$1 started"
}

# Rolling restart of one process: a spare on port+10 takes over through an nginx reload, the
# process restarts on its own port and takes back; each side finishes its requests before stopping.
cmd_restart() {
  load_state; known "$1"
  local name="$1" port spare
  case "$name" in
    worker-*) stop_pid "$(pid_of "$name")"; launch "$name"; wait_ready "$name"; say "$name restarted"; return ;;
  esac
  port="${PORT_OF[$name]}"; spare=$((port + 10))
  launch "$name" "$spare" "$name.spare"; wait_ready "$name" "$spare" "$name.spare"
  set_port "$name" "$spare"; write_upstreams; reload_nginx
  stop_pid "$(pid_of "$name")" "$RESTART_GRACE"
  launch "$name"; wait_ready "$name"
  set_port "$name" "$port"; write_upstreams; reload_nginx
  stop_pid "$(pid_of "$name.spare")" "$RESTART_GRACE"; rm -f "$SPLIT_DIR/pids/$name.spare"
  say "$name restarted"
}

case "${1:-}" in
  up) shift; cmd_up "$@" ;;
  down) cmd_down ;;
  status) cmd_status ;;
  kill) cmd_kill "${2:?name}" ;;
  start) cmd_start "${2:?name}" ;;
  restart) cmd_restart "${2:?name}" ;;
  *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
