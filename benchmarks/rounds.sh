# Sourced by ratios.sh and scoreall-rounds.sh, with $here (the benchmarks directory), $out (where the rounds' JSON
# goes), $default_rounds and $default_jmh_opts set: takes ROUNDS, FIRST_ROUND, JMH_OPTS, COMPACT and HUGE from the
# environment (COMPACT=1 adds JMH's -gc true: a full collection before every iteration, see BENCHMARKS.md, "the
# heap's layout"; HUGE=1 gives every fork's heap transparent huge pages, -XX:+UseTransparentHugePages, see
# BENCHMARKS.md, "huge pages"), finds or builds the jar ($jar), and clears the earlier rounds in $out when the
# first round is 1.
ROUNDS="${ROUNDS:-$default_rounds}"
FIRST_ROUND="${FIRST_ROUND:-1}"
JMH_OPTS="${JMH_OPTS:-$default_jmh_opts}"
if [[ "${COMPACT:-0}" == 1 ]]; then
  JMH_OPTS="$JMH_OPTS -gc true"
fi
if [[ "${HUGE:-0}" == 1 ]]; then
  JMH_OPTS="$JMH_OPTS -jvmArgsAppend -XX:+UseTransparentHugePages"
fi

# shellcheck source=benchmarks/jar.sh
source "$here/jar.sh"
mkdir -p "$out"
if ((FIRST_ROUND == 1)); then
  rm -f "$out"/round-*.json
fi
