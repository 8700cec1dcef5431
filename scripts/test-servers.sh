#!/usr/bin/env bash
# PostgreSQL and RabbitMQ for the test suite, on fixed loopback ports.
#   test-servers.sh start   start both (or reuse running ones) and wait until ready
#   test-servers.sh stop    stop what `start` started; leave nothing behind
#   test-servers.sh status  say whether they run (exit 0 only if both do)
#   test-servers.sh env     print `export` lines with the connection settings
# Ports: CCCD_TEST_PG_PORT (55432), CCCD_TEST_AMQP_PORT (55672), CCCD_TEST_MGMT_PORT (55673).
# Also: CCCD_TEST_PG_PASSWORD (postgres), CCCD_TEST_SERVERS_TIMEOUT (90 s).
# State: .run/postgres-PORT.{pid,dir,log} and .run/rabbitmq-PORT.{pid,dir,log} in the repo root.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$here/lib.sh"
run=$(dirname "$here")/.run
pg_port=${CCCD_TEST_PG_PORT:-55432}
amqp_port=${CCCD_TEST_AMQP_PORT:-55672}
mgmt_port=${CCCD_TEST_MGMT_PORT:-55673}
pg_password=${CCCD_TEST_PG_PASSWORD:-postgres}
timeout=${CCCD_TEST_SERVERS_TIMEOUT:-90}
servers=(postgres rabbitmq)

port_of() { if [[ $1 == postgres ]]; then echo "$pg_port"; else echo "$amqp_port"; fi; }
state() { echo "$run/$1-$(port_of "$1")"; }  # state NAME -> path prefix of its files

# Is the server NAME that `start` started (pid file) still running?
alive() {
  local pid
  pid=$(cat "$(state "$1").pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null &&
    grep -aqF "$1-server.sh" "/proc/$pid/cmdline" 2>/dev/null
}

postgres_ready() {
  local bin
  bin=$(pg_bin_dir) && "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" &&
    [[ $(PGPASSWORD=$pg_password PGCONNECT_TIMEOUT=5 "$bin/psql" -h 127.0.0.1 -p "$pg_port" \
      -U postgres -d postgres -XAtqc 'select 1' 2>/dev/null) == 1 ]]
}
rabbitmq_ready() {
  port_open "$amqp_port" && [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' -u guest:guest \
    "http://127.0.0.1:$mgmt_port/api/overview") == 200 ]]
}

# Prints an error (and the tail of NAME's log if given), stops everything, exits 1.
fail() {
  echo "${0##*/}: error: $1" >&2
  if [[ -n ${2:-} ]]; then
    echo "--- last lines of $(state "$2").log ---" >&2
    tail -n 40 "$(state "$2").log" >&2 || true
  fi
  stop
  exit 1
}

launch() {
  local name=$1 st dir
  st=$(state "$name")
  if alive "$name" && port_open "$(port_of "$name")"; then
    log "$name already running (pid $(cat "$st.pid")): reusing it"
    return
  fi
  if ! alive "$name" && "${name}_ready"; then
    # Another checkout's servers (a worktree, a second clone): usable as they are, and never stopped from here.
    log "$name answers on port $(port_of "$name") (started elsewhere): reusing it"
    return
  fi
  alive "$name" && kill -TERM "$(cat "$st.pid")"  # started earlier but not answering
  stop_wait "$name"
  port_open "$(port_of "$name")" && fail "$name: port $(port_of "$name") is in use by a process this script did not start"
  if [[ $name == postgres ]]; then
    dir=$(mktemp -d /tmp/cccd-pg.XXXXXX)
    CCCD_PG_DATA=$dir CCCD_PG_PASSWORD=$pg_password \
      setsid "$here/postgres-server.sh" "$pg_port" >"$st.log" 2>&1 </dev/null &
  else
    dir=$(mktemp -d /tmp/cccd-rabbit.XXXXXX)
    CCCD_RABBIT_DIR=$dir setsid "$here/rabbitmq-server.sh" "$amqp_port" "$mgmt_port" \
      >"$st.log" 2>&1 </dev/null &
  fi
  echo $! >"$st.pid"
  echo "$dir" >"$st.dir"
  log "started $name (pid $!, log ${st#"$(dirname "$run")"/}.log)"
}

wait_ready() {
  local name=$1 deadline=$2
  until "${name}_ready"; do
    alive "$name" || fail "$name exited during startup" "$name"
    ((SECONDS < deadline)) || fail "$name not ready within $timeout s" "$name"
    sleep 1
  done
  log "$name ready on 127.0.0.1:$(port_of "$name")"
}

start() {
  mkdir -p "$run"
  command -v curl >/dev/null || die "curl not found (run scripts/setup.sh)"
  pg_bin_dir >/dev/null || die "PostgreSQL not installed (run scripts/setup.sh)"
  local name deadline=$((SECONDS + timeout))
  for name in "${servers[@]}"; do launch "$name"; done
  for name in "${servers[@]}"; do wait_ready "$name" "$deadline"; done
}

# Waits for NAME to stop (after SIGTERM), then removes anything left of it.
stop_wait() {
  local name=$1 st pid dir
  st=$(state "$name")
  pid=$(cat "$st.pid" 2>/dev/null || true)
  dir=$(cat "$st.dir" 2>/dev/null || true)
  if alive "$name"; then
    for _ in $(seq 120); do alive "$name" || break; sleep 0.5; done
    alive "$name" && { log "$name (pid $pid) still running after 60 s: killing it"; kill -KILL "$pid"; }
  fi
  if [[ -n $dir ]]; then
    kill_pids_using_dir "$dir"
    rm -rf -- "$dir"
  fi
  [[ -z $pid ]] || log "stopped $name"
  rm -f "$st.pid" "$st.dir"
}

stop() {
  local name
  for name in "${servers[@]}"; do
    if alive "$name"; then kill -TERM "$(cat "$(state "$name").pid")"; fi
  done
  for name in "${servers[@]}"; do stop_wait "$name"; done
}

status() {
  local name rc=0
  for name in "${servers[@]}"; do
    if alive "$name"; then
      echo "$name: running on 127.0.0.1:$(port_of "$name") (pid $(cat "$(state "$name").pid"))"
    else
      echo "$name: not running"
      rc=1
    fi
  done
  return "$rc"
}

# export NAME="VALUE", safe for eval.
print_export() {
  local v=$2
  v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\$/\\\$}; v=${v//\`/\\\`}
  printf 'export %s="%s"\n' "$1" "$v"
}

env_lines() {
  print_export CCCD_TEST_POSTGRES "Host=127.0.0.1;Port=$pg_port;Username=postgres;Password=$pg_password"
  print_export CCCD_TEST_RABBITMQ "amqp://guest:guest@127.0.0.1:$amqp_port"
  print_export CCCD_TEST_RABBITMQ_MANAGEMENT "http://guest:guest@127.0.0.1:$mgmt_port"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) env_lines ;;
  *) die "usage: ${0##*/} start|stop|status|env" ;;
esac
