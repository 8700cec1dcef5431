#!/usr/bin/env bash
# Throwaway PostgreSQL server on 127.0.0.1:PORT, in the foreground.
# Stops cleanly (fast shutdown) on SIGTERM/SIGINT, then deletes its data dir.
#   env CCCD_PG_DATA      data dir (must be new or empty; default: mktemp -d /tmp/cccd-pg.XXXXXX)
#   env CCCD_PG_PASSWORD  password of superuser "postgres" (default: postgres)
#   env CCCD_KEEP_DATA=1  keep the data dir when stopping, and start from it when it holds a cluster already
#                         (a restart after a crash, as the fault drills do)
exec 2>&1
set -euo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=${1:-}
[[ $port =~ ^[0-9]+$ && $port -gt 0 && $port -lt 65536 ]] || die "usage: ${0##*/} PORT"
bin=$(pg_bin_dir) || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (run scripts/setup.sh)"
port_open "$port" && die "port $port on 127.0.0.1 is already in use"

data=${CCCD_PG_DATA:-$(mktemp -d /tmp/cccd-pg.XXXXXX)}
check_postgres_reaches "$data"
mkdir -p "$data"
existing=false
[[ ${CCCD_KEEP_DATA:-} == 1 && -f $data/PG_VERSION ]] && existing=true
$existing || [[ -z $(ls -A "$data") ]] || die "data dir $data is not empty"
pwfile=$(mktemp /tmp/cccd-pgpw.XXXXXX)
start_janitor $$ "$data"
pid=

# shellcheck disable=SC2317  # called from traps
cleanup() {
  trap - EXIT TERM INT
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    log "fast shutdown of PostgreSQL (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { log "still running after 30 s: immediate shutdown"; kill -QUIT "$pid" 2>/dev/null || true; sleep 2; }
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -f -- "$pwfile"
  rm -f -- "$data/.cccd-owner"
  if [[ -e $data/.cccd-keep ]]; then log "stopped; kept $data"; else rm -rf -- "$data"; log "stopped; removed $data"; fi
}
trap 'cleanup; exit 0' TERM INT
trap cleanup EXIT

# PostgreSQL refuses to run as root: use the postgres user then.
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups --)
  chown postgres:postgres "$data" "$pwfile"
fi
chmod 700 "$data"
printf '%s\n' "${CCCD_PG_PASSWORD:-postgres}" >"$pwfile"

if $existing; then
  log "starting from the cluster in $data"
else
  log "initdb in $data"
  "${as_pg[@]}" "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
  rm -f -- "$pwfile"
  cat >"$data/pg_hba.conf" <<HBA
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
  cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
fsync = on
max_connections = 300
shared_buffers = 256MB
CONF
fi

# After initdb, which wants an empty dir. The owner file tells an earlier run's janitor to keep off.
if [[ ${CCCD_KEEP_DATA:-} == 1 ]]; then touch "$data/.cccd-keep"; echo $$ >"$data/.cccd-owner"; fi

# The port on the command line wins over the one initdb wrote: a kept cluster may be started on another port.
"${as_pg[@]}" "$bin/postgres" -D "$data" -p "$port" &
pid=$!
for _ in $(seq 120); do
  kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; die "PostgreSQL exited during startup"; }
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
"$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || die "PostgreSQL not ready after 60 s"
log "PostgreSQL ready on 127.0.0.1:$port (pid $pid, data $data)"

rc=0
wait "$pid" || rc=$?
pid=
die "PostgreSQL exited unexpectedly (status $rc)"
