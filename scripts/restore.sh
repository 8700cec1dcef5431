#!/usr/bin/env bash
# Restores an archive made by scripts/backup.sh into an empty data directory (CCCD_DATA_DIR, or .data in the
# checkout), which ./run.sh then starts from: the databases, the broker's definitions and the secrets.
#   scripts/restore.sh ARCHIVE
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=lib.sh
source scripts/lib.sh

archive=${1:-}
[[ -f $archive ]] || die "usage: ${0##*/} ARCHIVE (a file made by scripts/backup.sh)"
data=$(data_dir)
[[ ! -e $data || -z $(ls -A "$data") ]] ||
  die "$data is not empty: restore goes into an empty data directory (move it away, or set CCCD_DATA_DIR)"
work=$(mktemp -d /tmp/cccd-restore.XXXXXX)
chmod 711 "$work"
# shellcheck source=data-servers.sh
source scripts/data-servers.sh
trap 'stop_data_servers; rm -rf -- "$work"' EXIT
tar -xzf "$archive" -C "$work"
[[ -f $work/MANIFEST && -d $work/secrets ]] || die "$archive is not a platform backup"
log "restoring: $(head -n 1 "$work/MANIFEST")"

mkdir -p "$data"
chmod 711 "$data"
check_postgres_reaches "$data/postgres"
cp -a "$work/secrets" "$data/secrets"
chmod 700 "$data/secrets"
chmod 600 "$data/secrets"/*

use_data_servers "$data" "$work"
for dump in "$work"/postgres/*.dump; do
  db=$(basename "$dump" .dump)
  psql_at -d postgres -c "CREATE DATABASE \"$db\""
  "$pg_bin/pg_restore" -h 127.0.0.1 -p "$pg_port" -U postgres --exit-on-error -d "$db" "$dump"
  log "restored database $db"
done
rabbit_api -X POST -H 'content-type: application/json' --data-binary "@$work/rabbitmq/definitions.json" \
  "http://127.0.0.1:$mgmt_port/api/definitions" >/dev/null
log "restored the broker's definitions"
stop_data_servers
log "restored $archive into $data: start the platform with ./run.sh"
