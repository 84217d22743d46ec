package io.github.circularj.model;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines two {@link Money} amounts of different currencies.
 *
 * <p>Money never converts between currencies implicitly; the exception carries both currencies so a
 * caller can report or convert them explicitly.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The currency of the amount the operation was called on. */
    private final Currency firstCurrency;

    /** The currency of the other amount. */
    private final Currency secondCurrency;

    /**
     * Creates an exception for two mismatched currencies.
     *
     * @param firstCurrency the currency of the amount the operation was called on, not null
     * @param secondCurrency the currency of the other amount, not null
     */
    public CurrencyMismatchException(Currency firstCurrency, Currency secondCurrency) {
        super("currency \"" + Objects.requireNonNull(firstCurrency, "firstCurrency").getCurrencyCode()
                + "\" does not match currency \"" + Objects.requireNonNull(secondCurrency, "secondCurrency").getCurrencyCode()
                + "\"; money of different currencies cannot be combined or compared");
        this.firstCurrency = firstCurrency;
        this.secondCurrency = secondCurrency;
    }

    /**
     * Returns the currency of the amount the operation was called on.
     *
     * @return the first currency, not null
     */
    public Currency firstCurrency() {
        return firstCurrency;
    }

    /**
     * Returns the currency of the other amount.
     *
     * @return the second currency, not null
     */
    public Currency secondCurrency() {
        return secondCurrency;
    }
}
