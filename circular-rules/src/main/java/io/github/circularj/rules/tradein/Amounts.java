package io.github.circularj.rules.tradein;

import io.github.circularj.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money as the programme writes it: parameters in yuan read as exact decimals, amounts written "RMB 620.00".
 */
final class Amounts {

    /** The programme's currency. */
    static final Currency CNY = Currency.getInstance("CNY");

    private Amounts() {
    }

    /**
     * A parameter's value as an amount of yuan: its shortest decimal form, exact ({@link BigDecimal#valueOf(double)}),
     * never rounded.
     *
     * @throws IllegalArgumentException if the value has more than 2 decimals
     */
    static Money yuan(String parameter, double value) {
        try {
            return Money.of(BigDecimal.valueOf(value), CNY);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter " + parameter + " value \"" + value + "\" is not an amount"
                    + " of yuan to the fen: " + e.getMessage(), e);
        }
    }

    /** A share parameter as an exact decimal factor, e.g. 0.15. */
    static BigDecimal factor(double share) {
        return BigDecimal.valueOf(share);
    }

    /** The most a claim may be at a rate of a price: the product, rounded down to the fen (a fen more is over it). */
    static Money atRate(Money price, BigDecimal rate) {
        return price.multipliedBy(rate, RoundingMode.DOWN);
    }

    /** Writes an amount as the programme does: "RMB 620.00"; another currency by its code. */
    static String format(Money money) {
        return (money.currency().equals(CNY) ? "RMB" : money.currency().getCurrencyCode()) + " "
                + money.amount().toPlainString();
    }
}
