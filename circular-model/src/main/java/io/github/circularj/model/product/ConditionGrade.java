package io.github.circularj.model.product;

import java.util.Objects;

/**
 * A level on a {@link GradingScale}, for example grade {@code B} on {@link GradingScale#LETTER_A_TO_D}.
 *
 * <p>Grades are ordered within their scale, better grades greater: {@code A > B}. Comparing grades of
 * different scales throws, because there is no honest conversion between them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scale the scale
 * @param level the level name, one of the scale's levels
 */
public record ConditionGrade(GradingScale scale, String level) implements Comparable<ConditionGrade> {

    /**
     * Validates the grade.
     *
     * @param scale the scale, not null
     * @param level the level, not null, on the scale
     * @throws IllegalArgumentException if the scale has no such level
     */
    public ConditionGrade {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(level, "level");
        if (!scale.hasLevel(level)) {
            throw new IllegalArgumentException("level \"" + level + "\" is not on grading scale \"" + scale.name()
                    + "\"; its levels are " + abbreviated(scale));
        }
    }

    private static String abbreviated(GradingScale scale) {
        var levels = scale.levels();
        return levels.size() <= 10 ? levels.toString()
                : "[" + levels.get(0) + ", " + levels.get(1) + ", ..., " + levels.get(levels.size() - 1) + "]";
    }

    /**
     * Obtains a grade.
     *
     * @param scale the scale, not null
     * @param level the level, not null, on the scale
     * @return the grade
     * @throws IllegalArgumentException if the scale has no such level
     */
    public static ConditionGrade of(GradingScale scale, String level) {
        return new ConditionGrade(scale, level);
    }

    /**
     * Returns the position of this level on its scale, 0 for the best.
     *
     * @return the rank, 0 (best) to the number of levels minus 1 (worst)
     */
    public int rank() {
        return scale.rankOf(level);
    }

    /**
     * Returns whether this grade is as good as another or better.
     *
     * @param other the other grade, not null, on the same scale
     * @return true if this grade is at least {@code other}
     * @throws IllegalArgumentException if the scales differ
     */
    public boolean isAtLeast(ConditionGrade other) {
        return compareTo(other) >= 0;
    }

    /**
     * Returns whether this grade is strictly better than another.
     *
     * @param other the other grade, not null, on the same scale
     * @return true if this grade is better
     * @throws IllegalArgumentException if the scales differ
     */
    public boolean isBetterThan(ConditionGrade other) {
        return compareTo(other) > 0;
    }

    /**
     * Compares two grades of the same scale; the better grade is the greater.
     *
     * @param other the other grade, not null
     * @return positive if this grade is better, zero if equal, negative if worse
     * @throws IllegalArgumentException if the scales differ
     */
    @Override
    public int compareTo(ConditionGrade other) {
        Objects.requireNonNull(other, "other");
        if (!scale.equals(other.scale)) {
            throw new IllegalArgumentException("grading scale \"" + other.scale.name() + "\" of grade \"" + other.level
                    + "\" differs from grading scale \"" + scale.name() + "\" of grade \"" + level
                    + "\"; grades compare only within one scale");
        }
        return Integer.compare(other.rank(), rank());
    }

    /**
     * Prints the level and the scale, for example {@code B (A-D)}.
     *
     * @return the grade as text, not null
     */
    @Override
    public String toString() {
        return level + " (" + scale.name() + ")";
    }
}
