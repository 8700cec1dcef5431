#!/usr/bin/env bash
# The whole platform under load (see BENCHMARKS.md): starts it with ./run.sh (AppHost, dashboard, gateway, services,
# RabbitMQ, PostgreSQL) on ports of its own, then with the cccd client measures
#   1. memory and CPU of every process of the platform, idle;
#   2. applications accepted per second through the gateway and straight to intake, alternating, same run, each run
#      once the consumers have emptied the queues of the one before;
#      memory and CPU meanwhile;
#   3. the same two with the four consuming services paused (SIGSTOP, then SIGCONT): what accepting an application
#      costs on its own, which is also where the gateway's share shows without the consumers' backlog in the way;
#   4. the lag from each 201 to the province's figure in reporting, one application at a time (2/s) and at a steady rate;
#   and for each of these runs the CPU milliseconds per accepted application of every part of the platform and of the
#   load generator (from the run's start until the consumers have emptied the queues after it);
# stops the platform and runs the 1:N face search benchmark (bench/biometrics.sh) on a gallery, then prints a table.
# Settings (environment): BENCH_PORT (18080; the dashboard takes the next three), BENCH_COUNT (6000 applications per
# throughput run), BENCH_ROUNDS (2 of each), BENCH_CONCURRENCY (64), BENCH_RATE (1000/s) and BENCH_SECONDS (20) for
# the lag, BENCH_IDLE_SECONDS (30), BENCH_GALLERY (1000000 faces; 0 skips), BENCH_ARTIFACTS (build output directory).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=../scripts/lib.sh
source scripts/lib.sh
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDTERMINALLOGGER=off
port=${BENCH_PORT:-18080}
count=${BENCH_COUNT:-6000}
rounds=${BENCH_ROUNDS:-2}
concurrency=${BENCH_CONCURRENCY:-64}
rate=${BENCH_RATE:-1000}
seconds=${BENCH_SECONDS:-20}
idle_seconds=${BENCH_IDLE_SECONDS:-30}
gallery=${BENCH_GALLERY:-1000000}
gateway=http://127.0.0.1:$port
out=$(mktemp -d /tmp/cccd-bench.XXXXXX)
chmod 711 "$out"  # PostgreSQL, running as its own user, passes through to its data in $out/data
artifacts=()
if [[ -n ${BENCH_ARTIFACTS:-} ]]; then artifacts=(--artifacts-path "$BENCH_ARTIFACTS"); fi

dotnet build src/CccdPlatform.Cli -c Release -v quiet "${artifacts[@]}" >&2
properties=()
if [[ -n ${BENCH_ARTIFACTS:-} ]]; then properties=(-p:ArtifactsPath="$BENCH_ARTIFACTS"); fi
cli=$(dotnet msbuild src/CccdPlatform.Cli -getProperty:TargetPath -p:Configuration=Release "${properties[@]}")
cccd() { dotnet "$cli" "$@"; }  # the built client: `dotnet run` would spend the machine's cores on MSBuild each time

# Registry:Enforce off: the direct rounds send every workplace's work with one token, whose subject is in no team.
CCCD_DATA_DIR=$out/data CCCD_GATEWAY_PORT=$port ASPNETCORE_URLS=http://127.0.0.1:$((port + 1)) \
  ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:$((port + 2)) ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:$((port + 3)) \
  Registry__Enforce=false setsid ./run.sh --fresh >"$out/platform.log" 2>&1 </dev/null &
platform=$!
stop_platform() {
  if kill -0 "$platform" 2>/dev/null; then
    kill -TERM "$platform" 2>/dev/null || true
    while kill -0 "$platform" 2>/dev/null; do sleep 0.5; done
  fi
}
trap 'stop_platform; rm -rf -- "$out"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log "starting the platform (log $out/platform.log)"
until grep -q "Platform is up" "$out/platform.log" 2>/dev/null; do
  kill -0 "$platform" 2>/dev/null || { tail -n 30 "$out/platform.log" >&2; die "the platform did not start"; }
  sleep 2
done

# Every process of the platform carries run.sh's marker in its environment: the AppHost, DCP, the dashboard, the
# services, RabbitMQ, PostgreSQL; its backends write their status over theirs, so the children of marked processes too.
platform_pids() {
  local marked
  marked=$(grep -alzF "CCCD_RUN_ID=cccd-run-$platform-" /proc/[0-9]*/environ 2>/dev/null | tr '\0' '\n' | cut -d/ -f3 || true)
  [[ -n $marked ]] || return 0
  { echo "$marked"; pgrep -P "$(paste -sd, <<<"$marked")" || true; } | sort -u
}
# "CPU-TICKS PSS-KB" of the platform now; CPU includes children that exited (PostgreSQL's backends).
usage() {
  local pid files=()
  for pid in $(platform_pids); do files+=("/proc/$pid/stat" "/proc/$pid/smaps_rollup"); done
  # One cat and one awk for all (processes may end meanwhile); a stat line is "PID (COMM) STATE ...", COMM may hold spaces.
  { cat "${files[@]}" 2>/dev/null || true; } |
    awk '/^[0-9]+ \(/ {sub(/^.*\) /, ""); t += $12 + $13 + $14 + $15} /^Pss:/ {p += $2} END {print t + 0, p + 0}'
}
hz=$(getconf CLK_TCK)
# The part of the platform a process belongs to: a dotnet process by its program, PostgreSQL and RabbitMQ with all
# their processes, DCP with its monitors.
part() {
  local name
  name=$({ tr '\0' ' ' <"/proc/$1/cmdline"; } 2>/dev/null) || return 1
  case $name in
    *postgres*) echo PostgreSQL ;;
    *beam.smp* | *epmd* | *erl_child_setup* | *inet_gethost* | *rabbit*) echo RabbitMQ ;;
    */dcp\ *) echo DCP ;;
    dotnet\ run\ *) echo dotnet-run ;;  # a project the AppHost starts through `dotnet run` (the simulated devices)
    *\ device\ --port\ *) echo cccd-device ;;
    dotnet\ *) basename "$(cut -d' ' -f2 <<<"$name")" .dll ;;
    *) basename "${name%% *}" ;;
  esac
}
# "CPU-TICKS PART" lines: each part's CPU so far, exited children included (PostgreSQL's backends).
cpu_by_part() {
  local pid ticks
  for pid in $(platform_pids); do
    ticks=$({ sed 's/^.*) //' "/proc/$pid/stat"; } 2>/dev/null | awk '{print $12 + $13 + $14 + $15}') || true  # ended meanwhile
    if [[ -n $ticks ]]; then echo "$ticks $(part "$pid" || echo gone)"; fi
  done | awk '{t[$2] += $1} END {for (n in t) print t[n], n}'
}
# measure NAME COMMAND...: runs the command, prints NAME's CPU (cores) and peak memory (MB) of the platform meanwhile;
# keeps each part's CPU before and after it ($out/NAME.cpu0, .cpu1) and the command's own ($out/NAME.times).
measure() {
  local name=$1 before after peak=0 sampler
  shift
  cpu_by_part >"$out/$name.cpu0"
  read -r before _ < <(usage)
  local started=$SECONDS
  ( while true; do usage; sleep 5; done ) >"$out/$name.samples" &
  sampler=$!
  # The subshell's only child is the command: `times` then gives its CPU on its second line ("0m1.234s 0m0.567s").
  ( "$@"; times >"$out/$name.times" )
  kill "$sampler" 2>/dev/null || true
  read -r after _ < <(usage)
  cpu_by_part >"$out/$name.cpu1"
  peak=$(awk '$2 > m {m = $2} END {print int(m / 1024)}' "$out/$name.samples")
  local elapsed=$((SECONDS - started > 0 ? SECONDS - started : 1))
  echo "$name $(awk -v t=$((after - before)) -v hz="$hz" -v s="$elapsed" 'BEGIN {printf "%.2f", t / hz / s}') $peak" >>"$out/usage"
}

# The value of an environment variable the AppHost gave one of the platform's processes.
setting() {
  local pid
  for pid in $(platform_pids); do
    { tr '\0' '\n' <"/proc/$pid/environ" | grep -E "^$1=" | cut -d= -f2-; } 2>/dev/null || true
  done | sed -n 1p
}
intake=$(setting services__intake__http__0)
[[ -n $intake ]] || die "could not find intake's address in the gateway's environment"
broker=$(setting Integrations__RabbitMqManagement)
[[ -n $broker ]] || die "could not find RabbitMQ's management address in integrations' environment"
# Waits until the consumers have worked off every queue (up to 5 minutes), so that each measured run starts from the
# same state rather than behind the backlog of the one before.
drained() {
  local deadline=$((SECONDS + 300)) waiting
  while ((SECONDS < deadline)); do
    waiting=$(curl -s "$broker/api/queues?columns=name,messages" | python3 -c '
import json, sys
print(sum(q.get("messages") or 0 for q in json.load(sys.stdin) if not q["name"].endswith("_error")))' 2>/dev/null || echo "?")
    [[ $waiting == 0 ]] && return 0
    sleep 2
  done
  log "the queues still hold $waiting messages after 5 minutes; measuring anyway"
}
# drained_after NAME: waits for the queues, then counts the consumers' work on NAME's applications to NAME's CPU.
drained_after() {
  drained
  cpu_by_part >"$out/$1.cpu1"
}
token=$(curl -s -X POST "$gateway/dev/token" -H 'content-type: application/json' \
  -d '{"subject":"bench-direct","role":"StationOfficer","unitCode":"38"}' | sed -E 's/.*"accessToken" *: *"([^"]*)".*/\1/')
log "gateway $gateway, intake $intake; $(platform_pids | wc -l) processes"

log "idle for $idle_seconds s"
measure idle sleep "$idle_seconds"
# Memory of each part of the platform, idle: "PSS-KB PART" lines.
for pid in $(platform_pids); do
  name=$(part "$pid") || continue
  echo "$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0) $name"
done | awk '{kb[$2] += $1} END {for (n in kb) print kb[n], n}' | sort -rn >"$out/memory"
common=(--stations 80 --mobile-teams 40)
log "warm-up: 2,000 applications through the gateway"
cccd simulate --gateway "$gateway" --count 2000 "${common[@]}" --concurrency "$concurrency" >/dev/null
drained
for round in $(seq "$rounds"); do
  log "round $round: $count applications through the gateway, then straight to intake, each from empty queues"
  measure "gateway-$round" cccd simulate --gateway "$gateway" --count "$count" "${common[@]}" \
    --concurrency "$concurrency" --json "$out/gateway-$round.json"
  drained_after "gateway-$round"
  measure "direct-$round" cccd simulate --gateway "$gateway" --intake "$intake" --token "$token" --count "$count" "${common[@]}" \
    --concurrency "$concurrency" --json "$out/direct-$round.json"
  drained_after "direct-$round"
done
consumers=$(for pid in $(platform_pids); do
  case $({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null) in
    *dcp\ *) ;;
    *CccdPlatform.Biometrics* | *CccdPlatform.EIdentification* | *CccdPlatform.Integrations* | *CccdPlatform.Reporting*) echo "$pid" ;;
  esac
done)
log "acceptance alone: the consumers paused ($(wc -w <<<"$consumers") processes), once more each way"
# shellcheck disable=SC2086  # a list of PIDs
kill -STOP $consumers
trap 'kill -CONT $consumers 2>/dev/null || true; stop_platform; rm -rf -- "$out"' EXIT
measure alone-gateway cccd simulate --gateway "$gateway" --count "$count" "${common[@]}" \
  --concurrency "$concurrency" --json "$out/alone-gateway.json"
measure alone-direct cccd simulate --gateway "$gateway" --intake "$intake" --token "$token" --count "$count" "${common[@]}" \
  --concurrency "$concurrency" --json "$out/alone-direct.json"
# shellcheck disable=SC2086
kill -CONT $consumers
log "letting the consumers catch up"
drained

log "lag of one application at a time on an idle platform: 2/s for 15 s through the gateway"
cccd simulate --gateway "$gateway" --rate 2 --duration 15s "${common[@]}" --concurrency 4 --reporting-lag 38 \
  --json "$out/lag-idle.json" >/dev/null
log "lag: $rate/s for $seconds s through the gateway"
measure lag cccd simulate --gateway "$gateway" --rate "$rate" --duration "${seconds}s" "${common[@]}" --concurrency 256 \
  --reporting-lag 38 --json "$out/lag.json"
drained_after lag
stop_platform

if ((gallery > 0)); then
  log "1:N face search, $gallery faces"
  bash bench/biometrics.sh "$gallery" | tee "$out/biometrics.txt" >&2
fi

python3 - "$out" "$rounds" "$hz" <<'PY'
import json, os, re, sys
out, rounds, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
usage = {l.split()[0]: (float(l.split()[1]), int(l.split()[2])) for l in open(os.path.join(out, "usage"))}
def app(name):
    s = json.load(open(os.path.join(out, name + ".json")))
    return s, next(o for o in s["operations"] if o["operation"] == "Application")
print("| measure | value | note |")
print("|---|---:|---|")
cpu, mem = usage["idle"]
print(f"| platform idle: memory (PSS, all processes) | {mem:,} MB | CPU {cpu:.2f} cores |")
gw = [app(f"gateway-{r}") for r in range(1, rounds + 1)]
dr = [app(f"direct-{r}") for r in range(1, rounds + 1)]
g = sum(a["okPerSecond"] for _, a in gw) / rounds
d = sum(a["okPerSecond"] for _, a in dr) / rounds
for label, runs in (("through the gateway", gw), ("straight to intake", dr)):
    for r, (s, a) in enumerate(runs, 1):
        name = ("gateway-" if "gateway" in label else "direct-") + str(r)
        failed = sum(a["failed"].values()) if a.get("failed") else 0
        print(f"| applications/s {label}, run {r} | {a['okPerSecond']:,.0f} | {a['ok']:,} accepted, {failed} failed; "
              f"latency p50 {a['latency']['p50']:.0f} ms, p99 {a['latency']['p99']:.0f} ms; platform CPU {usage[name][0]:.2f} cores, "
              f"memory {usage[name][1]:,} MB |")
print(f"| gateway / direct | {g / d:.2f} | mean of {rounds} runs each: {g:,.0f}/s vs {d:,.0f}/s (gateway costs {100 * (1 - g / d):.0f}%) |")
_, ag = app("alone-gateway")
_, ad = app("alone-direct")
for label, name, a in (("through the gateway", "alone-gateway", ag), ("straight to intake", "alone-direct", ad)):
    print(f"| applications/s {label}, consumers paused | {a['okPerSecond']:,.0f} | {a['ok']:,} accepted; latency p50 "
          f"{a['latency']['p50']:.0f} ms, p99 {a['latency']['p99']:.0f} ms; platform CPU {usage[name][0]:.2f} cores |")
print(f"| gateway / direct, consumers paused | {ag['okPerSecond'] / ad['okPerSecond']:.2f} | gateway costs "
      f"{100 * (1 - ag['okPerSecond'] / ad['okPerSecond']):.0f}% |")
s, _ = app("lag-idle")
lag = s.get("reportingLag")
if lag:
    print(f"| 201 → province figure, one application at a time, p50 / p99 | {lag['lag']['p50']:,.0f} / {lag['lag']['p99']:,.0f} ms | "
          f"idle platform, {s['targetRate']:,.0f}/s for {s['elapsedSeconds']:.0f} s: {lag['counted']:,} of {lag['accepted']:,} counted "
          f"(reporting polled every 50 ms) |")
s, a = app("lag")
lag = s.get("reportingLag")
if lag:
    print(f"| 201 → province figure, p50 | {lag['lag']['p50']:,.0f} ms | at {s['targetRate']:,.0f}/s for {s['elapsedSeconds']:.0f} s: "
          f"{lag['counted']:,} of {lag['accepted']:,} counted |")
    print(f"| 201 → province figure, p99 | {lag['lag']['p99']:,.0f} ms | max {lag['lag']['max']:,.0f} ms; accepted {a['okPerSecond']:,.0f}/s; "
          f"platform CPU {usage['lag'][0]:.2f} cores, memory {usage['lag'][1]:,} MB |")
# CPU ms per accepted application, by part and run: the parts' CPU from the run's start until the queues were empty
# after it (the paused runs: until their end), the load generator's over its run.
runs = [f"{k}-{r}" for r in range(1, rounds + 1) for k in ("gateway", "direct")] + ["alone-gateway", "alone-direct", "lag"]
heads = [f"gateway {r}" if k == "gateway" else f"direct {r}" for r in range(1, rounds + 1) for k in ("gateway", "direct")] \
    + ["gateway, paused", "direct, paused", "lag run"]
def ticks(path):
    return {n: int(t) for t, n in (l.split() for l in open(path))}
ms = {}
for run in runs:
    before, after = ticks(os.path.join(out, run + ".cpu0")), ticks(os.path.join(out, run + ".cpu1"))
    ok = app(run)[1]["ok"] or 1
    ms[run] = {n: max(after[n] - before.get(n, 0), 0) * 1000 / hz / ok for n in after}
    client = open(os.path.join(out, run + ".times")).readlines()[1]  # bash's `times`: children's "0m1.234s 0m0.567s"
    seconds = sum(int(m) * 60 + float(sec) for m, sec in re.findall(r"(\d+)m([\d.]+)s", client))
    ms[run]["load generator (cccd simulate)"] = seconds * 1000 / ok
parts = sorted({n for m in ms.values() for n in m}, key=lambda n: -sum(m.get(n, 0) for m in ms.values()))
print("\nCPU ms per accepted application (each visit: the application, its capture, status reads), by part:\n")
print("| part | " + " | ".join(heads) + " |")
print("|---|" + "---:|" * len(runs))
for n in parts:
    print(f"| {n} | " + " | ".join(f"{ms[r].get(n, 0):.2f}" for r in runs) + " |")
print("| **total** | " + " | ".join(f"**{sum(ms[r].values()):.2f}**" for r in runs) + " |")
print("| applications accepted | " + " | ".join(f"{app(r)[1]['ok']:,}" for r in runs) + " |")
print("\nMemory idle, by part (PSS):\n")
print("| part | MB |")
print("|---|---:|")
for line in open(os.path.join(out, "memory")):
    kb, name = line.split(maxsplit=1)
    print(f"| {name.strip()} | {int(kb) / 1024:,.0f} |")
path = os.path.join(out, "biometrics.txt")
if os.path.exists(path):
    print("\n1:N face search (bench/biometrics.sh, platform stopped):\n")
    print("".join(line for line in open(path) if line.startswith("|")), end="")
PY
