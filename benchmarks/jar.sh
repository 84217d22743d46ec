# Sourced by run.sh and ratios.sh, with $here set to the benchmarks directory: sets $root (the project)
# and $jar (benchmarks/target/benchmarks.jar), building the jar first if it is missing.
root="$(cd "$here/.." && pwd)"
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi
