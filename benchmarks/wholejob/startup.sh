#!/usr/bin/env bash
# Start-up timing of docs/performance.md ("Start-up: Native AOT tool"): 20 runs of a command, wall time per run from
# `date +%s%N` (hyperfine is not installed here). Usage: benchmarks/wholejob/startup.sh LABEL COMMAND [ARGS...]
# e.g. startup.sh AOT ~/.dotnet/tools/sozialindikatoren --help;  startup.sh JIT dotnet path/Sozialindikatoren.Cli.dll --help
set -uo pipefail
label="$1"; shift
ts=()
for _ in $(seq 1 20); do
  s=$(date +%s%N); "$@" > /dev/null 2>&1; e=$(date +%s%N)
  ts+=($(( (e - s) / 1000000 )))
done
printf '%s\n' "${ts[@]}" | sort -n | awk -v l="$label" '{a[NR]=$1; s+=$1}
  END {printf "%-28s min %4d ms  median %4d ms  mean %6.1f ms  max %4d ms\n", l, a[1], (a[10]+a[11])/2, s/NR, a[NR]}'
