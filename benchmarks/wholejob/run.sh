#!/usr/bin/env bash
# Whole-job timings of docs/performance.md ("Whole jobs"): the built CLI run directly, as an installed tool runs it.
# Usage: benchmarks/wholejob/run.sh [DATA_FOLDER] [CLI]   (build first: dotnet build src/Sozialindikatoren.Cli -c Release)
# CLI is the built Sozialindikatoren.Cli.dll (run with dotnet, the JIT tool) or an installed tool's executable, e.g. the
# Native AOT tool that .ci/run installs into artifacts/aot-tool/sozialindikatoren.
# Prints one line per job: wall seconds, peak resident memory (MB), the job. Inputs from generate.py (seeded).
# PEERS=1 also times the base R peer of the three `rates` jobs (peers/rates.R; needs Rscript, e.g. the Debian package
# r-base-core) on the same input, right after this project's jobs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${1:-$here/data}"
dll="${2:-$here/../../src/Sozialindikatoren.Cli/bin/Release/net10.0/Sozialindikatoren.Cli.dll}"
[ -f "$data/rates_1m.csv" ] || python3 "$here/generate.py" "$data"
out="$(mktemp -d)"
if [[ "$dll" == *.dll ]]; then run=(dotnet "$dll"); else run=("$dll"); fi
job() {
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "${run[@]}" "$@" > /dev/null 2> "$out/err" || { cat "$out/err"; exit 1; }
  read -r secs kb < "$out/time"
  printf '%8.2f s %8.0f MB  %s\n' "$secs" "$((kb / 1024))" "$name"
}
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
job "--help" --help
job "rates wilson 1M" rates --input "$data/rates_1m.csv" --method wilson --out "$out/r.csv"
job "rates exact 1M" rates --input "$data/rates_1m.csv" --method exact --out "$out/r.csv"
job "rates byar 1M" rates --input "$data/rates_1m.csv" --method byar --out "$out/r.csv"
job "index 11000x50" index --data "$data/index_data.csv" --meta "$data/index_meta.csv" \
  --impute groupmean:Region --screen-threshold 0.9 --treat default --normalise minmax:0:100 --aggregate amean --out "$out/i.csv"
job "access 2sfca binary r30" access --demand "$data/access_demand.csv" --supply "$data/access_supply.csv" \
  --coordinates planar --method 2sfca --radius 30 --out "$out/a.csv"
job "access 2sfca gaussian r30" access --demand "$data/access_demand.csv" --supply "$data/access_supply.csv" \
  --coordinates planar --method 2sfca --radius 30 --decay gaussian:10 --out "$out/a.csv"
if [ "${PEERS:-0}" = 1 ]; then
  command -v Rscript > /dev/null || { echo "PEERS=1 needs Rscript (apt-get install r-base-core)"; exit 1; }
  run=(Rscript "$here/peers/rates.R")
  for m in wilson exact byar; do job "base R rates $m 1M" "$data/rates_1m.csv" "$m" "$out/rr.csv"; done
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$out"
