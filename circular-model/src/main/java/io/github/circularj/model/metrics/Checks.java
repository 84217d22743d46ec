package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import java.math.BigDecimal;
import java.math.MathContext;

/** Validation and decimal conversion shared by the metrics; messages name the symbol, value and rule. */
final class Checks {

    /** The precision of every division in this package: 34 significant digits. */
    static final MathContext MC = MathContext.DECIMAL128;

    private Checks() {
    }

    /** Rejects NaN and infinity. */
    static double finite(String symbol, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    symbol + " \"" + value + "\" is not a finite number; " + symbol + " must be finite");
        }
        return value;
    }

    /** Requires a finite value in [0, 1]. */
    static double fraction(String symbol, double value) {
        finite(symbol, value);
        if (value < 0.0 || value > 1.0) {
            throw new IllegalArgumentException(symbol + " \"" + value + "\" is outside [0, 1]");
        }
        return value == 0.0 ? 0.0 : value;
    }

    /** Requires a finite value greater than zero. */
    static double positive(String symbol, double value) {
        finite(symbol, value);
        if (value <= 0.0) {
            throw new IllegalArgumentException(
                    symbol + " \"" + value + "\" is not positive; " + symbol + " must be greater than 0");
        }
        return value;
    }

    /** Requires a finite value that is zero or more. */
    static double nonNegative(String symbol, double value) {
        finite(symbol, value);
        if (value < 0.0) {
            throw new IllegalArgumentException(
                    symbol + " \"" + value + "\" is negative; " + symbol + " must be 0 or more");
        }
        return value == 0.0 ? 0.0 : value;
    }

    /** Requires a mass greater than zero. */
    static Mass positive(String symbol, Mass mass) {
        if (mass.isZero()) {
            throw new IllegalArgumentException(
                    symbol + " \"" + mass + "\" is not positive; " + symbol + " must be greater than 0 kg");
        }
        return mass;
    }

    /** Requires a decimal value in [min, max]. */
    static BigDecimal within(String symbol, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(symbol + " \"" + value.toPlainString() + "\" is outside ["
                    + min.toPlainString() + ", " + max.toPlainString() + "]");
        }
        return value;
    }

    /** Converts a finite double to the decimal it prints as. */
    static BigDecimal decimal(String symbol, double value) {
        return BigDecimal.valueOf(finite(symbol, value));
    }

    /** The kilograms of a mass as the decimal they print as. */
    static BigDecimal kilograms(Mass mass) {
        return BigDecimal.valueOf(mass.kilograms());
    }

    /** Requires that a sum of fractions, in decimal, is at most 1. */
    static void sumAtMostOne(String symbols, String rule, double... fractions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double f : fractions) {
            sum = sum.add(BigDecimal.valueOf(f));
        }
        if (sum.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    symbols + " \"" + sum.stripTrailingZeros().toPlainString() + "\" exceeds 1; " + rule);
        }
    }

    /** Converts a non-negative decimal number of kilograms to a Mass, failing clearly on overflow. */
    static Mass mass(String symbol, BigDecimal kilograms) {
        double kg = kilograms.doubleValue();
        if (Double.isInfinite(kg)) {
            throw new IllegalArgumentException(symbol + " \"" + kilograms.toEngineeringString()
                    + " kg\" is too large for a mass; check the efficiencies and masses given");
        }
        return Mass.ofKilograms(kg);
    }
}
