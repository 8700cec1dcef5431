#!/usr/bin/env bash
# Sourced by backup.sh and restore.sh: reaches the PostgreSQL cluster and RabbitMQ node of a data directory, the
# running platform's if it runs on them, else servers started here on free ports (and stopped by stop_data_servers).
# Sets pg_port, mgmt_port and PGPASSWORD.

started_pids=()
pg_bin=$(pg_bin_dir) || die "PostgreSQL is not installed (run scripts/setup.sh)"

# Starts scripts/NAME-server.sh in its own session on a kept directory; remembers it for stop_data_servers.
start_server() {
  local name=$1 log=$2
  shift 2
  CCCD_KEEP_DATA=1 setsid "$(dirname "${BASH_SOURCE[0]}")/$name-server.sh" "$@" >"$log" 2>&1 </dev/null &
  started_pids+=("$!")
}

wait_until() {
  local what=$1 log=$2
  shift 2
  for _ in $(seq 120); do
    "$@" && return 0
    sleep 1
  done
  tail -n 20 "$log" >&2
  die "$what not ready within 120 s"
}

pg_ready() { "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; }
mgmt_ready() { [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' -u guest:guest "http://127.0.0.1:$mgmt_port/api/overview") == 200 ]]; }

# use_data_servers DATA_DIR LOG_DIR
use_data_servers() {
  local data=$1 logs=$2 pid
  PGPASSWORD=$(cat "$data/secrets/postgres-password") || die "no PostgreSQL password in $data/secrets"
  export PGPASSWORD
  pid=$(head -n 1 "$data/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ $pid =~ ^[0-9]+$ ]] && grep -aqF -- "$data/postgres" "/proc/$pid/cmdline" 2>/dev/null; then
    pg_port=$(sed -n 4p "$data/postgres/postmaster.pid")
    log "using the running PostgreSQL on port $pg_port"
  else
    pg_port=$(free_port)
    log "starting PostgreSQL on $data/postgres (port $pg_port)"
    CCCD_PG_DATA=$data/postgres CCCD_PG_PASSWORD=$PGPASSWORD start_server postgres "$logs/postgres.log" "$pg_port"
  fi

  mgmt_port=$(cat "$data/rabbitmq/management-port" 2>/dev/null || true)
  if [[ -n $(pids_using_dir "$data/rabbitmq") && -n $mgmt_port ]] && mgmt_ready; then
    log "using the running RabbitMQ (management port $mgmt_port)"
  else
    local amqp
    amqp=$(free_port)
    mgmt_port=$(free_port)
    log "starting RabbitMQ on $data/rabbitmq (management port $mgmt_port)"
    CCCD_RABBIT_DIR=$data/rabbitmq CCCD_RABBIT_NODENAME=cccd@localhost \
      start_server rabbitmq "$logs/rabbitmq.log" "$amqp" "$mgmt_port"
  fi

  wait_until PostgreSQL "$logs/postgres.log" pg_ready
  wait_until RabbitMQ "$logs/rabbitmq.log" mgmt_ready
}

stop_data_servers() {
  local pid
  for pid in "${started_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${started_pids[@]}"; do
    for _ in $(seq 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  done
  started_pids=()
}

psql_at() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -XAtq -v ON_ERROR_STOP=1 "$@"; }
rabbit_api() { curl -sSf -u guest:guest "$@"; }
