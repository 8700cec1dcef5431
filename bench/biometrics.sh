#!/usr/bin/env bash
# Builds the 1:N face search benchmark in Release and prints its table (see BENCHMARKS.md).
# Usage: bench/biometrics.sh [gallery sizes...]     default: 10000 100000 1000000 (needs ~5 GB of free memory)
# BENCH_ARTIFACTS=/some/dir puts the build output there instead of bin/ and obj/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
artifacts=()
if [[ -n ${BENCH_ARTIFACTS:-} ]]; then artifacts=(--artifacts-path "$BENCH_ARTIFACTS"); fi
dotnet build bench/biometrics -c Release -v quiet "${artifacts[@]}" >&2
exec dotnet run --no-build -c Release --project bench/biometrics "${artifacts[@]}" -- "$@"
