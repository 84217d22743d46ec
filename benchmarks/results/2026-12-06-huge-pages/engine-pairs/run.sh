#!/bin/bash
cd /work/main
for i in 1 2 3; do
 for v in plain thp; do
  extra=""
  [ $v = thp ] && extra="-jvmArgsAppend -XX:+UseTransparentHugePages"
  java -jar benchmarks/target/benchmarks.jar 'PilotScoringBenchmark.engine$' -p items=100000 -f 1 -wi 3 -i 4 -w 3s -r 3s $extra -rf json -rff /tmp/thp/$i-$v.json 2>&1 | grep -E "^Iteration|^PilotScoring" | sed "s/^/$i $v /"
  grep AnonHuge /proc/meminfo
 done
done
