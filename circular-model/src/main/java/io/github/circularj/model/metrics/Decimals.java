package io.github.circularj.model.metrics;

import io.github.circularj.model.Mass;
import io.github.circularj.model.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;

/** Decimal arithmetic shared by the metrics: the precision of divisions and exact conversions. */
final class Decimals {

    /** The precision of every division in this package: 34 significant digits. */
    static final MathContext MC = MathContext.DECIMAL128;

    private Decimals() {
    }

    /** Converts a finite double to the decimal it prints as. */
    static BigDecimal decimal(String symbol, double value) {
        return BigDecimal.valueOf(Checks.finite(symbol, value));
    }

    /** The kilograms of a mass as the decimal they print as. */
    static BigDecimal kilograms(Mass mass) {
        return BigDecimal.valueOf(mass.kilograms());
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
