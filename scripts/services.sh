#!/usr/bin/env bash
# Starts or stops PostgreSQL 15 and Redis as plain local processes (no Docker, no systemd).
# Data lives under .local/ (git-ignored); both listen on 127.0.0.1 only.
#   scripts/services.sh start   -> starts both if not already answering, prints the env to use
#   scripts/services.sh stop    -> stops both by PID
#   scripts/services.sh env     -> prints the export lines only
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_dir="$repo/.local"
pg_port="${CAPCONDUIT_PG_PORT:-55432}"
redis_port="${CAPCONDUIT_REDIS_PORT:-56379}"
pg_bin="${CAPCONDUIT_PG_BIN:-/usr/lib/postgresql/15/bin}"

log() { echo "[services] $*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_installed() {
  if [ ! -x "$pg_bin/pg_ctl" ]; then
    log "installing postgresql-15"
    apt_install postgresql-15
  fi
  if ! command -v redis-server >/dev/null 2>&1; then
    log "installing redis-server"
    apt_install redis-server
  fi
}

# PostgreSQL refuses to run as root and needs every parent folder readable by 'postgres'.
# When the checkout sits somewhere 'postgres' cannot reach (root's home), keep the cluster in /tmp
# and point .local/postgres at it.
pg_data_dir() {
  local dir="$local_dir/postgres"
  if [ -L "$dir" ]; then readlink "$dir"; return; fi
  mkdir -p "$local_dir"
  if su postgres -s /bin/sh -c "test -x '$local_dir'" 2>/dev/null; then
    echo "$dir"
  else
    local alt
    alt="/tmp/capconduit-pg-$(echo "$repo" | md5sum | cut -c1-8)"
    ln -sfn "$alt" "$dir"
    echo "$alt"
  fi
}

pg_ready() { "$pg_bin/pg_isready" -h 127.0.0.1 -p "$pg_port" -q 2>/dev/null; }
redis_ready() { redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null | grep -q PONG; }

start_postgres() {
  if pg_ready; then log "PostgreSQL already answering on 127.0.0.1:$pg_port"; return; fi
  local data
  data="$(pg_data_dir)"
  # Copies and restores of the checkout can widen the folder's mode; PostgreSQL refuses anything but 0700/0750.
  if [ "$(id -u)" = 0 ]; then
    install -d -o postgres -g postgres -m 0700 "$data"
  else
    mkdir -p "$data"
    chmod 0700 "$data"
  fi
  local run=(sh -c)
  [ "$(id -u)" = 0 ] && run=(su postgres -s /bin/sh -c)
  if [ ! -f "$data/PG_VERSION" ]; then
    "${run[@]}" "'$pg_bin/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null"
  fi
  "${run[@]}" "'$pg_bin/pg_ctl' -D '$data' -l '$data/server.log' -w -t 60 -o \"-p $pg_port -k '$data' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null"
  log "PostgreSQL started on 127.0.0.1:$pg_port (data $data)"
}

start_redis() {
  if redis_ready; then log "Redis already answering on 127.0.0.1:$redis_port"; return; fi
  local dir="$local_dir/redis"
  mkdir -p "$dir"
  redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --pidfile "$dir/redis.pid" \
    --dir "$dir" --logfile "$dir/redis.log" --save "" --appendonly yes >/dev/null
  for _ in $(seq 1 100); do redis_ready && break; sleep 0.05; done
  redis_ready || { log "Redis did not start; see $dir/redis.log"; exit 1; }
  log "Redis started on 127.0.0.1:$redis_port (data $dir)"
}

stop_all() {
  local data="$local_dir/postgres"
  if [ -f "$data/postmaster.pid" ]; then
    kill -INT "$(head -1 "$data/postmaster.pid")" 2>/dev/null || true
    log "PostgreSQL stopping"
  fi
  if [ -f "$local_dir/redis/redis.pid" ]; then
    kill -TERM "$(cat "$local_dir/redis/redis.pid")" 2>/dev/null || true
    log "Redis stopping"
  fi
}

print_env() {
  echo "export ConnectionStrings__Postgres='Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=capconduit'"
  echo "export ConnectionStrings__Redis='127.0.0.1:$redis_port'"
}

case "${1:-start}" in
  start) ensure_installed; start_postgres; start_redis; print_env ;;
  stop) stop_all ;;
  env) print_env ;;
  *) echo "usage: $0 start|stop|env" >&2; exit 2 ;;
esac
