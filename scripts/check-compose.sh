#!/usr/bin/env bash
# Validates docker-compose.yml the way CI does: Debian's docker-compose v1.29 (no engine needed),
# `config -q`, with the variables from .env — generated from .env.example when .env is missing.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if ! command -v docker-compose >/dev/null 2>&1; then
  # Refresh the package lists only if the first attempt cannot find the package.
  apt-get install -y --no-install-recommends docker-compose >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends docker-compose >/dev/null; }
fi

env_file="$repo/.env"
generated=""
if [ ! -f "$env_file" ]; then
  cp .env.example "$env_file"
  generated="$env_file"
fi
trap '[ -z "$generated" ] || rm -f "$generated"' EXIT

docker-compose -f docker-compose.yml config -q
echo "docker-compose.yml is valid"
