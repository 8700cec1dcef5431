#!/usr/bin/env bash
# The fault drill at length (see README "Proof under load and faults"): a steady load through the gateway while
# RabbitMQ, an intake instance, reporting and PostgreSQL are killed -9 and started again, then the counts.
# Settings (environment): CCCD_DRILL_SECONDS (180), CCCD_DRILL_RATE (200/s), CCCD_DRILL_STATIONS (40),
# CCCD_DRILL_SEED (random moments; default: a new seed each run, printed), CCCD_DRILL_EXTRA_FAULTS (3 more kills -9 of
# processes drawn at random, unannounced: the drill's supervisor starts them again), CCCD_DRILL_LOGS (keep every process's log
# there), BENCH_ARTIFACTS (build output directory).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export CCCD_DRILL_SECONDS=${CCCD_DRILL_SECONDS:-180} CCCD_DRILL_RATE=${CCCD_DRILL_RATE:-200}
export CCCD_DRILL_STATIONS=${CCCD_DRILL_STATIONS:-40} CCCD_DRILL_SEED=${CCCD_DRILL_SEED:-$RANDOM}
export CCCD_DRILL_EXTRA_FAULTS=${CCCD_DRILL_EXTRA_FAULTS:-3}
artifacts=()
if [[ -n ${BENCH_ARTIFACTS:-} ]]; then artifacts=(--artifacts-path "$BENCH_ARTIFACTS"); fi
scripts/setup.sh
dotnet test tests/CccdPlatform.FaultDrills.Tests -c Release "${artifacts[@]}" --logger 'console;verbosity=detailed' 2>&1 |
  grep -vE '^\[xUnit|^\s*$'
