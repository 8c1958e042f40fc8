# shellcheck shell=bash
# A streaming read replica of the local PostgreSQL cluster for the split stack (sourced by run.sh):
# a second cluster on $REPLICA_PORT made with pg_basebackup, owned and run by the postgres user.
# It copies the whole cluster (PostgreSQL replicates clusters, not databases) and uses no
# replication slot, so a stack that is never stopped cannot make the primary keep WAL forever.

REPLICA_DIR="$SPLIT_DIR/replica"
REPLICA_SKIP_REASON=""
# Marks the pg_hba.conf line this script adds (SPLIT_ALLOW_REPLICATION_HBA=1), so `down` takes it out.
HBA_TAG="# tutuu-split replica: removed by deploy/split/run.sh down"

# Runs a PostgreSQL binary as the postgres user (the server refuses to run as root).
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi
}

# Sets REPLICA_SKIP_REASON and fails when a replica cannot be made here.
start_replica() {
  local db="$1" version bindir out hba
  if [ "$(id -u)" != 0 ] && [ "$(id -un)" != postgres ]; then
    REPLICA_SKIP_REASON="needs root or the postgres user to run a second PostgreSQL cluster"; return 1
  fi
  id postgres >/dev/null 2>&1 || { REPLICA_SKIP_REASON="no postgres user on this machine"; return 1; }
  version="$(psql "$PG_ADMIN_URL" -qAtc 'show server_version_num')" || { REPLICA_SKIP_REASON="cannot ask the primary its version"; return 1; }
  bindir="/usr/lib/postgresql/$((version / 10000))/bin"
  [ -x "$bindir/pg_basebackup" ] && [ -x "$bindir/pg_ctl" ] \
    || { REPLICA_SKIP_REASON="no PostgreSQL $((version / 10000)) server binaries in $bindir (the replica must match the primary's major version)"; return 1; }
  port_free "$REPLICA_PORT" || { REPLICA_SKIP_REASON="port $REPLICA_PORT is taken"; return 1; }

  mkdir -p "$REPLICA_DIR" && chown postgres: "$REPLICA_DIR" && chmod 700 "$REPLICA_DIR"
  local host port
  host="$(printf '%s' "$PG_ADMIN_URL" | sed -E 's#^[a-z]+://([^@/]*@)?([^:/?]+).*#\2#')"
  port="$(printf '%s' "$PG_ADMIN_URL" | sed -nE 's#^[a-z]+://([^@/]*@)?[^:/?]+:([0-9]+).*#\2#p')"
  port="${port:-5432}"
  say "making a read replica of $host:$port with pg_basebackup"
  if ! out="$(as_postgres "$bindir/pg_basebackup" -h "$host" -p "$port" -U postgres -D "$REPLICA_DIR/data" -X stream -R -c fast 2>&1)"; then
    if [[ "$out" == *"no pg_hba.conf entry for replication"* ]] && [ "${SPLIT_ALLOW_REPLICATION_HBA:-}" = 1 ]; then
      # The cluster trusts local TCP connections for every database but not for replication:
      # allow the same for replication (asked for by SPLIT_ALLOW_REPLICATION_HBA=1, as .ci/run does).
      # Removed again by stop_replica.
      hba="$(psql "$PG_ADMIN_URL" -qAtc 'show hba_file')"
      say "allowing replication connections from 127.0.0.1 in $hba while the replica runs"
      printf '%s %s\n' "host replication postgres 127.0.0.1/32 trust" "$HBA_TAG" >>"$hba"
      echo "$hba" >"$SPLIT_DIR/hba-edited"
      psql "$PG_ADMIN_URL" -qAtc 'select pg_reload_conf()' >/dev/null
      rm -rf "${REPLICA_DIR:?}/data"
      out="$(as_postgres "$bindir/pg_basebackup" -h "$host" -p "$port" -U postgres -D "$REPLICA_DIR/data" -X stream -R -c fast 2>&1)" \
        || { REPLICA_SKIP_REASON="pg_basebackup failed: $out"; return 1; }
    elif [[ "$out" == *"no pg_hba.conf entry for replication"* ]]; then
      REPLICA_SKIP_REASON="the primary refuses replication connections (pg_hba.conf has no 'replication' line for 127.0.0.1; set SPLIT_ALLOW_REPLICATION_HBA=1 to let this script add one)"
      return 1
    else
      REPLICA_SKIP_REASON="pg_basebackup failed: $(printf '%s' "$out" | tail -n 2 | tr '\n' ' ')"; return 1
    fi
  fi
  # Debian keeps the primary's configuration outside its data directory: the replica gets its own.
  # A hot standby refuses to start with less than the primary of these: they are copied.
  local copied="" name value
  for name in max_connections max_worker_processes max_wal_senders max_locks_per_transaction max_prepared_transactions; do
    value="$(psql "$PG_ADMIN_URL" -qAtc "show $name")" && copied+="$name = $value"$'\n'
  done
  as_postgres sh -c "cat >'$REPLICA_DIR/data/postgresql.conf'" <<CONF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$REPLICA_DIR'
hot_standby = on
shared_buffers = 64MB
logging_collector = off
$copied
CONF
  as_postgres sh -c "printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >'$REPLICA_DIR/data/pg_hba.conf'"
  as_postgres "$bindir/pg_ctl" -D "$REPLICA_DIR/data" -l "$REPLICA_DIR/replica.log" -w -t 60 start >/dev/null \
    || { REPLICA_SKIP_REASON="the replica did not start (log: $REPLICA_DIR/replica.log)"; return 1; }
  echo "$bindir" >"$REPLICA_DIR/bindir"
  # The database must be there and in recovery (a standby), else it is no replica.
  local inrecovery
  inrecovery="$(psql "postgres://postgres@127.0.0.1:$REPLICA_PORT/$db" -qAtc 'select pg_is_in_recovery()' 2>/dev/null || true)"
  [ "$inrecovery" = t ] || { REPLICA_SKIP_REASON="the replica is not in recovery (got '$inrecovery')"; stop_replica; return 1; }
  say "read replica streaming on 127.0.0.1:$REPLICA_PORT"
}

stop_replica() {
  local hba
  if [ -f "$SPLIT_DIR/hba-edited" ]; then
    hba="$(cat "$SPLIT_DIR/hba-edited")"
    grep -vF "$HBA_TAG" "$hba" >"$hba.tutuu-split" && cat "$hba.tutuu-split" >"$hba" && rm -f "$hba.tutuu-split"
    psql "$PG_ADMIN_URL" -qAtc 'select pg_reload_conf()' >/dev/null || true
    rm -f "$SPLIT_DIR/hba-edited"
  fi
  [ -d "$REPLICA_DIR" ] || return 0
  if [ -f "$REPLICA_DIR/bindir" ] && [ -f "$REPLICA_DIR/data/postmaster.pid" ]; then
    as_postgres "$(cat "$REPLICA_DIR/bindir")/pg_ctl" -D "$REPLICA_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$REPLICA_DIR"
}
