#!/usr/bin/env bash
# The EF compiled models (src/Exceed.Core/Data/Compiled/{Sqlite,Postgres}), one per provider, generated from the code by
# `dotnet ef dbcontext optimize` through each migrations project's design-time factory.
# Usage: scripts/compiled-model.sh update   regenerate both after a model change (commit the result with the migration)
#        scripts/compiled-model.sh check    regenerate into a temp dir and fail if either differs from the committed one
# check reads the Release build as it is (build first); update builds the migrations projects without the old compiled
# models (so a change that breaks them still builds), regenerates, then builds again with the new ones.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
[[ $mode == update || $mode == check ]] || { sed -n '2,8p' "$0" >&2; exit 2; }
without=(-c Release -nologo -v quiet -p:ExceedWithoutCompiledModel=true)

scratch=$(mktemp -d /tmp/exceed-compiled-model.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
failed=0
for provider in Sqlite Postgres; do
  committed=src/Exceed.Core/Data/Compiled/$provider
  out=$scratch/$provider
  [[ $mode == update ]] && dotnet build "src/Exceed.Migrations.$provider" "${without[@]}"
  # NB: for dotnet ef, -c means --context, not --configuration.
  if ! dotnet ef dbcontext optimize --project src/Exceed.Core --startup-project "src/Exceed.Migrations.$provider" --no-build \
      --configuration Release --output-dir "$out" --namespace "Exceed.Core.Data.Compiled.$provider" >"$scratch/$provider.log" 2>&1; then
    cat "$scratch/$provider.log" >&2
    echo "FAILED: dotnet ef dbcontext optimize for $provider (see above)" >&2
    failed=1
    continue
  fi
  # Each generation draws a new random modelId; everything else must match.
  if diff -r -u -I 'modelId: new Guid(' "$committed" "$out" >"$scratch/$provider.diff"; then
    echo "compiled model $provider: up to date"
  elif [[ $mode == update ]]; then
    rm -rf "$committed"
    cp -r "$out" "$committed"
    echo "compiled model $provider: regenerated in $committed"
  else
    head -n 40 "$scratch/$provider.diff" >&2
    echo "FAILED: compiled model $provider is older than the code; regenerate it with: scripts/compiled-model.sh update" >&2
    failed=1
  fi
done
if [[ $mode == update ]]; then
  dotnet build src/Exceed.Migrations.Sqlite -c Release -nologo -v quiet
  dotnet build src/Exceed.Migrations.Postgres -c Release -nologo -v quiet
fi
exit $failed
