#!/usr/bin/env bash
# Generates a 1M-customer SQLite database in /tmp, then times recognition by phone in-process.
# Usage: scripts/bench-recognition.sh [customers]   (default 1000000; reuses the database if it already has them)
set -euo pipefail
cd "$(dirname "$0")/.."

customers="${1:-1000000}"
db="/tmp/exceed-bench-${customers}.db"
phones="/tmp/exceed-bench-${customers}.phones.txt"
export Exceed__Database__Provider=sqlite
export Exceed__Database__ConnectionString="Data Source=${db}"

dotnet build -c Release src/Exceed.Cli -v quiet -nologo
dotnet build -c Release bench/Exceed.Bench -v quiet -nologo
exceed=(dotnet src/Exceed.Cli/bin/Release/net10.0/exceed.dll)
bench=(dotnet bench/Exceed.Bench/bin/Release/net10.0/bench.dll)

existing=0
if [[ -f "$db" ]] && command -v sqlite3 >/dev/null; then
  existing=$(sqlite3 "$db" 'SELECT count(*) FROM Customers' 2>/dev/null || echo 0)
fi
if (( existing < customers )); then
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== exceed gen --customers ${customers} (SQLite, $(nproc) cores)"
  /usr/bin/time -f "wall %e s, max RSS %M KB" "${exceed[@]}" gen --customers "$customers"
else
  echo "== reusing ${db} (${existing} customers)"
fi

echo "== sampling 10,000 known phones"
"${bench[@]}" phones --count 10000 > "$phones"

echo "== in-process recognition (1 caller), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"${bench[@]}" inproc --phones "$phones" --count 20000 --warmup 5000
echo "== in-process recognition (2 callers)"
"${bench[@]}" inproc --phones "$phones" --count 20000 --warmup 2000 --concurrency 2
