#!/usr/bin/env bash
# Reporting at provincial scale (see BENCHMARKS.md): seeds 4 M applications' worth of figures, times the report
# queries, then publishes ApplicationReceived at 1,000/s for 20 s and measures the lag to the province's figure.
# Runs the built service as a real process against the test servers (started here if they are not running).
# Settings (environment): BENCH_APPLICATIONS (4000000), BENCH_APPLICATION_ROWS (1: also one ApplicationStates row per
# application), BENCH_SEED_DAYS (365), BENCH_QUERIES (2000), BENCH_RATE (1000), BENCH_SECONDS (20), BENCH_PORT (5391),
# BENCH_ARTIFACTS (build output directory instead of bin/ and obj/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
artifacts=() properties=()
if [[ -n ${BENCH_ARTIFACTS:-} ]]; then artifacts=(--artifacts-path "$BENCH_ARTIFACTS") properties=(-p:ArtifactsPath="$BENCH_ARTIFACTS"); fi

bash scripts/test-servers.sh start >&2
eval "$(bash scripts/test-servers.sh env)"
dotnet build bench/reporting -c Release -v quiet "${artifacts[@]}" >&2
BENCH_REPORTING_DLL=$(dotnet msbuild src/CccdPlatform.Reporting -getProperty:TargetPath -p:Configuration=Release "${properties[@]}")
BENCH_REPORTING_CONTENT_ROOT=$PWD/src/CccdPlatform.Reporting
export BENCH_REPORTING_DLL BENCH_REPORTING_CONTENT_ROOT
exec dotnet run --no-build -c Release --project bench/reporting "${artifacts[@]}"
