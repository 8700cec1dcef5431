#!/usr/bin/env bash
# Adds an EF Core migration to a service for both database providers.
# Usage: scripts/add-migration.sh Intake AddRosters
set -euo pipefail
service=${1:?service name, e.g. Intake}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
project="$root/src/CccdPlatform.$service"
context_base=$(grep -l "abstract class .*DbContext" "$project"/Infrastructure/*.cs | xargs basename | sed 's/\.cs$//')
connection=$(grep -o 'DatabaseConnectionName = "[a-z]*"' -r "$project" | head -1 | sed 's/.*"\(.*\)"/\1/')

# The design-time host only needs these to exist; nothing is opened.
export "ConnectionStrings__$connection=Host=127.0.0.1;Database=design-time"
export ConnectionStrings__messaging="amqp://guest:guest@127.0.0.1:5672"
export Authentication__SigningKey="ZGVzaWduLXRpbWUtb25seS1rZXktbm90LXVzZWQtZm9yLXRva2Vucw=="

cd "$project"
dotnet tool restore >/dev/null
Database__Provider=PostgreSQL dotnet ef migrations add "$name" --context "PostgreSql$context_base" \
  -o Infrastructure/PostgreSql/Migrations
env Database__Provider=SqlServer "ConnectionStrings__$connection=Server=127.0.0.1;Database=design-time;TrustServerCertificate=true" \
  dotnet ef migrations add "$name" --context "SqlServer$context_base" --no-build -o Infrastructure/SqlServer/Migrations
