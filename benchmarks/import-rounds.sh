#!/usr/bin/env bash
# Import of the JSON Lines format against its limit, Jackson's raw token scan of the same bytes (issue 19's
# floors: import at most 2.5x the scan, at least 1,000,000 events a second), in paired rounds: each round runs
# LedgerImportBenchmark's rawScan and importJsonLines, one JVM fork each, in an order that alternates from round
# to round. imports.py takes each fork's mean as one observation, as ratios.py does.
#
#   benchmarks/import-rounds.sh                  # 4 rounds (about 3 minutes each on 2 cores)
#   HUGE=1 benchmarks/import-rounds.sh           # transparent huge pages for every fork (BENCHMARKS.md, "huge pages")
#   FIRST_ROUND=5 benchmarks/import-rounds.sh    # more rounds, added to those already in target
#
# Writes benchmarks/target/import-rounds/round-R-NAME.json, events.txt (the file's size and events, as each fork
# prints them) and summary.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/target/import-rounds"
default_rounds=4
default_jmh_opts="-f 1 -wi 4 -i 5 -w 3s -r 3s"
# shellcheck source=benchmarks/rounds.sh
source "$here/rounds.sh"
if ((FIRST_ROUND == 1)); then
  rm -f "$out/log.txt"
fi
echo "== machine: $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
for ((r = FIRST_ROUND; r < FIRST_ROUND + ROUNDS; r++)); do
  order="rawScan importJsonLines"
  if ((r % 2 == 0)); then order="importJsonLines rawScan"; fi # alternate which runs first
  for b in $order; do
    echo "== round $r: $b ($JMH_OPTS)"
    # shellcheck disable=SC2086
    java -jar "$jar" "LedgerImportBenchmark.$b\$" $JMH_OPTS -rf json -rff "$out/round-$r-$b.json" 2>&1 \
      | grep -E '^LedgerImport|^ledger file' | tee -a "$out/log.txt" | grep -v '^ledger file' || true
  done
done
grep -h '^ledger file' "$out/log.txt" | sort -u > "$out/events.txt"
python3 "$here/imports.py" "$out" | tee "$out/summary.md"
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
