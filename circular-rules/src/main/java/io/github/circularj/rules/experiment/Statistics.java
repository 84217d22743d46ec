package io.github.circularj.rules.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The count, mean, median, minimum and maximum of a set of numbers, such as the scores of a population.
 *
 * <p>The median of an odd count is the middle value in ascending order; the median of an even count is
 * the arithmetic mean of the two middle values (so the median of 60, 70, 80 and 100 is 75). The mean
 * sums the values in ascending order, so the statistics of the same values in any order are equal to the
 * last bit. The statistics of no values have count 0 and every other component empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many values, not negative
 * @param mean the arithmetic mean; empty if and only if the count is 0
 * @param median the median as defined above; empty if and only if the count is 0
 * @param min the smallest value; empty if and only if the count is 0
 * @param max the largest value; empty if and only if the count is 0
 */
public record Statistics(int count, OptionalDouble mean, OptionalDouble median, OptionalDouble min,
        OptionalDouble max) {

    private static final Statistics EMPTY = new Statistics(0, OptionalDouble.empty(), OptionalDouble.empty(),
            OptionalDouble.empty(), OptionalDouble.empty());

    /**
     * Validates the statistics.
     *
     * @param count how many values, not negative
     * @param mean the mean, not null
     * @param median the median, not null
     * @param min the minimum, not null
     * @param max the maximum, not null
     * @throws IllegalArgumentException if the count is negative, an optional is empty for a count above 0
     *     or present for a count of 0, or the values are not ordered {@code min ≤ median ≤ max} and
     *     {@code min ≤ mean ≤ max}
     */
    public Statistics {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (count < 0) {
            throw new IllegalArgumentException("statistics count \"" + count + "\" is negative; a count is never negative");
        }
        boolean present = count > 0;
        if (mean.isPresent() != present || median.isPresent() != present || min.isPresent() != present
                || max.isPresent() != present) {
            throw new IllegalArgumentException("statistics of count \"" + count + "\" must have mean, median, min and max "
                    + (present ? "all present" : "all empty") + "; got mean " + mean + ", median " + median
                    + ", min " + min + ", max " + max);
        }
        if (present) {
            double lo = min.getAsDouble();
            double hi = max.getAsDouble();
            if (!(lo <= median.getAsDouble() && median.getAsDouble() <= hi && lo <= mean.getAsDouble()
                    && mean.getAsDouble() <= hi)) {
                throw new IllegalArgumentException("statistics min \"" + lo + "\", mean \"" + mean.getAsDouble()
                        + "\", median \"" + median.getAsDouble() + "\", max \"" + hi
                        + "\" are out of order; mean and median lie between min and max");
            }
        }
    }

    /**
     * Returns the statistics of no values.
     *
     * @return count 0, everything else empty
     */
    public static Statistics empty() {
        return EMPTY;
    }

    /**
     * Computes the statistics of some values.
     *
     * @param values the values, not null, each finite; not changed
     * @return the statistics; {@link #empty()} for no values. The mean is held within [min, max], which
     *     summation rounding could otherwise leave by one ulp when all values are equal
     * @throws IllegalArgumentException if a value is not finite
     */
    public static Statistics of(double... values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            return EMPTY;
        }
        double[] sorted = values.clone();
        for (double v : sorted) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("value \"" + v + "\" is not finite; statistics need finite values");
            }
        }
        Arrays.sort(sorted);
        int n = sorted.length;
        double sum = 0.0;
        for (double v : sorted) {
            sum += v;
        }
        // Rounding may put the mean of equal values a hair outside them; clamp it to [min, max].
        double mean = Math.max(sorted[0], Math.min(sorted[n - 1], sum / n));
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return new Statistics(n, OptionalDouble.of(mean), OptionalDouble.of(median), OptionalDouble.of(sorted[0]),
                OptionalDouble.of(sorted[n - 1]));
    }

    /**
     * Returns the statistics as text, for example {@code "n=3 mean 78.33 median 75.00 min 60.00 max 100.00"},
     * or {@code "n=0"}.
     *
     * @return the statistics as text
     */
    @Override
    public String toString() {
        if (count == 0) {
            return "n=0";
        }
        return "n=" + count + " mean " + twoDecimals(mean.getAsDouble()) + " median " + twoDecimals(median.getAsDouble())
                + " min " + twoDecimals(min.getAsDouble()) + " max " + twoDecimals(max.getAsDouble());
    }

    static String twoDecimals(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return "-0.00".equals(text) ? "0.00" : text;
    }
}
