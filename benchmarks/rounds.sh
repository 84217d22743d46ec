# Sourced by ratios.sh and scoreall-rounds.sh, with $here (the benchmarks directory), $out (where the rounds' JSON
# goes), $default_rounds and $default_jmh_opts set: takes ROUNDS, FIRST_ROUND, JMH_OPTS and COMPACT from the
# environment (COMPACT=1 adds JMH's -gc true: a full collection before every iteration, see BENCHMARKS.md, "the
# heap's layout"), finds or builds the jar ($jar), and clears the earlier rounds in $out when the first round is 1.
ROUNDS="${ROUNDS:-$default_rounds}"
FIRST_ROUND="${FIRST_ROUND:-1}"
JMH_OPTS="${JMH_OPTS:-$default_jmh_opts}"
if [[ "${COMPACT:-0}" == 1 ]]; then
  JMH_OPTS="$JMH_OPTS -gc true"
fi

# shellcheck source=benchmarks/jar.sh
source "$here/jar.sh"
mkdir -p "$out"
if ((FIRST_ROUND == 1)); then
  rm -f "$out"/round-*.json
fi
