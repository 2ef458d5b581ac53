#!/usr/bin/env bash
# Recognition over HTTP with wrk at 64 and 8 connections against the ReadyToRun publish of the web app, on an existing
# database (1 M customers: scripts/bench-recognition.sh makes one). Prints wrk's latency distribution and the app's RSS.
# Usage: scripts/bench-recognition-http.sh [seconds]   (default 30)
# Database: Exceed__Database__Provider / Exceed__Database__ConnectionString, default SQLite /tmp/exceed-bench-1000000.db.
# Any other Exceed__* variable reaches the app, e.g. Exceed__Recognition__CardCacheSize=0 turns the card copy off.
# Besides wrk's latencies it prints the app's CPU per request (steadier than latency on a shared machine), and with
# EXCEED_BENCH_IDLE=30 the app's CPU over 30 s with no load at all (its background rounds). EXCEED_BENCH_DB_PID: the
# database server's postmaster, whose processes' CPU is then printed beside the app's.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
export Exceed__Database__Provider="${Exceed__Database__Provider:-sqlite}"
export Exceed__Database__ConnectionString="${Exceed__Database__ConnectionString:-Data Source=/tmp/exceed-bench-1000000.db}"
export Exceed__Bootstrap__ApiKey="bench-recognition-http-key"
export API_KEY="$Exceed__Bootstrap__ApiKey"
export PHONES="${PHONES:-/tmp/exceed-bench-http.phones.txt}"
app_dll="${EXCEED_WEB_DLL:-/tmp/exceed-r2r/Exceed.Web.dll}"
port="${EXCEED_BENCH_PORT:-5081}"
url="http://127.0.0.1:${port}"

if [[ ! -f "$app_dll" ]]; then
  dotnet publish src/Exceed.Web -c Release -r linux-x64 -p:PublishReadyToRun=true -o "$(dirname "$app_dll")" -v quiet -nologo
fi
if [[ ! -s "$PHONES" ]]; then
  dotnet build -c Release bench/Exceed.Bench -v quiet -nologo
  dotnet bench/Exceed.Bench/bin/Release/net10.0/bench.dll phones --count 5000 > "$PHONES"
fi

Urls="$url" Logging__LogLevel__Default=Warning dotnet "$app_dll" > /tmp/exceed-bench-http.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$url/account/login" && break
  sleep 0.1
done
curl -fs -o /dev/null -H "X-Api-Key: $API_KEY" "$url/api/v1/recognize?phone=$(head -1 "$PHONES" | sed 's/+/%2B/')" \
  || { echo "the app did not answer a recognition; see /tmp/exceed-bench-http.log" >&2; exit 1; }

# CPU seconds (user + system) of a process, or with "tree" of it and its children (the database server's backends).
cpu_of() { python3 -c "
import os, sys
root, tree = int(sys.argv[1]), len(sys.argv) > 2
def stat(p):
    try: return open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()
    except OSError: return None
total = 0
for d in (os.listdir('/proc') if tree else [str(root)]):
    f = stat(d) if d.isdigit() else None
    if f and (int(d) == root or int(f[1]) == root): total += int(f[11]) + int(f[12])
    if f and tree and int(d) == root: total += int(f[13]) + int(f[14])  # children that have exited
print(total / os.sysconf('SC_CLK_TCK'))" "$@"; }
db_cpu() { if [[ -n "${EXCEED_BENCH_DB_PID:-}" ]]; then cpu_of "$EXCEED_BENCH_DB_PID" tree; else echo 0; fi; }

if [[ "${EXCEED_BENCH_IDLE:-0}" -gt 0 ]]; then
  sleep 5
  app0=$(cpu_of "$app"); db0=$(db_cpu)
  sleep "$EXCEED_BENCH_IDLE"
  echo "== idle ${EXCEED_BENCH_IDLE}s: app CPU $(python3 -c "print(f'{($(cpu_of "$app") - $app0) * 1000:.0f} ms')"), database server CPU $(python3 -c "print(f'{($(db_cpu) - $db0) * 1000:.0f} ms')"), load average $(cut -d' ' -f1-3 /proc/loadavg)"
fi

# Warm up (JIT, connection pool, and the card copies of the sampled phones), then measure.
wrk -t1 -c64 -d"${EXCEED_BENCH_WARMUP:-15}s" -s bench/wrk/recognize.lua "$url" > /dev/null
for connections in 64 8; do
  echo "== wrk -t1 -c${connections} -d${seconds}s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  app0=$(cpu_of "$app"); db0=$(db_cpu)
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s bench/wrk/recognize.lua "$url" > /tmp/exceed-bench-http.wrk
  grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors' /tmp/exceed-bench-http.wrk
  requests=$(grep -oE '^ *[0-9]+ requests in' /tmp/exceed-bench-http.wrk | grep -oE '[0-9]+')
  echo "  $requests requests; app CPU per request: $(python3 -c "print(f'{($(cpu_of "$app") - $app0) * 1e6 / $requests:.1f} µs')"), database server CPU per request: $(python3 -c "print(f'{($(db_cpu) - $db0) * 1e6 / $requests:.1f} µs')")"
done
echo "== app memory: $(grep -E 'VmRSS|VmHWM' /proc/$app/status | tr -s ' \n' ' ')"
