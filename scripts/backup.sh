#!/usr/bin/env bash
# Backs up the platform's data directory into one dated archive: every service database (pg_dump, custom format),
# the broker's definitions (users, queues, exchanges, bindings, policies) and the secrets that read the data (the
# template key, the citizen key, ...). The archive is readable by its owner only: keep it as safe as the data.
# Works whether the platform runs or not (if not, the servers are started on the data directory for the dump).
# Messages still waiting in queues are not in the archive: the script waits up to CCCD_BACKUP_QUIET_WAIT seconds
# (60) for the queues to drain and says what it could not wait for.
#   scripts/backup.sh [OUTPUT_DIR]   (default: backups/ in the checkout; the data directory is CCCD_DATA_DIR or .data)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib.sh
source scripts/lib.sh
umask 077

data=$(data_dir)
out=${1:-backups}
[[ -d $data/secrets && -d $data/postgres ]] || die "$data holds no platform data (CCCD_DATA_DIR)"
mkdir -p "$out"
work=$(mktemp -d /tmp/cccd-backup.XXXXXX)
chmod 711 "$work"
# shellcheck source=data-servers.sh
source scripts/data-servers.sh
trap 'stop_data_servers; rm -rf -- "$work"' EXIT
use_data_servers "$data" "$work"

# Messages waiting in all queues; empty while the broker has not counted every queue yet (just after it started).
waiting() {
  local queues
  queues=$(rabbit_api "http://127.0.0.1:$mgmt_port/api/queues?columns=name,messages")
  [[ $(grep -o '"name":' <<<"$queues" | wc -l) == $(grep -o '"messages":' <<<"$queues" | wc -l) ]] || return 0
  grep -o '"messages":[0-9]*' <<<"$queues" | cut -d: -f2 | awk '{ n += $1 } END { print n + 0 }'
}
quiet_wait=${CCCD_BACKUP_QUIET_WAIT:-60}
for ((i = 0; ; i++)); do
  left=$(waiting)
  [[ $left == 0 ]] && break
  if ((i >= quiet_wait)); then
    log "warning: ${left:-an unknown number of} messages still wait in queues and are not in this backup; take it at a quieter moment to include their effects"
    break
  fi
  sleep 1
done

mkdir -p "$work/archive/postgres" "$work/archive/rabbitmq"
cp -a "$data/secrets" "$work/archive/secrets"
mapfile -t databases < <(psql_at -d postgres -c "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY 1")
for db in "${databases[@]}"; do
  "$pg_bin/pg_dump" -h 127.0.0.1 -p "$pg_port" -U postgres -Fc -f "$work/archive/postgres/$db.dump" "$db"
done
rabbit_api "http://127.0.0.1:$mgmt_port/api/definitions" >"$work/archive/rabbitmq/definitions.json"
{
  echo "created $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(hostname) from $data"
  echo "postgresql $("$pg_bin/postgres" --version | awk '{print $3}'); databases: ${databases[*]}"
  echo "rabbitmq $(rabbit_api "http://127.0.0.1:$mgmt_port/api/overview" | grep -o '"rabbitmq_version":"[^"]*"' | cut -d'"' -f4)"
} >"$work/archive/MANIFEST"

archive=$out/cccd-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz
tar -czf "$archive" -C "$work/archive" .
log "backed up ${#databases[@]} databases, the broker's definitions and the secrets into $archive"
echo "$archive"
