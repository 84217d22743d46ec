package io.github.circularj.rules;

import java.util.Objects;

/**
 * What a rule asks of a measurement: a threshold, a direction and the unit both are in.
 *
 * <p>{@code Target.atLeast(0.95, Unit.SHARE)} is met by 95 % or more; {@code Target.atMost(7, Unit.DAYS)}
 * by 7 days or fewer; {@code Target.zeroTolerance(Unit.COUNT)} only by exactly zero, and no scoring curve
 * gives partial credit under zero tolerance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param direction which side of the threshold meets the target
 * @param threshold the threshold, finite (zero under zero tolerance; a fraction in [0, 1] for a share)
 * @param unit the unit of the threshold and of the measurements it judges
 */
public record Target(Direction direction, double threshold, Unit unit) {

    /** Which side of a threshold meets a target. */
    public enum Direction {
        /** The value must be at least the threshold. */
        AT_LEAST,
        /** The value must be at most the threshold. */
        AT_MOST,
        /** The value must be exactly zero; nothing is tolerated. */
        ZERO_TOLERANCE
    }

    /**
     * Validates the target.
     *
     * @param direction the direction, not null
     * @param threshold the threshold, finite; zero under zero tolerance; in [0, 1] for a share
     * @param unit the unit, not null
     * @throws IllegalArgumentException if the threshold breaks one of these rules
     */
    public Target {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(threshold) || Math.abs(threshold) > Parameter.MAX_MAGNITUDE) {
            throw new IllegalArgumentException("target threshold \"" + threshold + "\" is not a finite number of magnitude at most "
                    + Unit.plain(Parameter.MAX_MAGNITUDE) + "; thresholds are bounded so that every score is finite");
        }
        if (direction == Direction.ZERO_TOLERANCE && threshold != 0.0) {
            throw new IllegalArgumentException("target threshold \"" + threshold + "\" is not 0; a zero-tolerance target has threshold 0");
        }
        if (unit == Unit.SHARE && (threshold < 0.0 || threshold > 1.0)) {
            throw new IllegalArgumentException("target threshold \"" + threshold + "\" is outside [0, 1]; a share threshold is a fraction, e.g. 0.95 for 95 %");
        }
        threshold = threshold == 0.0 ? 0.0 : threshold;
    }

    /**
     * Obtains a target met by values at or above a threshold.
     *
     * @param threshold the threshold (a fraction for a share)
     * @param unit the unit, not null
     * @return the target
     * @throws IllegalArgumentException if the threshold is not finite, or a share outside [0, 1]
     */
    public static Target atLeast(double threshold, Unit unit) {
        return new Target(Direction.AT_LEAST, threshold, unit);
    }

    /**
     * Obtains a target met by values at or below a threshold.
     *
     * @param threshold the threshold (a fraction for a share)
     * @param unit the unit, not null
     * @return the target
     * @throws IllegalArgumentException if the threshold is not finite, or a share outside [0, 1]
     */
    public static Target atMost(double threshold, Unit unit) {
        return new Target(Direction.AT_MOST, threshold, unit);
    }

    /**
     * Obtains a target met only by zero.
     *
     * @param unit the unit, not null, usually {@link Unit#COUNT}
     * @return the target
     */
    public static Target zeroTolerance(Unit unit) {
        return new Target(Direction.ZERO_TOLERANCE, 0.0, unit);
    }

    /**
     * Returns whether a value meets this target.
     *
     * @param value the measured value
     * @return true if the value is on the right side of the threshold (or zero, under zero tolerance)
     */
    public boolean isMet(double value) {
        switch (direction) {
            case AT_LEAST:
                return value >= threshold;
            case AT_MOST:
                return value <= threshold;
            default:
                return value == 0.0;
        }
    }

    /**
     * Returns the target as words, for example {@code "at least 95 %"}, {@code "at most 7 days"} or
     * {@code "zero (no tolerance)"}; a share of 100 % reads {@code "100 %"}.
     *
     * @return the target as text
     */
    @Override
    public String toString() {
        switch (direction) {
            case AT_LEAST:
                return (unit == Unit.SHARE && threshold == 1.0 ? "" : "at least ") + unit.format(threshold);
            case AT_MOST:
                return (threshold == 0.0 ? "" : "at most ") + unit.format(threshold);
            default:
                return "zero (no tolerance)";
        }
    }
}
