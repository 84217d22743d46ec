#!/usr/bin/env bash
# Runs the Circular benchmark set (issue 11) with modest JMH settings and prints a summary.
#
#   benchmarks/run.sh            # modest: -f 1 -wi 3 -i 6 -w 2s -r 2s   (about 6 min on 2 cores)
#   JMH_OPTS="-f 3 -wi 5 -i 10 -w 5s -r 5s" benchmarks/run.sh   # the full settings (about 1 h)
#   MEMORY_ITEMS=1000000 benchmarks/run.sh                        # a shorter memory check
#
# Writes benchmarks/target/jmh-result.json (JMH's JSON), benchmarks/target/memory-check.txt and
# benchmarks/target/summary.md. Needs java 17 and python3 (for the summary only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target"
JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -i 6 -w 2s -r 2s}"
MEMORY_ITEMS="${MEMORY_ITEMS:-10000000}"

# shellcheck source=benchmarks/jar.sh
source "$here/jar.sh"
mkdir -p "$out"

echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1

echo "== JMH ($JMH_OPTS)"
# shellcheck disable=SC2086
java -jar "$jar" 'PilotScoringBenchmark|EasyRulesBenchmark|ScoreAllBenchmark' $JMH_OPTS \
  -rf json -rff "$out/jmh-result.json"

echo "== memory: $MEMORY_ITEMS streamed items with -Xmx256m"
java -Xmx256m -cp "$jar" io.github.circularj.benchmarks.StreamingMemoryCheck "$MEMORY_ITEMS" \
  2>/dev/null | tee "$out/memory-check.txt"

echo "== events per item"
java -cp "$jar" io.github.circularj.benchmarks.LedgerCounts 10000 100000 2>/dev/null | tee "$out/ledger-counts.txt"

python3 "$here/summary.py" "$out/jmh-result.json" "$out/ledger-counts.txt" | tee "$out/summary.md"
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
