#!/usr/bin/env bash
# Ingest through the API channel: sustained messages/s, then a kill -9 mid-load and a count of what was acknowledged.
# Usage: scripts/bench-ingest.sh sqlite|postgres [seconds] [concurrency]
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
  export Exceed__Database__Provider=postgres Exceed__Database__ConnectionString="${EXCEED_TEST_POSTGRES/Database=postgres/Database=exceed_ingest}"
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
start_server
channel=$(curl -sf -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d '{"name":"bench","senderKind":"weChat"}' \
  "http://127.0.0.1:$port/api/v1/channels" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
args=(--url "http://127.0.0.1:$port" --api-key "$key" --channel "$channel" --concurrency "$loops")

echo "== $provider: warm-up 5 s, then ${seconds} s of load, $loops concurrent senders, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" ingest "${args[@]}" --duration 5 --acks "$work/warm.txt" >/dev/null
cpu_before=$(server_cpu)
"${bench[@]}" ingest "${args[@]}" --duration "$seconds" --acks "$work/acks.txt"
# The server's own CPU per message: a steadier yardstick than messages/s when other work shares the cores.
echo "server CPU per acknowledged message: $(python3 -c "print(f'{($(server_cpu) - $cpu_before) * 1000 / max(1, $(wc -l <"$work/acks.txt")):.2f} ms')")"

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
