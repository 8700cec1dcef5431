#!/usr/bin/env bash
# Makes sure this machine can build and test: RabbitMQ and PostgreSQL server
# packages (installed with apt if missing, without starting their services), the
# .NET SDK, and the repository's local dotnet tools. Idempotent and quiet when
# everything is present.
set -euo pipefail
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing_packages() {
  [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || echo rabbitmq-server
  pg_bin_dir >/dev/null || echo postgresql
  command -v curl >/dev/null || echo curl
  [[ -x /usr/bin/chromium ]] || echo chromium
}
mapfile -t packages < <(missing_packages)

if ((${#packages[@]})); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      die "missing packages: ${packages[*]}. Install them as root, e.g.: apt-get install -y ${packages[*]}"
    fi
  fi
  command -v apt-get >/dev/null || die "missing packages: ${packages[*]} (and no apt-get to install them)"
  # Keep the packages from starting their services on the default ports.
  policy=
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo[@]}" chmod 755 /usr/sbin/policy-rc.d
    policy=created
  fi
  log "installing ${packages[*]} with apt-get"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"
  if [[ -n $policy ]]; then "${sudo[@]}" rm -f /usr/sbin/policy-rc.d; fi
  [[ -z $(missing_packages) ]] || die "still missing after apt-get install: $(missing_packages | xargs)"
fi

command -v dotnet >/dev/null ||
  die "'dotnet' not found: install the .NET 10 SDK (see global.json; https://dot.net) and put it on PATH"

if [[ -f .config/dotnet-tools.json ]]; then
  out=$(dotnet tool restore 2>&1) || { printf '%s\n' "$out" >&2; die "dotnet tool restore failed"; }
fi
