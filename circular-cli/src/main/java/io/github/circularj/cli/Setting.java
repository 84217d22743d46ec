package io.github.circularj.cli;

import io.github.circularj.rules.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --set RULE.NAME=VALUE}: a rule id, the name of one of its parameters (or {@code target} or
 * {@code weight}), and a number with an optional unit: {@code 95%}, {@code 48h}, {@code 7d}, {@code 6mo},
 * {@code 3y}, or a plain number in the parameter's own unit (a share as a fraction: {@code 0.95}).
 *
 * @param rule the rule id as written, e.g. {@code DATA-ERASURE}
 * @param name the parameter's name, e.g. {@code refund-window}, or {@code target} or {@code weight}
 * @param amount the number as written
 * @param suffix the unit written after the number, if any
 */
record Setting(String rule, String name, BigDecimal amount, Optional<Suffix> suffix) {

    /** The pseudo-parameter that sets a rule's target on every date. */
    static final String TARGET = "target";
    /** The pseudo-parameter that sets a rule's weight within its criterion. */
    static final String WEIGHT = "weight";

    private static final Pattern FORM = Pattern.compile(
            "([A-Za-z][A-Za-z0-9-]*)\\.([a-z][a-z0-9-]*)=(-?[0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z%]*)");

    /** A unit written after a number. */
    enum Suffix {
        /** {@code %}: percent; a share is divided by 100. */
        PERCENT("%", Unit.PERCENT),
        /** {@code h}: hours. */
        HOURS("h", Unit.HOURS),
        /** {@code d}: days. */
        DAYS("d", Unit.DAYS),
        /** {@code mo}: calendar months. */
        MONTHS("mo", Unit.MONTHS),
        /** {@code y}: years. */
        YEARS("y", Unit.YEARS);

        private final String text;
        private final Unit unit;

        Suffix(String text, Unit unit) {
            this.text = text;
            this.unit = unit;
        }

        String text() {
            return text;
        }

        static Optional<Suffix> parse(String written) {
            String s = written.toLowerCase(Locale.ROOT);
            switch (s) {
                case "":
                    return Optional.empty();
                case "%":
                    return Optional.of(PERCENT);
                case "h": case "hour": case "hours":
                    return Optional.of(HOURS);
                case "d": case "day": case "days":
                    return Optional.of(DAYS);
                case "mo": case "month": case "months":
                    return Optional.of(MONTHS);
                case "y": case "year": case "years":
                    return Optional.of(YEARS);
                default:
                    throw Failure.usage("--set: unknown unit \"" + written + "\"; write a plain number in the"
                            + " parameter's unit, or one of % h d mo y after it");
            }
        }
    }

    Setting {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(suffix, "suffix");
    }

    /**
     * Reads {@code RULE.NAME=VALUE}.
     *
     * @throws Failure (usage) if the text does not have that form
     */
    static Setting parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw Failure.usage("--set \"" + text + "\" is not RULE.PARAMETER=VALUE, for example"
                    + " REFUND-7DAY.refund-window=10d or DATA-ERASURE.target=100%");
        }
        return new Setting(m.group(1), m.group(2), new BigDecimal(m.group(3)), Suffix.parse(m.group(4)));
    }

    /** The setting as it is written on the command line; {@link #parse} reads it back to an equal setting. */
    String format() {
        return rule + "." + name + "=" + amount.toPlainString() + suffix.map(Suffix::text).orElse("");
    }

    /**
     * The value in a unit: a plain number as written, a percentage of a share divided by 100.
     *
     * @param unit the parameter's or target's unit
     * @param what what is set, for the message, e.g. "DATA-ERASURE's target"
     * @throws Failure (usage) if the written unit is not the parameter's
     */
    double valueIn(Unit unit, String what) {
        if (suffix.isEmpty()) {
            return amount.doubleValue();
        }
        Suffix s = suffix.get();
        if (s == Suffix.PERCENT && unit == Unit.SHARE) {
            return amount.movePointLeft(2).doubleValue();
        }
        if (s.unit == unit) {
            return amount.doubleValue();
        }
        throw Failure.usage("--set " + format() + ": " + what + " is " + describe(unit) + ", not "
                + describe(s.unit) + "; write " + example(unit));
    }

    private static String describe(Unit unit) {
        switch (unit) {
            case SHARE:
                return "a share";
            case PERCENT:
                return "in percent";
            case COUNT:
                return "a count";
            case AMOUNT:
            case NUMBER:
                return "a plain number";
            default:
                return "in " + unit.name().toLowerCase(Locale.ROOT);
        }
    }

    /** How to write a value of a unit, for messages. */
    static String example(Unit unit) {
        switch (unit) {
            case SHARE:
                return "a fraction such as 0.95, or 95%";
            case PERCENT:
                return "a number of percent such as 22.5 or 22.5%";
            case HOURS:
                return "a number of hours such as 48 or 48h";
            case DAYS:
                return "a number of days such as 7 or 7d";
            case MONTHS:
                return "a number of months such as 3 or 3mo";
            case YEARS:
                return "a number of years such as 3 or 3y";
            default:
                return "a plain number";
        }
    }
}
