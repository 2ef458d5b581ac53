#!/usr/bin/env bash
# Private, throwaway test services for Exceed: PostgreSQL 15, Redis, and mail (dovecot IMAP + postfix SMTP,
# see scripts/mail-services.sh) on free loopback ports.
#
# Two ways to use it:
#
#   1. Source it and call the functions (what scripts/test.sh does):
#        source scripts/services.sh
#        exceed_install_packages              # apt-get installs only what is missing
#        trap exceed_services_stop EXIT
#        exceed_services_start                # exports EXCEED_TEST_* into this shell
#
#   2. Run it as a command (e.g. from bench scripts):
#        scripts/services.sh install
#        eval "$(scripts/services.sh start)"  # prints `export ...` lines on stdout
#        ...
#        scripts/services.sh stop "$EXCEED_SERVICES_DIR"
#
# Exports after start:
#   EXCEED_TEST_POSTGRES  Npgsql connection string, superuser postgres/postgres, Database=postgres
#   EXCEED_TEST_REDIS     127.0.0.1:PORT
#   EXCEED_TEST_CHROMIUM  /usr/bin/chromium
#   EXCEED_TEST_IMAP      127.0.0.1:PORT (dovecot, no TLS)
#   EXCEED_TEST_IMAPS     127.0.0.1:PORT (dovecot, TLS on connect)
#   EXCEED_TEST_SMTP      127.0.0.1:PORT (postfix, STARTTLS offered, AUTH optional)
#   EXCEED_TEST_MAIL_CERT_SHA256  fingerprint of the servers' self-signed certificate
#   EXCEED_TEST_MAIL_PASSWORD  any address at any domain is a mailbox; log in with it and this password
#   EXCEED_SERVICES_DIR   the temp dir holding data, logs and state (removed by stop)
#   EXCEED_PG_PORT, EXCEED_REDIS_PORT, EXCEED_IMAP_PORT, EXCEED_IMAPS_PORT, EXCEED_SMTP_PORT
#
# Knobs: EXCEED_PG_PORT_BASE (55432), EXCEED_REDIS_PORT_BASE (56379), EXCEED_PG_BIN,
#   EXCEED_PG_SERVER_OPTIONS (more -c settings for the server, e.g. for pg_stat_statements in a benchmark)
# (/usr/lib/postgresql/15/bin), EXCEED_APT_LOG (where apt output goes).
#
# All diagnostics go to stderr, so stdout of `services.sh start` is only the export lines.

EXCEED_APT_PACKAGES=(postgresql redis-server chromium fonts-noto-cjk libopencc-data dovecot-imapd dovecot-lmtpd postfix)
: "${EXCEED_PG_BIN:=/usr/lib/postgresql/15/bin}"
: "${EXCEED_PG_PORT_BASE:=55432}"
: "${EXCEED_REDIS_PORT_BASE:=56379}"

_svc_log() { printf '[services] %s\n' "$*" >&2; }

# shellcheck source=scripts/mail-services.sh
source "$(dirname "${BASH_SOURCE[0]}")/mail-services.sh"

# ---------------------------------------------------------------- apt packages

_svc_pkg_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

# Installs whatever of EXCEED_APT_PACKAGES is missing. apt output goes to $EXCEED_APT_LOG
# (default: a temp file) and is printed only on failure. Waits for a held apt/dpkg lock.
exceed_install_packages() {
  local missing=() p
  for p in "${EXCEED_APT_PACKAGES[@]}"; do
    _svc_pkg_installed "$p" || missing+=("$p")
  done
  # The postgresql metapackage could in principle pull another major; we need 15.
  if [[ ! -x "$EXCEED_PG_BIN/initdb" ]] && ! printf '%s\n' "${missing[@]}" | grep -qx postgresql; then
    missing+=(postgresql-15)
  fi
  if ((${#missing[@]} == 0)); then
    _svc_log "apt packages already installed: ${EXCEED_APT_PACKAGES[*]}"
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    _svc_log "ERROR: missing packages (${missing[*]}) and not root; install them with apt-get."
    return 1
  fi
  local log="${EXCEED_APT_LOG:-$(mktemp /tmp/exceed-apt.XXXXXX.log)}"
  local start=$SECONDS
  _svc_log "installing missing apt packages: ${missing[*]} (log: $log)"
  export DEBIAN_FRONTEND=noninteractive
  # postfix asks what kind of mail server this is: none, so it never configures or starts a system instance.
  echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections 2>>"$log"
  # No system-wide service is started by the install (dovecot would take 143, postfix 25): the
  # tests run private instances. Docker images already carry this policy; add it only while we install.
  local added_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && added_policy=1
  fi
  local lockopt=(-o DPkg::Lock::Timeout=900)
  local try ok=0
  # apt-get update takes the lists lock, which another apt run may hold: retry a few times.
  for try in 1 2 3 4 5 6; do
    if apt-get "${lockopt[@]}" update >>"$log" 2>&1; then ok=1; break; fi
    _svc_log "apt-get update failed (attempt $try); retrying in 20s"
    sleep 20
  done
  if ((ok)); then
    ok=0
    for try in 1 2 3; do
      if apt-get "${lockopt[@]}" install -y "${missing[@]}" >>"$log" 2>&1; then ok=1; break; fi
      _svc_log "apt-get install failed (attempt $try); retrying in 20s"
      sleep 20
    done
  fi
  ((added_policy)) && rm -f /usr/sbin/policy-rc.d
  if ((!ok)); then
    _svc_log "ERROR: apt failed; log follows"
    cat "$log" >&2
    return 1
  fi
  _svc_log "apt packages installed in $((SECONDS - start))s"
  if [[ ! -x "$EXCEED_PG_BIN/initdb" ]]; then
    _svc_log "ERROR: $EXCEED_PG_BIN/initdb not found after install (PostgreSQL 15 expected)"
    return 1
  fi
}

# ---------------------------------------------------------------- ports

# True if something listens on (or accepts connections at) 127.0.0.1:$1.
_svc_port_in_use() {
  local port=$1
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]] && return 0
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
  return 1
}

# Prints the first port >= $1 that looks free.
_svc_free_port() {
  local port=$1 limit=$(($1 + 500))
  while ((port < limit)); do
    _svc_port_in_use "$port" || { echo "$port"; return 0; }
    port=$((port + 1))
  done
  return 1
}

_svc_as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ---------------------------------------------------------------- postgres

# $1 = services dir. Writes $1/pg (data), $1/pg.port, $1/pg.log.
_svc_start_postgres() {
  local dir=$1 data=$1/pg port attempt
  if ! _svc_as_pg "$EXCEED_PG_BIN/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/pg.pw" >"$dir/initdb.log" 2>&1; then
    _svc_log "ERROR: initdb failed; log follows"
    cat "$dir/initdb.log" >&2
    return 1
  fi
  port=$EXCEED_PG_PORT_BASE
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(_svc_free_port "$port") || { _svc_log "ERROR: no free port for postgres"; return 1; }
    echo "$port" >"$dir/pg.port"
    : >"$dir/pg.log" && chown postgres: "$dir/pg.log" 2>/dev/null
    if _svc_as_pg "$EXCEED_PG_BIN/pg_ctl" -D "$data" -l "$dir/pg.log" -w -t 60 \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${EXCEED_PG_SERVER_OPTIONS:-}" \
        start >"$dir/pg_ctl.log" 2>&1; then
      EXCEED_PG_PORT=$port
      return 0
    fi
    if grep -qiE 'could not bind|address already in use|could not create any TCP/IP sockets' "$dir/pg.log"; then
      _svc_log "postgres: port $port taken meanwhile, trying the next one"
      port=$((port + 1))
      continue
    fi
    _svc_log "ERROR: postgres failed to start; logs follow"
    cat "$dir/pg_ctl.log" "$dir/pg.log" >&2
    return 1
  done
  _svc_log "ERROR: postgres: gave up after 10 ports"
  return 1
}

_svc_stop_postgres() {
  local dir=$1 data=$1/pg pid
  [[ -f "$data/postmaster.pid" ]] || return 0
  pid=$(head -n1 "$data/postmaster.pid" 2>/dev/null)
  _svc_as_pg "$EXCEED_PG_BIN/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null
  fi
}

# ---------------------------------------------------------------- redis

# $1 = services dir. Writes $1/redis.port, $1/redis.pid, $1/redis.log.
_svc_start_redis() {
  local dir=$1 port attempt i pid rpid
  port=$EXCEED_REDIS_PORT_BASE
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$(_svc_free_port "$port") || { _svc_log "ERROR: no free port for redis"; return 1; }
    echo "$port" >"$dir/redis.port"
    rm -f "$dir/redis.pid"; : >"$dir/redis.log"
    if ! redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >>"$dir/redis.log" 2>&1; then
      _svc_log "ERROR: redis-server failed; log follows"; cat "$dir/redis.log" >&2; return 1
    fi
    # --daemonize returns at once; wait until OUR process answers on the port (the pid
    # file only appears after the listen socket is bound).
    for i in $(seq 1 150); do
      if [[ -s "$dir/redis.pid" ]]; then
        pid=$(cat "$dir/redis.pid")
        rpid=$(redis-cli -h 127.0.0.1 -p "$port" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p')
        if [[ -n "$rpid" && "$rpid" == "$pid" ]]; then
          EXCEED_REDIS_PORT=$port
          return 0
        fi
      fi
      grep -qiE 'aborting|address already in use' "$dir/redis.log" && break
      sleep 0.1
    done
    if grep -qiE 'address already in use' "$dir/redis.log"; then
      _svc_log "redis: port $port taken meanwhile, trying the next one"
      port=$((port + 1))
      continue
    fi
    _svc_log "ERROR: redis did not come up on port $port; log follows"
    cat "$dir/redis.log" >&2
    return 1
  done
  _svc_log "ERROR: redis: gave up after 10 ports"
  return 1
}

_svc_stop_redis() {
  local dir=$1 port pid i
  [[ -f "$dir/redis.port" ]] || return 0
  port=$(cat "$dir/redis.port")
  pid=$(cat "$dir/redis.pid" 2>/dev/null)
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  # Only send SHUTDOWN if the server on that port is ours.
  local rpid
  rpid=$(redis-cli -h 127.0.0.1 -p "$port" info server 2>/dev/null | tr -d '\r' | sed -n 's/^process_id://p')
  if [[ "$rpid" == "$pid" ]]; then
    redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1
  fi
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null
}

# ---------------------------------------------------------------- start / stop

# Starts postgres + redis in a fresh temp dir and exports the EXCEED_TEST_* variables.
# On failure it stops whatever it started and returns non-zero.
exceed_services_start() {
  local start=$SECONDS dir
  dir=$(mktemp -d /tmp/exceed-svc.XXXXXX) || return 1
  export EXCEED_SERVICES_DIR=$dir
  chmod 755 "$dir"
  echo postgres >"$dir/pg.pw"
  if [[ $(id -u) -eq 0 ]]; then chown -R postgres: "$dir"; fi

  if ! _svc_start_postgres "$dir" || ! _svc_start_redis "$dir" || ! _svc_start_mail "$dir"; then
    exceed_services_stop "$dir"
    return 1
  fi

  export EXCEED_PG_PORT EXCEED_REDIS_PORT
  export EXCEED_TEST_POSTGRES="Host=127.0.0.1;Port=$EXCEED_PG_PORT;Username=postgres;Password=postgres;Database=postgres"
  export EXCEED_TEST_REDIS="127.0.0.1:$EXCEED_REDIS_PORT"
  export EXCEED_TEST_CHROMIUM="${EXCEED_TEST_CHROMIUM:-/usr/bin/chromium}"
  [[ -x "$EXCEED_TEST_CHROMIUM" ]] || _svc_log "WARNING: $EXCEED_TEST_CHROMIUM not found"

  {
    printf 'export EXCEED_SERVICES_DIR=%q\n' "$EXCEED_SERVICES_DIR"
    printf 'export EXCEED_PG_PORT=%q\n' "$EXCEED_PG_PORT"
    printf 'export EXCEED_REDIS_PORT=%q\n' "$EXCEED_REDIS_PORT"
    printf 'export EXCEED_TEST_POSTGRES=%q\n' "$EXCEED_TEST_POSTGRES"
    printf 'export EXCEED_TEST_REDIS=%q\n' "$EXCEED_TEST_REDIS"
    printf 'export EXCEED_TEST_CHROMIUM=%q\n' "$EXCEED_TEST_CHROMIUM"
    _svc_export_mail
  } >"$dir/env.sh"

  _svc_log "postgres 15 on 127.0.0.1:$EXCEED_PG_PORT, redis on 127.0.0.1:$EXCEED_REDIS_PORT, imap on ${EXCEED_TEST_IMAP:-none}, smtp on ${EXCEED_TEST_SMTP:-none} (dir $dir, started in $((SECONDS - start))s)"
}

# Stops the services in dir $1 (default $EXCEED_SERVICES_DIR) and removes the dir.
# Safe to call more than once and on a half-started dir.
exceed_services_stop() {
  local dir=${1:-${EXCEED_SERVICES_DIR:-}}
  [[ -n "$dir" && -d "$dir" ]] || return 0
  case "$dir" in /tmp/exceed-svc.*) ;; *) _svc_log "refusing to remove unexpected dir '$dir'"; return 1 ;; esac
  _svc_stop_mail "$dir"
  _svc_stop_redis "$dir"
  _svc_stop_postgres "$dir"
  rm -rf "$dir"
  if [[ "$dir" == "${EXCEED_SERVICES_DIR:-}" ]]; then unset EXCEED_SERVICES_DIR; fi
  return 0
}

# ---------------------------------------------------------------- command mode

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -u
  case "${1:-}" in
    install) exceed_install_packages ;;
    start)
      exceed_services_start || exit 1
      cat "$EXCEED_SERVICES_DIR/env.sh"
      ;;
    stop) exceed_services_stop "${2:-}" ;;
    *)
      echo "usage: $0 install | start | stop [DIR]" >&2
      echo "  eval \"\$($0 start)\"   then   $0 stop \"\$EXCEED_SERVICES_DIR\"" >&2
      exit 2
      ;;
  esac
fi
