#!/usr/bin/env bash
# Small helpers sourced by the scripts in this folder. Defines functions only.

log() { printf '%s: %s\n' "${0##*/}" "$*"; }
die() { printf '%s: error: %s\n' "${0##*/}" "$*" >&2; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (: </dev/tcp/127.0.0.1/"$1") 2>/dev/null; }

# Newest PostgreSQL server binary directory, e.g. /usr/lib/postgresql/15/bin.
pg_bin_dir() {
  local dir
  dir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  [[ -x $dir/postgres ]] || return 1
  printf '%s\n' "$dir"
}

# PIDs of processes whose command line or environment mentions $1 (a per-run
# /tmp/cccd-* directory, or a server directory kept across runs: it holds .cccd-keep).
# Covers postgres, beam.smp and the epmd they spawned (it inherits HOME=<dir>).
# Never lists the calling shell.
pids_using_dir() {
  local dir=$1 me=$BASHPID pid
  [[ $dir == /tmp/cccd-* || ($dir == /?*/?* && -e $dir/.cccd-keep) ]] || return 0
  # The pattern comes from a pipe so that grep's command line does not match it;
  # processes already gone (grep itself, whose environment may name the dir) are skipped.
  # shellcheck disable=SC2013  # PIDs are words
  for pid in $(grep -alF -f <(printf '%s\n' "$dir") /proc/[0-9]*/cmdline /proc/[0-9]*/environ \
    2>/dev/null | cut -d/ -f3 | sort -un); do
    if [[ $pid != "$$" && $pid != "$me" && -e /proc/$pid ]]; then echo "$pid"; fi
  done
}

# SIGKILL every process still using $1; prints what it killed.
kill_pids_using_dir() {
  local pid cmd
  for pid in $(pids_using_dir "$1"); do
    cmd=$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | cut -c1-80)
    [[ -n $cmd ]] || continue  # gone (or a zombie) meanwhile
    log "killing leftover process $pid ($cmd)"
    kill -KILL "$pid" 2>/dev/null || true
  done
}

# A free TCP port on 127.0.0.1 in 20000-29999 (below the kernel's ephemeral range).
free_port() {
  local p
  for _ in $(seq 200); do
    p=$((20000 + RANDOM % 10000))
    port_open "$p" || { echo "$p"; return 0; }
  done
  return 1
}

# The platform's data directory (run.sh, backup.sh, restore.sh): CCCD_DATA_DIR, else .data/ in the checkout.
# Relative paths are taken from the checkout.
data_dir() {
  local root dir
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  dir=${CCCD_DATA_DIR:-.data}
  [[ $dir == /* ]] || dir=$root/$dir
  printf '%s\n' "$dir"
}

# Runs "$@" as the postgres user when this shell is root (PostgreSQL refuses to run as root).
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; else "$@"; fi
}

# Fails unless the postgres user can reach directory $1 (every parent searchable; $1 itself is given to it), with a
# way out.
check_postgres_reaches() {
  local dir=$1 up
  [[ $(id -u) -eq 0 ]] || return 0
  up=$(dirname "$dir")
  while [[ ! -e $up ]]; do up=$(dirname "$up"); done
  as_postgres test -x "$up" ||
    die "the postgres user cannot reach $dir (a parent directory is not searchable by others): set CCCD_DATA_DIR to a directory it can reach, e.g. /var/lib/cccd"
}

# Adds up the per-assembly results in a `dotnet test` (VSTest) log and prints
# "PASSED FAILED SKIPPED". Reads the minimal-verbosity lines
#   "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, ..."
# or, when there are none, the normal-verbosity blocks
#   "Total tests: 3" / "     Passed: 2" / "     Failed: 1" / "    Skipped: 1".
test_totals() {
  awk '
    /(Passed|Failed|Skipped)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+, Total: +[0-9]+/ {
      s = $0; sub(/^.*! +- /, "", s); split(s, part, ",")
      for (i = 1; i <= 3; i++) { n = part[i]; gsub(/[^0-9]/, "", n); sum[i] += n }
      lines++; next
    }
    /^Total tests: / { block = 1; next }
    block && /^ +Passed: +[0-9]+ *$/  { bp += $2; next }
    block && /^ +Failed: +[0-9]+ *$/  { bf += $2; next }
    block && /^ +Skipped: +[0-9]+ *$/ { bs += $2; next }
    { block = 0 }
    END {
      if (lines) print sum[2] + 0, sum[1] + 0, sum[3] + 0
      else print bp + 0, bf + 0, bs + 0
    }' "$1"
}

# Safety net for a server wrapper that gets SIGKILLed before its own cleanup ran
# (Aspire's DCP kills executables ~6 s after SIGTERM): starts a detached process,
# outside this process tree and session, that waits for PID $1 to exit, then
# stops whatever still uses dir $2 (and the epmd on port $3, if given) and
# removes the dir. Does nothing if the dir is already gone. The arguments go
# through stdin so that pids_using_dir does not list the janitor itself.
start_janitor() {
  # shellcheck disable=SC2016  # expanded by the inner bash
  printf '%s\n' "$@" | env -u CCCD_PG_DATA -u CCCD_RABBIT_DIR \
    setsid -f bash -c 'source "$1"; mapfile -t args; janitor "${args[@]}"' \
    janitor "$(realpath "${BASH_SOURCE[0]}")" >/dev/null 2>&1
}
janitor() {
  local dir=$2 epmd_port=${3:-} pm owner
  tail --pid="$1" -f /dev/null
  [[ -d $dir ]] || return 0
  # A kept dir (CCCD_KEEP_DATA) names the wrapper that runs on it until that wrapper has cleaned up: when it names
  # no one (cleaned up) or another wrapper (a restart), there is nothing here to clear.
  if [[ -e $dir/.cccd-keep ]]; then
    owner=$(cat "$dir/.cccd-owner" 2>/dev/null || true)
    [[ $owner == "$1" ]] || return 0
  fi
  # PostgreSQL: immediate shutdown first, so that it releases its shared memory.
  pm=$(head -n 1 "$dir/postmaster.pid" 2>/dev/null || true)
  if [[ $pm =~ ^[0-9]+$ ]] && grep -aqF -- "$dir" "/proc/$pm/cmdline" 2>/dev/null; then
    kill -QUIT "$pm" 2>/dev/null
    timeout 5 tail -s 0.2 --pid="$pm" -f /dev/null
  fi
  kill_pids_using_dir "$dir"
  [[ -z $epmd_port ]] || epmd -port "$epmd_port" -kill >/dev/null 2>&1
  [[ -e $dir/.cccd-keep ]] || rm -rf -- "$dir"
}
