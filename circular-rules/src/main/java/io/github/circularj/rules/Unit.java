package io.github.circularj.rules;

import java.util.Locale;

/**
 * What kind of quantity a measurement or a target holds, and how it is written.
 *
 * <p>A {@link #SHARE} is held as a fraction in [0, 1] and written as a percentage.
 */
public enum Unit {
    /** A fraction in [0, 1], written as a percentage such as {@code "97.5 %"}. */
    SHARE,
    /** A whole number of records or events, written without decimals. */
    COUNT,
    /** A length of time in hours. */
    HOURS,
    /** A length of time in days. */
    DAYS,
    /** A length of time in calendar months. */
    MONTHS,
    /** A length of time in years. */
    YEARS,
    /** A sum of money or goods in a unit the rule names; written as a plain number. */
    AMOUNT,
    /** Any other plain number, such as recycling points per 10,000 households. */
    NUMBER,
    /**
     * Percentage points, as a growth rate is given: the value 22.5 means 22.5 % and is written so.
     * (A {@link #SHARE} is a fraction in [0, 1] instead.)
     */
    PERCENT,
    /**
     * A shortfall in years against a required period, written {@code "2 years short"}; a target of at most 0
     * reads "0 years short", never a bare "0 years".
     */
    YEARS_SHORT;

    /**
     * Writes a value of this unit for a person, with at most two decimals and no locale effects.
     *
     * @param value the value in this unit (a share as a fraction)
     * @return the text, for example {@code "97.5 %"}, {@code "12"}, {@code "3 years"}
     */
    public String format(double value) {
        switch (this) {
            case SHARE:
                return plain(value * 100.0) + " %";
            case COUNT:
                return plain(value);
            case HOURS:
                return plain(value) + (value == 1.0 ? " hour" : " hours");
            case DAYS:
                return plain(value) + (value == 1.0 ? " day" : " days");
            case MONTHS:
                return plain(value) + (value == 1.0 ? " month" : " months");
            case PERCENT:
                return plain(value) + " %";
            case YEARS:
                return plain(value) + (value == 1.0 ? " year" : " years");
            case YEARS_SHORT:
                return plain(value) + (value == 1.0 ? " year short" : " years short");
            default:
                return plain(value);
        }
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "");
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return "-0".equals(text) ? "0" : text;
    }
}
