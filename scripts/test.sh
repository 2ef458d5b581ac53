#!/usr/bin/env bash
# Exceed's single test command (CI runs it through .ci/run).
#
#  1. apt-installs what is missing (postgresql 15, redis-server, chromium, fonts-noto-cjk,
#     libopencc-data, dovecot-imapd, dovecot-lmtpd, postfix) - see scripts/services.sh
#  2. starts private PostgreSQL, Redis, dovecot and postfix on free loopback ports and exports
#     EXCEED_TEST_POSTGRES, EXCEED_TEST_REDIS, EXCEED_TEST_CHROMIUM, EXCEED_TEST_IMAP(S), EXCEED_TEST_SMTP, ...
#  3. dotnet tool restore; dotnet build Exceed.slnx -c Release
#  4. fails if an EF model change has no migration (Sqlite and Postgres migration projects), or if a
#     compiled model (src/Exceed.Core/Data/Compiled) is older than the code (scripts/compiled-model.sh check)
#  5. runs every tests/*/*.csproj, sums the TRX counters
#  6. last line of output: "N passed, N failed, N skipped"
#
# Services are stopped and temp dirs removed on success, failure and Ctrl-C.
# Knobs: EXCEED_TEST_RESULTS (TRX dir, default TestResults/run under the repo),
#        EXCEED_TEST_HANG_TIMEOUT (per-test hang timeout handed to vstest, default 15m),
#        EXCEED_SKIP_APT=1 (do not check/install apt packages).

set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

# shellcheck source=scripts/services.sh
source "$ROOT/scripts/services.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

RESULTS=${EXCEED_TEST_RESULTS:-$ROOT/TestResults/run}
WORK=$(mktemp -d /tmp/exceed-test.XXXXXX)
export EXCEED_APT_LOG=$WORK/apt.log
T0=$SECONDS

say() { printf '==> %s\n' "$*"; }
elapsed() { echo "$((SECONDS - $1))s"; }

# Long dotnet steps run as a background child + `wait`, so a TERM/INT to this script runs
# the trap at once (bash defers traps until a *foreground* child exits). cleanup then
# signals that child's process tree (only our own descendants, found via /proc).
CHILD=
run() {
  "$@" </dev/null &
  CHILD=$!
  wait "$CHILD"
  local rc=$?
  CHILD=
  return "$rc"
}
_descendants() { # prints the pids of all descendants of $1 (one /proc pass, no forks)
  local p line ppid queue=("$1") cur
  local -A kids=()
  for p in /proc/[0-9]*; do
    read -r line 2>/dev/null <"$p/stat" || continue
    line=${line##*) }
    read -r _ ppid _ <<<"$line"
    kids[$ppid]+=" ${p#/proc/}"
  done
  while ((${#queue[@]})); do
    cur=${queue[0]}; queue=("${queue[@]:1}")
    for p in ${kids[$cur]:-}; do echo "$p"; queue+=("$p"); done
  done
}
kill_child_tree() {
  [[ -n "$CHILD" ]] || return 0
  local pids
  pids=$(_descendants "$CHILD"; echo "$CHILD")
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null
  local i
  for i in $(seq 1 30); do
    kill -0 $pids 2>/dev/null || break # true while any is alive
    sleep 0.1
  done
  kill -KILL $pids 2>/dev/null
  CHILD=
}

CLEANED=0
cleanup() {
  ((CLEANED)) && return 0
  CLEANED=1
  kill_child_tree
  exceed_services_stop >/dev/null 2>&1
  # In CI nothing should outlive the job (compiler server, msbuild nodes).
  if [[ "${CI:-}" == "true" ]]; then dotnet build-server shutdown >/dev/null 2>&1; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo; echo "interrupted" >&2; exit 130' INT
trap 'echo "terminated" >&2; exit 143' TERM

# Final report: stop services first so the summary really is the last line.
finish() { # $1 = exit code, $2.. = summary line
  local rc=$1; shift
  cleanup
  echo "$*"
  exit "$rc"
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "ERROR: dotnet not found on PATH (the .NET 10 SDK is expected to be preinstalled)" >&2
  finish 1 "0 passed, 1 failed, 0 skipped"
fi

# ---------------------------------------------------------------- 1. packages
if [[ "${EXCEED_SKIP_APT:-}" != 1 ]]; then
  t=$SECONDS
  if ! exceed_install_packages; then
    echo "ERROR: could not install apt packages" >&2
    finish 1 "0 passed, 1 failed, 0 skipped"
  fi
  say "packages ready ($(elapsed "$t"))"
fi

# ---------------------------------------------------------------- 2. services
t=$SECONDS
if ! exceed_services_start; then
  echo "ERROR: could not start test services" >&2
  finish 1 "0 passed, 1 failed, 0 skipped"
fi
say "services up ($(elapsed "$t")): postgres 127.0.0.1:$EXCEED_PG_PORT, redis $EXCEED_TEST_REDIS, imap $EXCEED_TEST_IMAP, smtp $EXCEED_TEST_SMTP, chromium $EXCEED_TEST_CHROMIUM"
say "EXCEED_TEST_POSTGRES=$EXCEED_TEST_POSTGRES"

# ---------------------------------------------------------------- 3. build
t=$SECONDS
say "dotnet tool restore"
if ! run dotnet tool restore; then
  echo "ERROR: dotnet tool restore failed" >&2
  finish 1 "0 passed, 1 failed, 0 skipped"
fi

if [[ -f Exceed.slnx ]]; then
  say "dotnet build Exceed.slnx -c Release"
  if ! run dotnet build Exceed.slnx -c Release -nodeReuse:false; then
    echo "ERROR: build failed" >&2
    finish 1 "0 passed, 1 failed, 0 skipped"
  fi
else
  echo "ERROR: Exceed.slnx not found in $ROOT" >&2
  finish 1 "0 passed, 1 failed, 0 skipped"
fi
say "build ok ($(elapsed "$t"))"

# ---------------------------------------------------------------- 4. migrations
MIGRATION_FAILURES=0
for provider in Sqlite Postgres; do
  proj=src/Exceed.Migrations.$provider
  if [[ ! -f $proj/Exceed.Migrations.$provider.csproj ]]; then
    say "migrations check $provider: skipped ($proj/Exceed.Migrations.$provider.csproj not present)"
    continue
  fi
  if [[ ! -d $proj/Migrations ]]; then
    say "migrations check $provider: skipped (no $proj/Migrations folder yet)"
    continue
  fi
  # --no-build needs the Release output; build the project if the solution did not.
  if ! compgen -G "$proj/bin/Release/*/Exceed.Migrations.$provider.dll" >/dev/null; then
    run dotnet build "$proj" -c Release -nodeReuse:false || { MIGRATION_FAILURES=$((MIGRATION_FAILURES + 1)); continue; }
  fi
  t=$SECONDS
  # NB: for dotnet ef, -c means --context, not --configuration.
  if run dotnet ef migrations has-pending-model-changes --project "$proj" --no-build --configuration Release >"$WORK/ef-$provider.log" 2>&1; then
    say "migrations check $provider: ok ($(elapsed "$t"))"
  else
    cat "$WORK/ef-$provider.log"
    if grep -q 'Changes have been made to the model' "$WORK/ef-$provider.log"; then
      echo "FAILED: migrations check $provider: the model has changes without a migration; add one with:" >&2
      echo "  dotnet ef migrations add NAME --project $proj" >&2
    else
      echo "FAILED: migrations check $provider: dotnet ef migrations has-pending-model-changes failed (see above)" >&2
    fi
    MIGRATION_FAILURES=$((MIGRATION_FAILURES + 1))
  fi
done

t=$SECONDS
if run scripts/compiled-model.sh check; then
  say "compiled model check: ok ($(elapsed "$t"))"
else
  echo "FAILED: compiled model check: regenerate with scripts/compiled-model.sh update and commit the result" >&2
  MIGRATION_FAILURES=$((MIGRATION_FAILURES + 1))
fi

# ---------------------------------------------------------------- 5. tests
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# Prints "passed failed skipped" from one TRX file's <Counters .../> element.
# failed includes error. skipped = notExecuted, but the VSTest TRX logger leaves
# notExecuted at 0 for xunit skips (they only show as total - executed), so take the larger.
trx_counts() {
  local counters p f e s total executed
  counters=$(tr '\n\r' '  ' <"$1" | grep -o '<Counters[^>]*>' | head -n1)
  _trx_attr() { sed -n "s/.*[[:space:]]$1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  p=$(_trx_attr passed); f=$(_trx_attr failed); e=$(_trx_attr error); s=$(_trx_attr notExecuted)
  total=$(_trx_attr total); executed=$(_trx_attr executed)
  p=${p:-0} f=${f:-0} e=${e:-0} s=${s:-0} total=${total:-0} executed=${executed:-0}
  if ((total - executed > s)); then s=$((total - executed)); fi
  echo "$p $((f + e)) $s"
}

shopt -s nullglob
PROJECTS=(tests/*/*.csproj)
shopt -u nullglob
PROJECT_FAILURES=()
SUMMARY=()

if ((${#PROJECTS[@]} == 0)); then
  echo "WARNING: no test projects found (tests/*/*.csproj)" >&2
fi

for proj in "${PROJECTS[@]}"; do
  name=$(basename "$proj" .csproj)
  trx=$RESULTS/$name.trx
  rm -f "$trx"
  say "dotnet test $proj"
  t=$SECONDS
  run dotnet test "$proj" -c Release --no-build \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
    --blame-hang-timeout "${EXCEED_TEST_HANG_TIMEOUT:-15m}" --blame-hang-dump-type none
  rc=$?
  if [[ ! -f "$trx" ]]; then
    hint=""
    compgen -G "$(dirname "$proj")/bin/Release/*/$name.dll" >/dev/null || hint=" [no Release build output: is it in Exceed.slnx?]"
    line="FAIL  $name: no TRX produced (dotnet test exit $rc)$hint - counted as 1 failed"
    PROJECT_FAILURES+=("$name")
  else
    read -r p f s < <(trx_counts "$trx")
    if ((rc != 0 && f == 0)); then
      line="FAIL  $name: dotnet test exit $rc with $p passed, 0 failed, $s skipped (aborted run?) - counted as 1 failed"
      PROJECT_FAILURES+=("$name")
    elif ((f > 0)); then
      line="FAIL  $name: $p passed, $f failed, $s skipped ($(elapsed "$t"))"
    else
      line="ok    $name: $p passed, $f failed, $s skipped ($(elapsed "$t"))"
    fi
  fi
  echo "$line"
  SUMMARY+=("$line")
done

# ---------------------------------------------------------------- 6. summary
PASSED=0 FAILED=0 SKIPPED=0
while IFS= read -r -d '' trx; do
  read -r p f s < <(trx_counts "$trx")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + s))
done < <(find "$RESULTS" -name '*.trx' -print0)
FAILED=$((FAILED + ${#PROJECT_FAILURES[@]}))

echo
say "summary (total $(elapsed "$T0"), TRX files in $RESULTS)"
for line in "${SUMMARY[@]}"; do echo "  $line"; done
((MIGRATION_FAILURES > 0)) && echo "  FAIL  model checks: $MIGRATION_FAILURES failed (pending model changes, stale compiled model or dotnet ef error, see above)"

RC=0
if ((FAILED > 0 || MIGRATION_FAILURES > 0)); then
  RC=1
fi
if ((PASSED + FAILED + SKIPPED == 0)); then
  echo "ERROR: zero tests ran - treating as failure" >&2
  RC=1
fi
finish "$RC" "$PASSED passed, $FAILED failed, $SKIPPED skipped"
