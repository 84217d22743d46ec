package io.github.circularj.model.product;

import io.github.circularj.model.internal.Text;
import io.github.circularj.model.internal.Checks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A named, ordered scale of condition levels, listed from best to worst.
 *
 * <p>Two scales are built in: {@link #LETTER_A_TO_D} (A best, D worst) and {@link #SCORE_0_TO_100}
 * (100 best, 0 worst). Users define others with {@link #of(String, List)}, for example the usability
 * levels of GB/T 45656-2025 for used electronics, or the grades of T/TAF 173-2023 for phones and of
 * GB/T 30323 for used cars, entering the level names as the standard gives them.
 *
 * <p>The name and each level are 1 to {@value #MAX_TEXT_LENGTH} characters, not blank, without leading
 * or trailing whitespace; a scale has at least two levels, all different. Two scales are equal when
 * their names and levels are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GradingScale {

    /** The longest name or level accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 100;

    /** A generic four-level letter scale: A (best), B, C, D (worst). */
    public static final GradingScale LETTER_A_TO_D = of("A-D", List.of("A", "B", "C", "D"));

    /** A score from 100 (best) down to 0 (worst), in whole points; level names are the numbers. */
    public static final GradingScale SCORE_0_TO_100 = of("0-100", scoreLevels());

    private final String name;
    private final List<String> levels;

    private GradingScale(String name, List<String> levels) {
        this.name = name;
        this.levels = levels;
    }

    private static List<String> scoreLevels() {
        List<String> levels = new ArrayList<>();
        for (int score = 100; score >= 0; score--) {
            levels.add(Integer.toString(score));
        }
        return levels;
    }

    /**
     * Defines a grading scale.
     *
     * @param name the scale's name, not null, for example {@code GB/T 45656-2025}
     * @param levelsBestFirst the level names from best to worst, not null, at least two, all different; copied
     * @return the scale
     * @throws IllegalArgumentException if the name or a level is blank, too long or not trimmed, there
     *     are fewer than two levels, or a level appears twice
     */
    public static GradingScale of(String name, List<String> levelsBestFirst) {
        Checks.text("grading scale name", name, MAX_TEXT_LENGTH);
        List<String> levels = List.copyOf(Objects.requireNonNull(levelsBestFirst, "levelsBestFirst"));
        if (levels.size() < 2) {
            throw new IllegalArgumentException("levels \"" + levels + "\" of grading scale \"" + Text.quote(name) + "\" has "
                    + levels.size() + " level(s); a grading scale has at least 2");
        }
        Set<String> seen = new HashSet<>();
        for (String level : levels) {
            Checks.text("grading level", level, MAX_TEXT_LENGTH);
            if (!seen.add(level)) {
                throw new IllegalArgumentException("grading level \"" + level + "\" appears twice in grading scale \"" + Text.quote(name)
                        + "\"; each level of a scale is different");
            }
        }
        return new GradingScale(name, levels);
    }

    /**
     * Returns the scale's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the level names from best to worst.
     *
     * @return the levels, unmodifiable
     */
    public List<String> levels() {
        return levels;
    }

    /**
     * Returns whether a level name is on this scale.
     *
     * @param level the level name, not null
     * @return true if the scale has that level
     */
    public boolean hasLevel(String level) {
        return levels.contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * Returns the grade of a level on this scale.
     *
     * @param level the level name, not null, one of {@link #levels()}
     * @return the grade
     * @throws IllegalArgumentException if the scale has no such level
     */
    public ConditionGrade grade(String level) {
        return new ConditionGrade(this, level);
    }

    /**
     * Returns the best grade of this scale.
     *
     * @return the grade of the first level
     */
    public ConditionGrade best() {
        return grade(levels.get(0));
    }

    /**
     * Returns the worst grade of this scale.
     *
     * @return the grade of the last level
     */
    public ConditionGrade worst() {
        return grade(levels.get(levels.size() - 1));
    }

    /** Returns the index of a level, 0 for the best, or -1 if absent. */
    int rankOf(String level) {
        return levels.indexOf(level);
    }

    /**
     * Checks whether another object is a scale with the same name and levels.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof GradingScale other && name.equals(other.name) && levels.equals(other.levels);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return name.hashCode() * 31 + levels.hashCode();
    }

    /**
     * Prints the name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
