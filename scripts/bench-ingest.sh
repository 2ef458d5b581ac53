#!/usr/bin/env bash
# Ingest through the API channel: sustained messages/s, then a kill -9 mid-load and a count of what was acknowledged.
# Usage: scripts/bench-ingest.sh sqlite|postgres [seconds] [connections]
# Figures go in docs/benchmarks.md. PostgreSQL comes from scripts/services.sh (a private throwaway cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
provider="${1:-sqlite}"; seconds="${2:-20}"; loops="${3:-32}"
port=5181; key=bench-ingest-key; work=$(mktemp -d /tmp/exceed-ingest.XXXXXX)
dotnet build -c Release src/Exceed.Web -v quiet -nologo >/dev/null
dotnet build -c Release bench/Exceed.Bench -v quiet -nologo >/dev/null
bench=(dotnet bench/Exceed.Bench/bin/Release/net10.0/bench.dll)

export Exceed__Bootstrap__ApiKey=$key Exceed__Demo__SeedWhenEmpty=false Urls="http://127.0.0.1:$port" Logging__LogLevel__Default=Warning
if [[ "$provider" == postgres ]]; then
  eval "$(scripts/services.sh start)"
  trap 'scripts/services.sh stop "$EXCEED_SERVICES_DIR"; rm -rf "$work"' EXIT
  export Exceed__Database__Provider=postgres Exceed__Database__ConnectionString="${EXCEED_TEST_POSTGRES/Database=postgres/Database=exceed_ingest}${EXCEED_PG_OPTIONS:-}"
else
  trap 'rm -rf "$work"' EXIT
  export Exceed__Database__Provider=sqlite Exceed__Database__ConnectionString="Data Source=$work/exceed.db"
fi

server=
start_server() {
  dotnet src/Exceed.Web/bin/Release/net10.0/Exceed.Web.dll >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "server did not start; log:"; cat "$work/server.log"; exit 1
}
server_cpu() { python3 -c "import os; f=open('/proc/$server/stat').read().rsplit(')',1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK'))"; }
# CPU seconds of every PostgreSQL process (0 on SQLite) and of the whole machine (busy, all cores): where the rest goes.
db_cpu() { python3 -c "
import os
t=0
for p in os.listdir('/proc'):
    try:
        if p.isdigit() and open(f'/proc/{p}/comm').read().strip()=='postgres':
            f=open(f'/proc/{p}/stat').read().rsplit(')',1)[1].split(); t+=int(f[11])+int(f[12])
    except OSError: pass
print(t/os.sysconf('SC_CLK_TCK'))"; }
machine_busy() { python3 -c "import os; f=[int(x) for x in open('/proc/stat').readline().split()[1:]]; print((sum(f)-f[3]-f[4])/os.sysconf('SC_CLK_TCK'))"; }
start_server
channel=$(curl -sf -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d '{"name":"bench","senderKind":"weChat"}' \
  "http://127.0.0.1:$port/api/v1/channels" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
args=(--url "http://127.0.0.1:$port" --api-key "$key" --channel "$channel" --concurrency "$loops")

# The sustained load comes from wrk (C, one thread per core's worth of connections), so the load tool takes little of the two
# cores the server needs; EXCEED_INGEST_CLIENT=bench uses the .NET HttpClient sender instead (as before 2026-12-02).
client="${EXCEED_INGEST_CLIENT:-wrk}"
warmup="${EXCEED_BENCH_WARMUP:-20}"
echo "== $provider: warm-up ${warmup} s, then ${seconds} s of load from $client, $loops connections, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "$client" == wrk ]]; then
  export CHANNEL=$channel API_KEY=$key RUN=$$
  RUN=warm$$ wrk -t1 -c"$loops" -d"${warmup}s" -s bench/wrk/ingest.lua "http://127.0.0.1:$port" >/dev/null
  cpu_before=$(server_cpu); db_before=$(db_cpu); busy_before=$(machine_busy)
  wrk -t1 -c"$loops" -d"${seconds}s" --latency -s bench/wrk/ingest.lua "http://127.0.0.1:$port" > "$work/wrk.txt"
  grep -E 'Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors|requests in|other than 201' "$work/wrk.txt"
  messages=$(grep -oE '^ *[0-9]+ requests in' "$work/wrk.txt" | grep -oE '[0-9]+')
else
  "${bench[@]}" ingest "${args[@]}" --duration "$warmup" --acks "$work/warm.txt" >/dev/null
  cpu_before=$(server_cpu); db_before=$(db_cpu); busy_before=$(machine_busy)
  "${bench[@]}" ingest "${args[@]}" --duration "$seconds" --acks "$work/acks.txt"
  messages=$(wc -l <"$work/acks.txt")
fi
# The server's own CPU per message: a steadier yardstick than messages/s when other work shares the cores.
echo "server CPU per message: $(python3 -c "print(f'{($(server_cpu) - $cpu_before) * 1000 / max(1, $messages):.2f} ms')")"
echo "database CPU per message: $(python3 -c "print(f'{($(db_cpu) - $db_before) * 1000 / max(1, $messages):.2f} ms')")"
echo "machine busy: $(python3 -c "print(f'{($(machine_busy) - $busy_before) / $seconds:.2f} of $(nproc) cores')")"

if [[ "${EXCEED_INGEST_KILL:-1}" == 0 ]]; then kill "$server"; wait "$server" 2>/dev/null || true; exit 0; fi
echo "== $provider: kill -9 the server 5 s into a load, restart, re-send every acknowledged id"
"${bench[@]}" ingest "${args[@]}" --duration 30 --acks "$work/killed.txt" &
load=$!
sleep 5
kill -9 "$server"; wait "$server" 2>/dev/null || true
wait "$load" || true
echo "acknowledged before the kill: $(wc -l <"$work/killed.txt")"
start_server
"${bench[@]}" ingest "${args[@]}" --verify --acks "$work/killed.txt"
kill "$server"; wait "$server" 2>/dev/null || true
