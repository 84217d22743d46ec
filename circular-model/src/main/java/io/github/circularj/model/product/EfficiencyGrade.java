package io.github.circularj.model.product;

import java.util.Objects;

/**
 * A product's grade on China's energy- or water-efficiency label (能效等级 or 水效等级): 1, the most
 * efficient, to 5.
 *
 * <p>A label's scale has at most five grades (some products' labels have three; their grades are 1 to 3 of
 * the same scale). A product carries a grade where its category has a label (a refrigerator, an air
 * conditioner, a water purifier) and none where it has not (a phone); the consumer-goods trade-in programme
 * of 2025 subsidises appliances of grade 2 or better.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label which label the grade is on
 * @param grade the grade, 1 (best) to {@value #WORST}
 */
public record EfficiencyGrade(Label label, int grade) implements Comparable<EfficiencyGrade> {

    /** The best grade of a label. */
    public static final int BEST = 1;
    /** The worst grade of a label. */
    public static final int WORST = 5;

    /** Which efficiency label a grade is on. */
    public enum Label {
        /** The energy-efficiency label (能效标识). */
        ENERGY,
        /** The water-efficiency label (水效标识), as for water purifiers and dishwashers. */
        WATER
    }

    /**
     * Validates the grade.
     *
     * @param label the label, not null
     * @param grade the grade, from {@value #BEST} to {@value #WORST}
     * @throws IllegalArgumentException if the grade is outside 1 to 5
     */
    public EfficiencyGrade {
        Objects.requireNonNull(label, "label");
        if (grade < BEST || grade > WORST) {
            throw new IllegalArgumentException("efficiency grade \"" + grade + "\" is outside " + BEST + " to " + WORST
                    + "; an energy- or water-efficiency label has grades 1 (best) to 5");
        }
    }

    /**
     * Obtains a grade on the energy-efficiency label.
     *
     * @param grade the grade, 1 to 5
     * @return the grade
     * @throws IllegalArgumentException if the grade is outside 1 to 5
     */
    public static EfficiencyGrade energy(int grade) {
        return new EfficiencyGrade(Label.ENERGY, grade);
    }

    /**
     * Obtains a grade on the water-efficiency label.
     *
     * @param grade the grade, 1 to 5
     * @return the grade
     * @throws IllegalArgumentException if the grade is outside 1 to 5
     */
    public static EfficiencyGrade water(int grade) {
        return new EfficiencyGrade(Label.WATER, grade);
    }

    /**
     * Returns whether this grade is at least as good as another grade number: grade 1 is at least as good as 2.
     *
     * @param worstAccepted the worst grade number accepted, e.g. 2
     * @return true if {@link #grade()} is at most {@code worstAccepted}
     */
    public boolean isAtLeastAsGoodAs(int worstAccepted) {
        return grade <= worstAccepted;
    }

    /**
     * Orders by label, then from the best grade to the worst.
     *
     * @param other the other grade, not null
     * @return the comparison
     */
    @Override
    public int compareTo(EfficiencyGrade other) {
        int byLabel = label.compareTo(other.label);
        return byLabel != 0 ? byLabel : Integer.compare(grade, other.grade);
    }

    /**
     * Returns the grade as text, e.g. {@code "energy grade 2"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return (label == Label.ENERGY ? "energy" : "water") + " grade " + grade;
    }
}
