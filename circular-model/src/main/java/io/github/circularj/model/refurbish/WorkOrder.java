package io.github.circularj.model.refurbish;

import io.github.circularj.model.Money;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ConditionGrade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The work order under which an item was refurbished: its reference, the repairs made, the parts
 * replaced and their origin, the labour, the cost, the condition grade before and after, and the
 * warranty given.
 *
 * <p>The grades are on the same {@link io.github.circularj.model.product.GradingScale}; the grade
 * after may be worse than before (the model records what happened; rules judge it). The lists are
 * copied and keep their order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reference the work order's reference in the refurbisher's system, not blank, not padded
 * @param repairs descriptions of the repairs made, each not blank, not padded; possibly empty
 * @param partsReplaced the parts replaced, possibly empty
 * @param labourHours the labour spent, in hours; finite, zero or more
 * @param cost the cost of the work, zero or more
 * @param gradeBefore the condition grade before the work
 * @param gradeAfter the condition grade after the work, on the same scale as {@code gradeBefore}
 * @param warranty the warranty given on the work, or empty if none
 */
public record WorkOrder(String reference, List<String> repairs, List<PartReplacement> partsReplaced,
        double labourHours, Money cost, ConditionGrade gradeBefore, ConditionGrade gradeAfter,
        Optional<Warranty> warranty) {

    /**
     * Validates the work order and copies its lists.
     *
     * @param reference the work order's reference, not blank, not padded
     * @param repairs descriptions of the repairs, not null, each not blank, not padded; copied
     * @param partsReplaced the parts replaced, not null, no nulls; copied
     * @param labourHours the labour in hours, finite, zero or more
     * @param cost the cost, not null, zero or more
     * @param gradeBefore the grade before, not null
     * @param gradeAfter the grade after, not null, on the same scale as {@code gradeBefore}
     * @param warranty the warranty, not null; empty if none
     * @throws IllegalArgumentException if the reference or a repair is blank or padded, the labour
     *     is negative or not finite, the cost is negative, or the grades are on different scales
     */
    public WorkOrder {
        Checks.text("work order reference", reference);
        repairs = List.copyOf(Objects.requireNonNull(repairs, "repairs"));
        for (String repair : repairs) {
            Checks.text("repair", repair);
        }
        partsReplaced = List.copyOf(Objects.requireNonNull(partsReplaced, "partsReplaced"));
        if (!Double.isFinite(labourHours) || labourHours < 0) {
            throw new IllegalArgumentException("labourHours \"" + labourHours
                    + "\" is negative or not finite; labour is a finite number of hours, zero or more");
        }
        Checks.nonNegative("work order cost", cost);
        Objects.requireNonNull(gradeBefore, "gradeBefore");
        Objects.requireNonNull(gradeAfter, "gradeAfter");
        if (!gradeBefore.scale().equals(gradeAfter.scale())) {
            throw new IllegalArgumentException("gradeAfter \"" + gradeAfter + "\" is on another scale than gradeBefore \""
                    + gradeBefore + "\"; both grades of a work order are on one scale");
        }
        Objects.requireNonNull(warranty, "warranty");
    }

    /**
     * Returns whether the work left the item in a better grade than before.
     *
     * @return true if {@link #gradeAfter()} is better than {@link #gradeBefore()}
     */
    public boolean improvedGrade() {
        return gradeAfter.isBetterThan(gradeBefore);
    }

    /**
     * Returns whether any part was replaced.
     *
     * @return true if {@link #partsReplaced()} is not empty
     */
    public boolean replacedParts() {
        return !partsReplaced.isEmpty();
    }
}
