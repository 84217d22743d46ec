#!/usr/bin/env bash
# How the rounds in this directory were taken (2026-12-06): ScoreAllBenchmark on 1 and 2 threads, each with 4 KB
# pages (plain) and with transparent huge pages (huge), one fork each per round, the order rotating, so that the
# machine's phases fall on the four alike. Run from the project's root after building the jar. To analyse, copy the
# round-R-tT-plain.json and round-R-tT-huge.json files into two directories as round-R-tT.json and give each to
# benchmarks/scoreall.py (summary.md here).
set -euo pipefail
out=benchmarks/target/scoreall-paired
mkdir -p "$out"
runs=("plain 1" "huge 2" "plain 2" "huge 1")
for r in 1 2 3 4; do
  for k in 0 1 2 3; do
    read -r pages t <<<"${runs[$(((k + r - 1) % 4))]}"
    extra=()
    if [[ $pages == huge ]]; then extra=(-jvmArgsAppend -XX:+UseTransparentHugePages); fi
    java -jar benchmarks/target/benchmarks.jar 'ScoreAllBenchmark.scoreAll$' -p threads="$t" -f 1 -wi 5 -i 5 -w 2s -r 2s \
      "${extra[@]}" -rf json -rff "$out/round-$r-t$t-$pages.json" 2>&1 | grep -E '^ScoreAll' | sed "s/^/r$r $pages /"
  done
done
