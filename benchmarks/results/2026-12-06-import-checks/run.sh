#!/usr/bin/env bash
# How the rounds in this directory were taken (2026-12-06, at 9460168): LedgerImportBenchmark's raw scan and
# import, one fork each per round, the order alternating. Run from the project's root after building the jar.
set -euo pipefail
out=benchmarks/target/import-rounds
mkdir -p "$out"
for r in 1 2 3 4; do
  if ((r % 2 == 1)); then order="rawScan importJsonLines"; else order="importJsonLines rawScan"; fi
  for b in $order; do
    java -jar benchmarks/target/benchmarks.jar "LedgerImportBenchmark.$b\$" -f 1 -wi 4 -i 5 -w 3s -r 3s \
      -rf json -rff "$out/round-$r-$b.json" 2>&1 | grep -E "^LedgerImport|ledger file" | sed "s/^/r$r /"
  done
done
