package io.github.circularj.model;

import io.github.circularj.model.internal.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency, for example {@code CNY 12.50}.
 *
 * <p>The amount is a {@link BigDecimal} held at the currency's default number of fraction digits
 * ({@link Currency#getDefaultFractionDigits()}: 2 for CNY, 0 for JPY). Nothing rounds silently, as in
 * Joda-Money: a factory or an operation whose exact result has more fraction digits than the currency
 * allows throws, unless it takes an explicit {@link RoundingMode}. Trailing zeros beyond the scale are
 * not a loss of precision, so {@code 12.500} CNY is accepted as {@code CNY 12.50}.
 *
 * <p>Arithmetic and comparisons between different currencies throw {@link CurrencyMismatchException}.
 * Currencies without a default number of fraction digits (such as gold, {@code XAU}) are refused.
 *
 * <p>Two amounts are equal when their currencies and their amounts are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    private static final Pattern AMOUNT = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

    private final BigDecimal amount;
    private final Currency currency;

    /** The most integer digits of an amount: up to 10^15 - 1 major units. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most fraction digits of an amount given as a number (a currency allows fewer, apart from trailing zeros). */
    public static final int MAX_FRACTION_DIGITS = 18;
    /** The most characters of an amount given as text. */
    public static final int MAX_TEXT_LENGTH = 40;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Obtains an amount of money, refusing an amount that would need rounding.
     *
     * @param amount the amount, not null; at most the currency's fraction digits, apart from trailing zeros
     * @param currency the currency, not null
     * @return the money
     * @throws IllegalArgumentException if the amount has more fraction digits than the currency allows,
     *     if its exponent is too large to write it with the currency's fraction digits, or if the currency
     *     has no default number of fraction digits
     */
    public static Money of(BigDecimal amount, Currency currency) {
        checkMagnitude(amount);
        int scale = scaleOf(Objects.requireNonNull(currency, "currency"));
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new IllegalArgumentException("amount \"" + plain(amount) + "\" has " + stripped.scale()
                    + " fraction digits; " + currency.getCurrencyCode() + " allows at most " + scale
                    + " (pass a RoundingMode to round)");
        }
        return new Money(scaled(amount, scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Obtains an amount of money, rounding the amount to the currency's fraction digits.
     *
     * @param amount the amount, not null
     * @param currency the currency, not null
     * @param rounding how to round extra fraction digits, not null; {@link RoundingMode#UNNECESSARY}
     *     makes this method behave like {@link #of(BigDecimal, Currency)}
     * @return the money
     * @throws IllegalArgumentException if the currency has no default number of fraction digits, if the
     *     amount's exponent is too large to write it with the currency's fraction digits, or if
     *     {@code rounding} is {@code UNNECESSARY} and the amount would need rounding
     */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        checkMagnitude(amount.scale() > MAX_FRACTION_DIGITS ? amount.setScale(MAX_FRACTION_DIGITS, RoundingMode.DOWN) : amount);
        if (rounding == RoundingMode.UNNECESSARY) {
            return of(amount, currency);
        }
        int scale = scaleOf(Objects.requireNonNull(currency, "currency"));
        return new Money(scaled(amount, scale, rounding), currency);
    }

    private static BigDecimal scaled(BigDecimal amount, int scale, RoundingMode rounding) {
        try {
            return amount.setScale(scale, rounding);
        } catch (ArithmeticException e) {
            // Only an exponent near the limits of int gets here (UNNECESSARY was checked before).
            throw new IllegalArgumentException("amount \"" + plain(amount) + "\" cannot be written with " + scale
                    + " fraction digits; its exponent is out of range for an amount of money", e);
        }
    }

    /** The amount as plain text, or in scientific notation where plain text would be unreasonably long. */
    private static String plain(BigDecimal amount) {
        return Math.abs((long) amount.scale()) <= 100 ? amount.toPlainString() : amount.toString();
    }

    /**
     * Obtains an amount of money from text, for example {@code Money.of("12.50", "CNY")}.
     *
     * @param amount the amount as a decimal number in ASCII digits without exponent, not null, for example
     *     {@code "12.50"}
     * @param currencyCode the ISO 4217 currency code, not null, for example {@code "CNY"}
     * @return the money
     * @throws IllegalArgumentException if the amount is not a decimal number, the currency code is not
     *     an ISO 4217 code, or the amount has more fraction digits than the currency allows
     */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), currency(currencyCode));
    }

    /**
     * Obtains an amount of money from text in a given currency.
     *
     * @param amount the amount as a decimal number in ASCII digits without exponent, not null, for example
     *     {@code "12.50"}
     * @param currency the currency, not null
     * @return the money
     * @throws IllegalArgumentException if the amount is not a decimal number or has more fraction
     *     digits than the currency allows
     */
    public static Money of(String amount, Currency currency) {
        return of(parseAmount(amount), currency);
    }

    /**
     * Obtains an amount of whole major units, for example {@code Money.ofMajor(500, CNY)} for 500 yuan.
     *
     * @param majorUnits the whole amount in major units
     * @param currency the currency, not null
     * @return the money
     * @throws IllegalArgumentException if the currency has no default number of fraction digits
     */
    public static Money ofMajor(long majorUnits, Currency currency) {
        return of(BigDecimal.valueOf(majorUnits), currency);
    }

    /**
     * Obtains zero in a currency.
     *
     * @param currency the currency, not null
     * @return zero of that currency
     * @throws IllegalArgumentException if the currency has no default number of fraction digits
     */
    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the form printed by {@link #toString()}, for example {@code "CNY 12.50"}.
     *
     * @param text the currency code, one space and the amount, not null
     * @return the money
     * @throws IllegalArgumentException if the text is not of that form, or if the amount has more
     *     fraction digits than the currency allows
     */
    public static Money parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int space = s.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException(
                    "money \"" + Text.quote(s) + "\" has no space; money text is a currency code, a space and an amount, e.g. \"CNY 12.50\"");
        }
        return of(s.substring(space + 1), s.substring(0, space));
    }

    /**
     * Refuses, before any arithmetic, an amount of more than {@value #MAX_INTEGER_DIGITS} integer digits or
     * more than {@value #MAX_FRACTION_DIGITS} fraction digits: no trade is that large or that fine, and such
     * a value would take seconds to scale.
     */
    private static BigDecimal checkMagnitude(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        long integerDigits = (long) amount.precision() - amount.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || amount.scale() > MAX_FRACTION_DIGITS) {
            throw new IllegalArgumentException("amount \"" + Text.quote(plain(amount)) + "\" has "
                    + (integerDigits > MAX_INTEGER_DIGITS ? integerDigits + " integer digits; at most " + MAX_INTEGER_DIGITS
                            : amount.scale() + " fraction digits; at most " + MAX_FRACTION_DIGITS)
                    + " are allowed in an amount of money");
        }
        return amount;
    }

    private static BigDecimal parseAmount(String amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("amount \"" + Text.quote(amount) + "\" has " + amount.length()
                    + " characters; an amount of money is written in at most " + MAX_TEXT_LENGTH);
        }
        if (!AMOUNT.matcher(amount).matches()) {
            // BigDecimal would also take exponents and non-ASCII digits such as full-width ones.
            throw new IllegalArgumentException("amount \"" + Text.quote(amount)
                    + "\" is not a decimal number; an amount is written like \"12.50\"");
        }
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "amount \"" + Text.quote(amount) + "\" is not a decimal number; an amount is written like \"12.50\"", e);
        }
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "currencyCode \"" + Text.quote(code) + "\" is not an ISO 4217 currency code; use e.g. \"CNY\"", e);
        }
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency \"" + currency.getCurrencyCode()
                    + "\" has no default number of fraction digits; money needs a currency that has one");
        }
        return digits;
    }

    /**
     * Returns the amount, at the currency's number of fraction digits.
     *
     * @return the amount, not null
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the sum of this amount and another of the same currency.
     *
     * @param other the amount to add, not null
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Returns this amount minus another of the same currency.
     *
     * @param other the amount to subtract, not null
     * @return the difference, possibly negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Returns this amount multiplied by a whole number; exact.
     *
     * @param factor the factor
     * @return the product
     */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Returns this amount multiplied by a decimal factor, for example a 15 % subsidy rate, rounded to
     * the currency's fraction digits.
     *
     * @param factor the factor, not null
     * @param rounding how to round the product, not null; {@link RoundingMode#UNNECESSARY} throws if
     *     the product needs rounding
     * @return the product
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the product needs rounding
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(amount.multiply(factor).setScale(amount.scale(), rounding), currency);
    }

    /**
     * Returns this amount divided by a decimal divisor, rounded to the currency's fraction digits.
     *
     * @param divisor the divisor, not null and not zero
     * @param rounding how to round the quotient, not null; {@link RoundingMode#UNNECESSARY} throws if
     *     the quotient needs rounding
     * @return the quotient
     * @throws IllegalArgumentException if {@code divisor} is zero
     * @throws ArithmeticException if {@code rounding} is {@code UNNECESSARY} and the quotient needs rounding
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new IllegalArgumentException("divisor \"" + divisor.toPlainString() + "\" is zero; money cannot be divided by zero");
        }
        return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
    }

    /**
     * Returns this amount with the opposite sign.
     *
     * @return the negated amount
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the absolute value of this amount.
     *
     * @return this amount if not negative, otherwise its negation
     */
    public Money abs() {
        return isNegative() ? negated() : this;
    }

    /**
     * Returns whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether this amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns whether this amount is greater than another of the same currency.
     *
     * @param other the other amount, not null
     * @return true if this amount is greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than another of the same currency.
     *
     * @param other the other amount, not null
     * @return true if this amount is less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Compares the amounts of two sums of money of the same currency.
     *
     * @param other the other amount, not null
     * @return negative, zero or positive as this amount is less than, equal to or greater than {@code other}
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void checkSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /**
     * Checks whether another object is money of the same currency and amount.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money other && currency.equals(other.currency) && amount.equals(other.amount);
    }

    /**
     * A hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return currency.hashCode() * 31 + amount.hashCode();
    }

    /**
     * Prints the currency code and the amount, for example {@code CNY 12.50}.
     *
     * @return the money as text, never null
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }
}
