#!/usr/bin/env bash
# Builds and runs the whole platform through the Aspire AppHost (dashboard, gateway,
# services; local PostgreSQL/RabbitMQ servers when no container runtime answers),
# waits until the gateway is healthy, prints how to use it, and runs until Ctrl-C
# or SIGTERM, then makes sure everything it started is gone. Log: .run/apphost.log.
# Data (databases, the broker's node, every generated secret) is kept in the data
# directory and used again by the next run; `./run.sh --fresh` deletes it first.
# `--no-build` starts what was built before (the tests do, after building everything).
# Environment (defaults): CCCD_DATA_DIR (.data in the checkout),
# CCCD_GATEWAY_PORT (8080), ASPNETCORE_URLS (dashboard,
# http://127.0.0.1:18888), ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL (http://127.0.0.1:18889),
# ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL (http://127.0.0.1:18890),
# ASPNETCORE_ENVIRONMENT / DOTNET_ENVIRONMENT (Development), ASPIRE_ALLOW_UNSECURED_TRANSPORT (true).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
export DOTNET_CLI_UI_LANGUAGE=en DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDTERMINALLOGGER=off
fresh=false
build=true
for arg in "$@"; do
  case $arg in
    --fresh) fresh=true ;;
    --no-build) build=false ;;
    -h | --help) sed -n '2,/^set -/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (usage: ./run.sh [--fresh] [--no-build])" ;;
  esac
done
data=$(data_dir)
export CCCD_GATEWAY_PORT=${CCCD_GATEWAY_PORT:-8080}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
export DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development}
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=${ASPIRE_ALLOW_UNSECURED_TRANSPORT:-true}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://127.0.0.1:18888}
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://127.0.0.1:18889}
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://127.0.0.1:18890}
gateway=http://127.0.0.1:$CCCD_GATEWAY_PORT
log=.run/apphost.log
# Every process the AppHost starts (DCP too, which leaves the AppHost's process
# tree) inherits this marker in its environment: that is how cleanup finds them.
run_id=cccd-run-$$-$(date +%s%N)
apphost=
dirs=()

# PIDs of processes carrying this run's marker.
marked_pids() {
  local me=$BASHPID
  grep -alzxF "CCCD_RUN_ID=$run_id" /proc/[0-9]*/environ 2>/dev/null | tr '\0' '\n' |
    cut -d/ -f3 | grep -vxF -e "$$" -e "$me" || true
}
# Adds the per-run /tmp/cccd-* dirs used by marked processes to $dirs.
note_dirs() {
  local pid
  mapfile -t -O "${#dirs[@]}" dirs < <(for pid in $(marked_pids); do
    cat "/proc/$pid/cmdline" "/proc/$pid/environ" 2>/dev/null | tr '\0' '\n'
  done | grep -oE '/tmp/cccd-(pg|rabbit)\.[A-Za-z0-9]{6}' | sort -u)
}

# shellcheck disable=SC2317  # called from traps
cleanup() {
  trap - EXIT INT TERM
  [[ -n $apphost ]] || return 0
  note_dirs
  if kill -0 -- "-$apphost" 2>/dev/null; then
    log "stopping the AppHost (SIGTERM)"
    kill -TERM -- "-$apphost" 2>/dev/null || true
  fi
  for _ in $(seq 60); do
    [[ -z $(marked_pids) ]] && ! kill -0 -- "-$apphost" 2>/dev/null && break
    sleep 0.5
  done
  if [[ -n $(marked_pids) ]] || kill -0 -- "-$apphost" 2>/dev/null; then
    log "still running after 30 s: killing what is left"
    note_dirs
    kill -KILL -- "-$apphost" 2>/dev/null || true
    for pid in $(marked_pids); do kill -KILL "$pid" 2>/dev/null || true; done
  fi
  local dir
  for dir in $(printf '%s\n' "${dirs[@]}" | sort -u); do
    kill_pids_using_dir "$dir"
    rm -rf -- "$dir"
  done
  log "stopped"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

scripts/setup.sh
for url in "$gateway" "$ASPNETCORE_URLS" "$ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL" "$ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"; do
  port=${url##*:}
  port=${port%%[/;]*}
  ! port_open "$port" || die "port $port ($url) is already in use: is the platform already running?"
done
if $fresh && [[ -e $data ]]; then
  [[ -z $(pids_using_dir "$data/postgres") && -z $(pids_using_dir "$data/rabbitmq") ]] ||
    die "$data is in use (is the platform already running?): not deleting it"
  log "--fresh: deleting $data"
  rm -rf -- "$data"
fi
# Others may pass through (PostgreSQL runs as its own user) but not list it; secrets/ inside is the owner's only.
mkdir -p "$data"
chmod 711 "$data"
check_postgres_reaches "$data/postgres"
export Data__Directory=$data

if $build; then dotnet build CccdPlatform.AppHost -c Release; fi
apphost_dll=$(dotnet msbuild CccdPlatform.AppHost -getProperty:TargetPath -p:Configuration=Release)

mkdir -p .run
: >"$log"
export Gateway__Port=$CCCD_GATEWAY_PORT  # the AppHost's Gateway:Port
# The built AppHost itself rather than `dotnet run`, which would stay resident as its parent; the settings the launch
# profile holds are exported above. Own session: Ctrl-C reaches only this script, which forwards SIGTERM.
CCCD_RUN_ID=$run_id setsid dotnet "$apphost_dll" </dev/null > >(trap '' INT; exec tee -a "$log") 2>&1 &
apphost=$!

log "AppHost started (pid $apphost, log $log); waiting for $gateway/health"
# On an idle 2-core machine the gateway answers in about a minute; a busy one can take several.
wait_limit=${CCCD_START_TIMEOUT:-900}
deadline=$((SECONDS + wait_limit))
next_note=$((SECONDS + 15))
until [[ $(curl -s -m 5 -o /dev/null -w '%{http_code}' "$gateway/health") == 200 ]]; do
  if ! kill -0 "$apphost" 2>/dev/null; then
    rc=0
    wait "$apphost" || rc=$?
    die "the AppHost exited (status $rc) before the gateway was healthy; see $log"
  fi
  ((SECONDS < deadline)) || die "the gateway was not healthy within $wait_limit s (CCCD_START_TIMEOUT); see $log"
  if ((SECONDS >= next_note)); then
    log "still waiting for the gateway ($((SECONDS + wait_limit - deadline)) s)"
    next_note=$((SECONDS + 15))
  fi
  sleep 2
done
note_dirs

login=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep 'Login to the dashboard at' |
  grep -oE 'https?://[^ ]*/login\?t=[^ ]*' | tail -n 1 || true)
cat <<INFO

============================================================================
 Platform is up.
 Gateway:    $gateway
 Data:       $data (kept across runs; ./run.sh --fresh starts empty)
 Dashboard:  ${login:-(login URL not found; look for "Login to the dashboard at" in $log)}

 Development tokens (an officer, and an Admin to register a reception machine):
   token() { curl -s -X POST $gateway/dev/token -H 'content-type: application/json' \\
     -d "{\"subject\":\"\$1\",\"role\":\"\$2\",\"unitCode\":\"38\"}" | sed -E 's/.*"accessToken":"([^"]*)".*/\\1/'; }
   TOKEN=\$(token officer-1 StationOfficer); ADMIN=\$(token admin-1 Admin)

 Register the station's machine (work comes only from registered machines):
   curl -s -X PUT $gateway/api/identity/registry/machines/ST-380-001 -H "authorization: Bearer \$ADMIN" \\
     -H 'content-type: application/json' -d '{"unitCode":"380","name":"Quầy 1, Công an TP Thanh Hóa"}'

 Submit an application from it:
   curl -s -X POST $gateway/api/intake/applications -H 'X-Machine-Id: ST-380-001' \\
     -H "authorization: Bearer \$TOKEN" -H 'content-type: application/json' \\
     -d '{"personalId":"038095001234","fullName":"Nguyễn Văn An","dateOfBirth":"1995-04-12","sex":"Male","permanentAddress":{"provinceCode":"38","districtCode":"380","communeCode":"14755","line":"12 Lê Lợi"},"collectingUnitCode":"380","channel":"Station"}'

 The citizen app (level 1 eID accounts by the citizen): client cccd-citizen-app, secret in $data/secrets/citizen-app-secret
   curl -s $gateway/connect/token -d grant_type=client_credentials -d client_id=cccd-citizen-app \
     --data-urlencode client_secret@$data/secrets/citizen-app-secret

 Stop with Ctrl-C (or SIGTERM to pid $$).
============================================================================

INFO

# The identity service writes the first Admin's one-time credentials on a platform with no Admin; shown once, then
# deleted (the password must be changed, and a second factor enrolled, at the first sign-in).
bootstrap="$data/identity/bootstrap-admin.txt"
if [[ -f $bootstrap ]]; then
  echo " First Admin (one-time credentials, shown once; sign in at $gateway/account/login):"
  sed 's/^/   /' "$bootstrap"
  echo
  rm -f -- "$bootstrap"
fi

rc=0
wait "$apphost" || rc=$?
log "the AppHost exited (status $rc)"
exit "$rc"
