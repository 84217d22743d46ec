#!/usr/bin/env bash
# Measures the two ratio targets of issue 11 (engine / hand loop <= 1.3, Easy Rules / engine >= 20) in
# paired rounds, so that the slow drift of a shared machine's speed falls on all three alike.
#
#   benchmarks/ratios.sh          # 5 rounds (about 20 minutes on 2 cores)
#   ROUNDS=3 benchmarks/ratios.sh
#   FIRST_ROUND=6 benchmarks/ratios.sh   # 5 more rounds, numbered 6-10, added to those already in target
#   DROOLS=1 ROUNDS=4 benchmarks/ratios.sh   # Drools' stateless session as a fourth (issue 26; each round ~5 min)
#   COMPACT=1 benchmarks/ratios.sh   # a full collection before every iteration (JMH's -gc true): each fork scores
#                                    # the ledger compacted in allocation order, not strewn among the generator's
#                                    # garbage; see BENCHMARKS.md, "the heap's layout"
#
# Each round runs the engine, the hand loop and Easy Rules at 100,000 items, one JVM fork each, one after
# the other, in an order that rotates from round to round (so no benchmark always runs first or last).
# ratios.py then takes each fork's mean as one observation (forks differ far more than the iterations
# within a fork) and gives the ratios of the means over all forks with 95 % bootstrap intervals. Writes
# benchmarks/target/ratios/round-R-NAME.json and benchmarks/target/ratios/summary.md; earlier results
# can be pooled with `python3 benchmarks/ratios.py DIR-OR-JSON...`.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target/ratios"
default_rounds=5
default_jmh_opts="-f 1 -wi 5 -i 5 -w 5s -r 5s"
# shellcheck source=benchmarks/rounds.sh
source "$here/rounds.sh"

declare -A pattern=(
  [engine]='PilotScoringBenchmark.engine$'
  [handLoop]='PilotScoringBenchmark.handLoop$'
  [easyRules]='EasyRulesBenchmark.easyRules$'
  [drools]='DroolsBenchmark.droolsStateless$'
)
orders=("engine handLoop easyRules" "handLoop easyRules engine" "easyRules engine handLoop")
if [[ "${DROOLS:-0}" == 1 ]]; then # issue 26: Drools' stateless session (the faster of its two) as a fourth
  orders=("engine handLoop easyRules drools" "handLoop easyRules drools engine" "easyRules drools engine handLoop"
    "drools engine handLoop easyRules")
fi

echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
for ((r = FIRST_ROUND; r < FIRST_ROUND + ROUNDS; r++)); do
  for name in ${orders[$(((r - 1) % ${#orders[@]}))]}; do
    echo "== round $r: $name ($JMH_OPTS)"
    # shellcheck disable=SC2086
    java -jar "$jar" "${pattern[$name]}" -p items=100000 $JMH_OPTS \
      -rf json -rff "$out/round-$r-$name.json" | grep -E '^(Benchmark +\(|PilotScoring|EasyRules|Drools)' || true
  done
done
python3 "$here/ratios.py" "$out" | tee "$out/summary.md"
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
