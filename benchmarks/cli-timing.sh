#!/usr/bin/env bash
# Times `circular score` as a whole process on the committed synthetic sample (issue 26, "file to report"):
# a fresh JVM each run, reading examples/data/*.jsonl, scoring every enterprise and writing the report site.
#
#   benchmarks/cli-timing.sh            # 10 runs
#   RUNS=20 benchmarks/cli-timing.sh
#
# Prints each run's wall-clock time and the minimum, median and maximum, as Markdown. Builds
# circular-cli/target/circular.jar first if it is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
jar="$root/circular-cli/target/circular.jar"
RUNS="${RUNS:-10}"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -B -q -pl circular-cli -am package -DskipTests)
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
files=("$root"/examples/data/*.jsonl)
items=0
for f in "${files[@]}"; do
  items=$((items + $(grep -c '"type":"ITEM"' "$f" || true)))
done
echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "== circular score ${#files[@]} files ($items items) --as-of 2025-12-31 --out DIR, $RUNS runs"
times=()
for ((r = 1; r <= RUNS; r++)); do
  rm -rf "$out/site"
  start=$(date +%s%N)
  java -jar "$jar" score "${files[@]}" --as-of 2025-12-31 --out "$out/site" -q > /dev/null
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  times+=("$ms")
  echo "run $r: $ms ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if ((n % 2 == 1)); then
  median=${sorted[$((n / 2))]}
else
  median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
fi
echo
echo "| runs | min (ms) | median (ms) | max (ms) |"
echo "| ---: | ---: | ---: | ---: |"
echo "| $n | ${sorted[0]} | $median | ${sorted[$((n - 1))]} |"
