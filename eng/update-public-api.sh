#!/usr/bin/env bash
# Regenerates src/Sozialindikatoren/PublicAPI.Unshipped.txt from the compiler's RS0016 diagnostics
# (dotnet format cannot fill it, dotnet/format#1416). Nothing is shipped yet, so Unshipped is the whole API;
# regenerating from scratch also drops removed symbols. Run after changing public API, then commit the file.
set -euo pipefail
cd "$(dirname "$0")/.."
f=src/Sozialindikatoren/PublicAPI.Unshipped.txt
printf '#nullable enable\n' > "$f"
log=$(mktemp)
dotnet build src/Sozialindikatoren/Sozialindikatoren.csproj --no-incremental -p:TreatWarningsAsErrors=false -p:GenerateDocumentationFile=true >"$log" 2>&1 || true
grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
  | sed -e "s/^RS0016: Symbol '//" -e "s/' is not part of the declared public API$//" \
  | LC_ALL=C sort -u >> "$f"
rm -f "$log"
echo "$(($(wc -l < "$f") - 1)) public API entries in $f"
