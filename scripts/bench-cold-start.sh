#!/usr/bin/env bash
# Cold start to first page: starts the published web app on a database, waits for the sign-in page to answer 200,
# prints the milliseconds it took, the CPU time the process had used by then (user + system: steadier than the wall
# time when other work shares the cores) and its resident memory, then stops it.
# Usage: [EXCEED_WEB_DLL=...] scripts/bench-cold-start.sh [sqlite-file]   (default: a fresh empty file, so migrations and demo data run)
set -euo pipefail
cd "$(dirname "$0")/.."
# EXCEED_WEB_DLL picks the build to time, e.g. a ReadyToRun publish: dotnet publish src/Exceed.Web -c Release -r linux-x64 -o /tmp/exceed-r2r
dll=${EXCEED_WEB_DLL:-src/Exceed.Web/bin/Release/net10.0/Exceed.Web.dll}
[[ -f $dll ]] || dotnet build -c Release src/Exceed.Web -v quiet -nologo >/dev/null
db=${1:-$(mktemp -u /tmp/exceed-cold.XXXXXX.db)}
port=$((20000 + RANDOM % 20000))
start=$(date +%s%N)
Exceed__Database__ConnectionString="Data Source=$db" Exceed__Bootstrap__AdminPassword=cold-start-1 \
  dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; [[ -n "${1:-}" ]] || rm -f "$db" "$db-wal" "$db-shm"' EXIT
until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/account/login" || true) == 200 ]]; do
  kill -0 $pid 2>/dev/null || { echo "the app exited before answering" >&2; exit 1; }
  sleep 0.02
done
end=$(date +%s%N)
rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' /proc/$pid/stat)
echo "first page after $(( (end - start) / 1000000 )) ms, CPU $cpu ms, RSS $((rss / 1024)) MB"
