#!/bin/bash
cd /work/main
J=benchmarks/target/benchmarks.jar
for r in 1 2 3 4 5 6; do
  if (( r % 2 == 1 )); then order="1 2"; else order="2 1"; fi
  for t in $order; do
    java -jar $J 'ScoreAllBenchmark' -p threads=$t -f 1 -wi 3 -i 5 -w 2s -r 2s -rf json -rff /tmp/bench2/scoreall-r$r-t$t.json > /tmp/bench2/scoreall-r$r-t$t.log 2>&1
  done
done
echo done > /tmp/bench2/done
