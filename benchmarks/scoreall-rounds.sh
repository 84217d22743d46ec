#!/usr/bin/env bash
# scoreAll on 1 thread and on 2 (issue 26's goal: 2 threads at least 1.8x as fast), in paired rounds: each round
# runs ScoreAllBenchmark at threads=1 and at threads=2, one JVM fork each, in an order that alternates from round
# to round, so that the machine's drift falls on both alike. scoreall.py takes each fork's mean as one observation
# and gives the ratio of the means (1 thread / 2 threads) with a 95 % bootstrap interval, as ratios.py does.
#
#   benchmarks/scoreall-rounds.sh                 # 6 rounds (about 2 minutes each on 2 cores)
#   ROUNDS=8 COMPACT=1 benchmarks/scoreall-rounds.sh   # a full collection before every iteration (JMH's -gc true),
#                                                       # as ratios.sh's COMPACT=1 (BENCHMARKS.md, "the heap's layout")
#   FIRST_ROUND=7 benchmarks/scoreall-rounds.sh   # more rounds, added to those already in target
#
# Writes benchmarks/target/scoreall/round-R-tT.json and benchmarks/target/scoreall/summary.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target/scoreall"
default_rounds=6
default_jmh_opts="-f 1 -wi 5 -i 5 -w 2s -r 2s"
# shellcheck source=benchmarks/rounds.sh
source "$here/rounds.sh"
echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for ((r = FIRST_ROUND; r < FIRST_ROUND + ROUNDS; r++)); do
  for t in 1 2; do
    if ((r % 2 == 0)); then t=$((3 - t)); fi # alternate which runs first
    echo "== round $r: scoreAll on $t thread(s) ($JMH_OPTS)"
    # shellcheck disable=SC2086
    java -jar "$jar" 'ScoreAllBenchmark.scoreAll$' -p threads="$t" $JMH_OPTS -rf json -rff "$out/round-$r-t$t.json" \
      | grep -E '^ScoreAll' || true
  done
done
python3 "$here/scoreall.py" "$out" | tee "$out/summary.md"
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
