package io.github.circularj.testkit;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import java.util.Objects;

/**
 * One synthetic enterprise of a {@link SyntheticPilot}: a fictional enterprise, its declared profile
 * and its streaming ledger. All of it is synthetic data: the name carries the marker
 * {@value SyntheticPilot#MARKER}, and no real company is meant.
 *
 * <p>The ledger regenerates its lifecycles from item indices each time it is streamed, so it holds no
 * items; two streaming ledgers are equal only when they are the same object (see
 * {@link Ledger#equals(Object)}), so compare their {@code lifecycles()} instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index the enterprise's index in the pilot, from 0 (city index × enterprises per city + the
 *     enterprise's index within its city)
 * @param enterprise the fictional enterprise, not null
 * @param profile its declared record-retention period and filings, not null
 * @param ledger its streaming ledger for the pilot's reporting period, not null
 */
public record SyntheticEnterprise(int index, Enterprise enterprise, EnterpriseProfile profile, Ledger ledger) {

    /**
     * Checks the components.
     *
     * @param index the enterprise's index in the pilot, zero or more
     * @param enterprise the fictional enterprise, not null
     * @param profile its declared profile, not null
     * @param ledger its streaming ledger, not null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public SyntheticEnterprise {
        if (index < 0) {
            throw new IllegalArgumentException("index \"" + index + "\" is negative; an enterprise index starts at 0");
        }
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Returns {@code true}: every enterprise of a synthetic pilot is synthetic data.
     *
     * @return always {@code true}
     */
    public boolean isSynthetic() {
        return true;
    }

    /**
     * Returns this enterprise as a subject of the pilot's enterprise pack.
     *
     * @return the subject: the enterprise, its declared profile and its streaming ledger
     */
    public EnterpriseSubject toSubject() {
        return EnterpriseSubject.of(enterprise, profile, ledger);
    }
}
