package io.github.circularj.rules;

import java.util.Objects;

/**
 * Phrases a rule's defined measurement as the first part of a finding's message; the engine adds the
 * target and the citation, for example "; the target is 100 % (数据安全技术 电子产品信息清除技术要求,
 * in force 2027-01-01)".
 *
 * <p>An implementation must be stateless and thread-safe.
 */
@FunctionalInterface
public interface Describer {

    /**
     * Phrases a measurement that has a value.
     *
     * @param measurement the measurement, defined
     * @return the phrase, not null, with no final full stop
     */
    String describe(Measurement measurement);

    /**
     * Phrases a share by its offending records: {@code share("phones sold", "had no data-erasure record
     * before sale")} gives "12 of 480 phones sold (2.5 %) had no data-erasure record before sale".
     * Other measurements fall back to {@link #plain()}.
     *
     * @param population the records in scope, as a plural noun phrase, not null
     * @param offence what the offending records did or lacked, as a verb phrase, not null
     * @return the describer
     */
    static Describer share(String population, String offence) {
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(offence, "offence");
        return m -> {
            if (m.numerator().isEmpty()) {
                return plain().describe(m);
            }
            long n = m.denominator().getAsLong();
            long bad = n - m.numerator().getAsLong();
            return bad + " of " + n + " " + population + " (" + Unit.SHARE.format((double) bad / n) + ") " + offence;
        };
    }

    /**
     * Phrases a quantity: {@code quantity("the declared record-retention period")} gives "the declared
     * record-retention period is 2 years".
     *
     * @param what the quantity as a noun phrase, not null
     * @return the describer
     */
    static Describer quantity(String what) {
        Objects.requireNonNull(what, "what");
        return m -> what + " is " + m.unit().format(m.value().orElseThrow());
    }

    /**
     * Phrases a count: {@code count("trades of prohibited goods")} gives "3 trades of prohibited goods".
     *
     * @param what the counted things as a plural noun phrase, not null
     * @return the describer
     */
    static Describer count(String what) {
        Objects.requireNonNull(what, "what");
        return m -> Unit.plain(m.value().orElseThrow()) + " " + what;
    }

    /**
     * Phrases any measurement plainly: "measured 97.5 % (468 of 480)".
     *
     * @return the describer
     */
    static Describer plain() {
        return m -> "measured " + m;
    }
}
