#!/usr/bin/env bash
# Runs CapConduit locally: PostgreSQL and Redis up, migrations, sample data, then the server on
# http://127.0.0.1:5080 (GraphQL at /graphql, health at /health).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

eval "$(scripts/services.sh start)"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build src/GraphQL/CapConduit.Api.csproj -c Release --nologo -v q -clp:ErrorsOnly
api="src/GraphQL/bin/Release/net10.0/CapConduit.Api.dll"
# appsettings*.json live beside the project; the content root must point there when started from the repository root.
root=(--contentRoot "$repo/src/GraphQL")
dotnet "$api" migrate "${root[@]}"
dotnet "$api" seed "${root[@]}"
exec dotnet "$api" serve "${root[@]}" --urls "${CAPCONDUIT_URLS:-http://127.0.0.1:5080}"
