#!/usr/bin/env bash
# Items a second through circular-flink's PilotScoringJob on a local environment against ComplianceEngine.scoreAll
# on the same ledger files (FlinkThroughput). Flink is not shaded into benchmarks.jar: its class path comes from
# Maven. Arguments: enterprises, items per enterprise, runs, parallelism, warm-up runs (defaults 4 25000 5 2 0).
# BATCH=1 runs the job in batch mode, as its main does; by default it runs in streaming mode.
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor run, so that the sibling modules resolve to this checkout's builds; benchmarks is the last module, so
# its class path is the one left in the file
./mvnw -B -q -o -pl benchmarks -am package dependency:build-classpath -DskipTests -Dmaven.javadoc.skip \
    -Dmdep.outputFile="$PWD/benchmarks/target/flink.classpath" >/dev/null
opens="--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED"
for p in java.lang java.net java.io java.nio sun.nio.ch java.lang.reflect java.text java.time java.util \
    java.util.concurrent java.util.concurrent.atomic java.util.concurrent.locks; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java -Xmx2g ${BATCH:+-Dflink.batch=true} $opens -cp "benchmarks/target/classes:$(cat benchmarks/target/flink.classpath)" \
    io.github.circularj.benchmarks.FlinkThroughput "$@"
