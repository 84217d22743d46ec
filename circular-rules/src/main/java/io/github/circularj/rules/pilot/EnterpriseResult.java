package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Band;
import io.github.circularj.rules.Scorecard;
import java.util.Objects;

/**
 * One pilot enterprise's scorecard as a record of a {@link CitySubject}, with the weight of its trade
 * volume in the city's volume-weighted indicators (for example its transaction value or its number of
 * items traded; any unit, as long as all enterprises of a city use the same).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scorecard the enterprise's scorecard against the enterprise pack
 * @param volume the enterprise's weight, finite and not negative
 */
public record EnterpriseResult(Scorecard scorecard, double volume) {

    /**
     * Validates the result.
     *
     * @param scorecard the scorecard, not null
     * @param volume the volume weight, finite and not negative
     * @throws IllegalArgumentException if the volume is negative or not finite
     */
    public EnterpriseResult {
        Objects.requireNonNull(scorecard, "scorecard");
        if (!Double.isFinite(volume) || volume < 0.0) {
            throw new IllegalArgumentException("volume \"" + volume + "\" of enterprise " + scorecard.subjectId()
                    + " is negative or not finite; a volume weight is a finite number, 0 or more");
        }
    }

    /**
     * Returns one item's part of its enterprise's volume weight: the item's sales in the enterprise's period, as
     * {@link CitySubject#score} and {@link CitySubject#derived} weigh an enterprise by the sum over its items. For a
     * scorer that sees an enterprise's items apart (a stream processor) and sums their parts.
     *
     * @param item the item's lifecycle, not null
     * @param enterprise the enterprise it belongs to, not null; only its period is read
     * @return the number of the item's sales in the period, zero or more
     */
    public static long volumeOf(Lifecycle item, EnterpriseSubject enterprise) {
        return Judgements.salesIn(Objects.requireNonNull(item, "item"), enterprise.window());
    }

    /**
     * Returns the enterprise's id (its credit code).
     *
     * @return the scorecard's subject id
     */
    public String id() {
        return scorecard.subjectId();
    }

    /**
     * Returns whether the enterprise earned COMPLIANT or EXEMPLARY.
     *
     * @return true if the band is COMPLIANT or better
     */
    public boolean isCompliantOrBetter() {
        return scorecard.band() == Band.COMPLIANT || scorecard.band() == Band.EXEMPLARY;
    }
}
