#!/usr/bin/env bash
# Builds the solution once and runs its test projects one at a time against
# throwaway PostgreSQL and RabbitMQ servers (scripts/test-servers.sh).
# Extra arguments go to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Intake".
# Output is also written to .run/test.log. The last line reads "N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/lib.sh
source scripts/lib.sh
export DOTNET_CLI_UI_LANGUAGE=en DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDTERMINALLOGGER=off

scripts/setup.sh
mkdir -p .run
# One run at a time per checkout (they share the servers' ports). Children get
# `9>&-` so that no lingering process (e.g. a build server) keeps the lock.
exec 9>>.run/test.lock
flock -n 9 || { log "waiting for another ./test.sh in this checkout to finish"; flock 9; }

log=.run/test.log
: >"$log"
# Servers someone started before this run (scripts/test-servers.sh start) are
# reused and left running; the ones this run starts are always stopped.
own_servers=true
if scripts/test-servers.sh status >/dev/null; then own_servers=false; fi
stop_servers() { if $own_servers; then scripts/test-servers.sh stop 9>&-; own_servers=false; fi; }
trap stop_servers EXIT
scripts/test-servers.sh start 9>&-
eval "$(scripts/test-servers.sh env)"

if ! dotnet build CccdPlatform.sln -c Release 9>&- 2>&1 | tee -a "$log"; then
  stop_servers
  echo "build failed" | tee -a "$log"
  exit 1
fi

first_test_line=$(($(wc -l <"$log") + 1))
test_rc=0
dotnet test CccdPlatform.sln -c Release --no-build -m:1 --logger 'console;verbosity=normal' "$@" 9>&- 2>&1 |
  tee -a "$log" || test_rc=$?
stop_servers

read -r passed failed skipped < <(test_totals <(tail -n "+$first_test_line" "$log"))
summary="$passed passed, $failed failed"
((skipped == 0)) || summary+=", $skipped skipped"
((test_rc == 0)) || echo "dotnet test exited with status $test_rc" | tee -a "$log"
((passed + failed > 0)) || echo "no tests ran" | tee -a "$log"
echo "$summary" | tee -a "$log"
((test_rc == 0 && failed == 0 && passed + failed > 0))
