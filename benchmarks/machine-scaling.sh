#!/usr/bin/env bash
# What this machine gives a second thread (issue 26): MachineScalingBenchmark's four kinds of work on 1 thread and
# on 2 threads at once (each thread on its own data), and scoreAll on 1 and 2 threads, in alternating rounds.
# The speed-up of two threads is 2 x time(1 thread) / time(2 threads) for the machine's work, and
# time(1) / time(2) for scoreAll (whose 2 threads share one scoring). About 4 minutes a round on 2 cores.
#
#   benchmarks/machine-scaling.sh        # 2 rounds
#   ROUNDS=4 benchmarks/machine-scaling.sh
#
# Writes benchmarks/target/machine-scaling/round-R-tT.json and prints a table of speed-ups per round.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target/machine-scaling"
ROUNDS="${ROUNDS:-2}"

# shellcheck source=benchmarks/jar.sh
source "$here/jar.sh"
mkdir -p "$out"
rm -f "$out"/round-*.json
echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for ((r = 1; r <= ROUNDS; r++)); do
  for t in 1 2; do
    if ((r % 2 == 0)); then t=$((3 - t)); fi # alternate which runs first
    echo "== round $r: MachineScalingBenchmark, $t thread(s)"
    java -jar "$jar" 'MachineScalingBenchmark' -t "$t" -rf json -rff "$out/round-$r-t$t.json" >/dev/null
  done
  echo "== round $r: ScoreAllBenchmark, 1 and 2 threads"
  java -jar "$jar" 'ScoreAllBenchmark' -wi 5 -i 5 -w 2s -r 2s -rf json -rff "$out/round-$r-scoreall.json" >/dev/null
done
python3 - "$out" "$ROUNDS" <<'PY'
import json, sys
out, rounds = sys.argv[1], int(sys.argv[2])
print("| round | compute | pointer chase | stream | ledger walk | scoreAll |")
print("| ---: | ---: | ---: | ---: | ---: | ---: |")
for r in range(1, rounds + 1):
    one = {b["benchmark"].split(".")[-1]: b["primaryMetric"]["score"] for b in json.load(open(f"{out}/round-{r}-t1.json"))}
    two = {b["benchmark"].split(".")[-1]: b["primaryMetric"]["score"] for b in json.load(open(f"{out}/round-{r}-t2.json"))}
    sa = {b["params"]["threads"]: b["primaryMetric"]["score"] for b in json.load(open(f"{out}/round-{r}-scoreall.json"))}
    cells = [f"{2 * one[k] / two[k]:.2f}x" for k in ("compute", "pointerChase", "stream", "walkLedger")]
    print(f"| {r} | " + " | ".join(cells) + f" | {sa['1'] / sa['2']:.2f}x |")
PY
