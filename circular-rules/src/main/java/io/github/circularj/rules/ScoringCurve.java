package io.github.circularj.rules;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Maps a measured value to an attainment in [0, 1] against a {@link Target}.
 *
 * <p>{@link #step()} (the default) gives 1 when the target is met and 0 otherwise. {@link #linear(double)}
 * rises in a straight line from 0 at a floor to 1 at the threshold: under {@code atLeast(0.95)} with floor
 * 0.80, a value of 0.875 attains 0.5. A zero-tolerance target is always scored as a step.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScoringCurve {

    private static final ScoringCurve STEP = new ScoringCurve(OptionalDouble.empty());

    private final OptionalDouble floor;

    private ScoringCurve(OptionalDouble floor) {
        this.floor = floor;
    }

    /**
     * Returns the step curve: full attainment when the target is met, none otherwise.
     *
     * @return the step curve
     */
    public static ScoringCurve step() {
        return STEP;
    }

    /**
     * Returns a curve linear from a floor (attainment 0) to the target's threshold (attainment 1).
     *
     * @param floor the value that attains nothing, finite; below an at-least threshold or above an
     *     at-most threshold (checked against each target the curve is used with)
     * @return the curve
     * @throws IllegalArgumentException if the floor is not finite
     */
    public static ScoringCurve linear(double floor) {
        if (!Double.isFinite(floor) || Math.abs(floor) > Parameter.MAX_MAGNITUDE) {
            throw new IllegalArgumentException("scoring curve floor \"" + floor + "\" is not a finite number of magnitude at most "
                    + Unit.plain(Parameter.MAX_MAGNITUDE) + "; curve bounds are bounded so that every score is finite");
        }
        return new ScoringCurve(OptionalDouble.of(floor));
    }

    /**
     * Returns the floor of a linear curve.
     *
     * @return the floor, or empty for the step curve
     */
    public OptionalDouble floor() {
        return floor;
    }

    /**
     * Checks that this curve can score against a target.
     *
     * @param target the target, not null
     * @param owner names the rule in the message
     * @throws IllegalArgumentException if a linear floor is not on the failing side of the threshold
     */
    void checkFits(Target target, String owner) {
        if (floor.isEmpty() || target.direction() == Target.Direction.ZERO_TOLERANCE) {
            return;
        }
        double f = floor.getAsDouble();
        boolean fits = target.direction() == Target.Direction.AT_LEAST ? f < target.threshold() : f > target.threshold();
        if (!fits) {
            throw new IllegalArgumentException(owner + ": scoring curve floor \"" + Unit.plain(f) + "\" must be "
                    + (target.direction() == Target.Direction.AT_LEAST ? "below" : "above")
                    + " the target threshold \"" + Unit.plain(target.threshold()) + "\" (" + target + ")");
        }
    }

    /**
     * Returns the attainment of a value against a target.
     *
     * @param value the measured value
     * @param target the target, not null
     * @return the attainment in [0, 1]; 1 exactly when the target is met
     */
    public double attainment(double value, Target target) {
        Objects.requireNonNull(target, "target");
        if (target.isMet(value)) {
            return 1.0;
        }
        if (floor.isEmpty() || target.direction() == Target.Direction.ZERO_TOLERANCE) {
            return 0.0;
        }
        double f = floor.getAsDouble();
        double t = target.threshold();
        double a = (value - f) / (t - f);
        // Not met, so strictly below 1; never negative.
        return Math.max(0.0, Math.min(a, Math.nextDown(1.0)));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ScoringCurve other && floor.equals(other.floor);
    }

    @Override
    public int hashCode() {
        return floor.hashCode();
    }

    /**
     * Returns the curve as words, {@code "step"} or {@code "linear from 0.8"}.
     *
     * @return the curve as text
     */
    @Override
    public String toString() {
        return floor.isEmpty() ? "step" : "linear from " + Unit.plain(floor.getAsDouble());
    }
}
