#!/usr/bin/env bash
# How the rounds in this directory were taken (2026-12-06): LedgerImportBenchmark's raw scan and import, the import
# once with the jar of c1c74a9 (old) and once with the one-pass text check (new), each with 4 KB pages (plain) and
# with transparent huge pages (huge); one fork each per round, the order rotating. Jars built beforehand into
# /tmp/bench-old.jar and /tmp/bench-new.jar. Run from the project's root.
set -euo pipefail
out=benchmarks/target/import-huge
mkdir -p "$out"
runs=("plain rawScan new" "plain importJsonLines old" "plain importJsonLines new"
  "huge rawScan new" "huge importJsonLines old" "huge importJsonLines new")
for r in 1 2 3; do
  for k in 0 1 2 3 4 5; do
    read -r pages b code <<<"${runs[$(((k + 2 * (r - 1)) % 6))]}"
    extra=()
    if [[ $pages == huge ]]; then extra=(-jvmArgsAppend -XX:+UseTransparentHugePages); fi
    java -jar "/tmp/bench-$code.jar" "LedgerImportBenchmark.$b\$" -f 1 -wi 4 -i 5 -w 3s -r 3s "${extra[@]}" \
      -rf json -rff "$out/round-$r-$pages-$b-$code.json" 2>&1 | grep -E "^LedgerImport|ledger file" \
      | sed "s/^/r$r $pages $code /"
  done
done
