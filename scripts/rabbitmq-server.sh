#!/usr/bin/env bash
# Throwaway RabbitMQ node on 127.0.0.1:AMQP_PORT, in the foreground, with its own
# dir, Erlang cookie, epmd port and dist port. Optional management UI/API on
# 127.0.0.1:MANAGEMENT_PORT. On SIGTERM/SIGINT: stops the node and its epmd and
# deletes the dir. guest/guest works from loopback.
#   env CCCD_RABBIT_DIR        run dir (must be new or empty; default: mktemp -d /tmp/cccd-rabbit.XXXXXX)
#   env CCCD_RABBIT_EPMD_PORT  epmd port (default: derived from AMQP_PORT, first free)
#   env CCCD_RABBIT_DIST_PORT  Erlang distribution port (default: the port after epmd's, first free)
#   env CCCD_RABBIT_NODENAME   node name (default: cccd-AMQP_PORT@localhost); a node's data belongs to its name,
#                              so a kept dir started on other ports needs a fixed one
#   env CCCD_KEEP_DATA=1       keep the dir when stopping, and start from the node's data in it when there is
#                              some (a restart after a crash, as the fault drills do)
exec 2>&1
set -euo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

valid_port() { [[ $1 =~ ^[0-9]+$ && $1 -gt 0 && $1 -lt 65536 ]]; }
amqp=${1:-}
mgmt=${2:-}
valid_port "$amqp" || die "usage: ${0##*/} AMQP_PORT [MANAGEMENT_PORT]"
[[ -z $mgmt ]] || valid_port "$mgmt" || die "invalid MANAGEMENT_PORT '$mgmt'"
server=/usr/lib/rabbitmq/bin/rabbitmq-server
[[ -x $server ]] || die "$server not found (run scripts/setup.sh)"
for p in "$amqp" $mgmt; do port_open "$p" && die "port $p on 127.0.0.1 is already in use"; done

# Two ports per AMQP port in 20000-31999 (below the kernel's ephemeral range),
# moving on while taken, so nodes on different AMQP ports do not collide.
free_from() {
  local p=$1
  while port_open "$p" || [[ $p == "$amqp" || $p == "$mgmt" ]]; do p=$((p + 1)); done
  printf '%s\n' "$p"
}
epmd_port=${CCCD_RABBIT_EPMD_PORT:-$(free_from $((20000 + (amqp % 6000) * 2)))}
dist_port=${CCCD_RABBIT_DIST_PORT:-$(free_from $((epmd_port + 1)))}
{ valid_port "$epmd_port" && valid_port "$dist_port"; } || die "invalid epmd/dist port $epmd_port/$dist_port"

dir=${CCCD_RABBIT_DIR:-$(mktemp -d /tmp/cccd-rabbit.XXXXXX)}
mkdir -p "$dir"
chmod 700 "$dir"
existing=false
[[ ${CCCD_KEEP_DATA:-} == 1 && -f $dir/.erlang.cookie ]] && existing=true
$existing || [[ -z $(ls -A "$dir") ]] || die "run dir $dir is not empty"
# The owner file tells an earlier run's janitor to keep off.
if [[ ${CCCD_KEEP_DATA:-} == 1 ]]; then touch "$dir/.cccd-keep"; echo $$ >"$dir/.cccd-owner"; fi
start_janitor $$ "$dir" "$epmd_port"
pid=

# shellcheck disable=SC2317  # called from traps
cleanup() {
  trap - EXIT TERM INT
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    log "stopping RabbitMQ node $RABBITMQ_NODENAME"
    beam=$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)  # the node deletes it when stopping
    kill -TERM "$pid" 2>/dev/null || true  # rabbitmq-server forwards it to the VM: clean stop
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      log "node still stopping after 3 s: killing it (a kept node recovers its queues from its log at the next start)"
      kill -KILL "${beam:-$pid}" 2>/dev/null || true  # rabbitmq-server then exits too
      for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  fi
  epmd -port "$epmd_port" -kill >/dev/null 2>&1 || true
  kill_pids_using_dir "$dir"   # e.g. a VM that had not written its pid file yet
  rm -f -- "$dir/.cccd-owner"
  if [[ -e $dir/.cccd-keep ]]; then log "stopped; kept $dir"; else rm -rf -- "$dir"; log "stopped; removed $dir"; fi
}
trap 'cleanup; exit 0' TERM INT
trap cleanup EXIT

mkdir -p "$dir/mnesia" "$dir/log"
if ! $existing; then
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr a-f A-F >"$dir/.erlang.cookie"
  chmod 400 "$dir/.erlang.cookie"
fi
: >"$dir/rabbitmq-env.conf"   # keeps /etc/rabbitmq/rabbitmq-env.conf out
if [[ -n $mgmt ]]; then
  echo '[rabbitmq_management].' >"$dir/enabled_plugins"
else
  echo '[].' >"$dir/enabled_plugins"
fi
{
  echo 'loopback_users.guest = true'
  echo 'log.console = true'
  echo 'log.console.level = info'
  echo 'log.file = false'
  if [[ -n $mgmt ]]; then
    echo 'management.tcp.ip = 127.0.0.1'
    echo "management.tcp.port = $mgmt"
  fi
} >"$dir/rabbitmq.conf"

export HOME=$dir
export RABBITMQ_NODENAME=${CCCD_RABBIT_NODENAME:-cccd-$amqp@localhost}
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$amqp
export RABBITMQ_DIST_PORT=$dist_port
export RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf
export RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf
export RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config
export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
export RABBITMQ_MNESIA_BASE=$dir/mnesia
export RABBITMQ_LOG_BASE=$dir/log
export RABBITMQ_LOGS=-
export RABBITMQ_PID_FILE=$dir/rabbit.pid
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export ERL_EPMD_ADDRESS=127.0.0.1
export ERL_EPMD_PORT=$epmd_port

# Where the management API answers now, for scripts/backup.sh.
[[ -z $mgmt ]] || echo "$mgmt" >"$dir/management-port"
log "starting $RABBITMQ_NODENAME: amqp 127.0.0.1:$amqp${mgmt:+, management http://127.0.0.1:$mgmt}, epmd $epmd_port, dist $dist_port, dir $dir"
"$server" &
pid=$!
rc=0
wait "$pid" || rc=$?
pid=
die "RabbitMQ exited unexpectedly (status $rc)"
