package io.github.circularj.io;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * The first line of a Circular ledger file: whose records these are and for which period, whether the
 * file is grouped by item (so that it can be read in constant memory per item), whether it is synthetic
 * data, and the enterprise's declared profile if the file carries one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param enterprise the enterprise whose records the file holds
 * @param period the reporting period
 * @param grouped whether each item's line is followed at once by all its events, items in ascending item
 *     id order (checked when read)
 * @param synthetic whether the file holds synthetic data, not the records of a real enterprise
 * @param profile the enterprise's declared record-retention period and filings, if the file declares them
 */
public record LedgerHeader(Enterprise enterprise, ReportingPeriod period, boolean grouped, boolean synthetic,
        Optional<EnterpriseProfile> profile) {

    /** The format's name, the value of the header's {@code format} field: {@value}. */
    public static final String FORMAT = "circular-ledger";

    /** The format's version, the value of the header's {@code version} field, the only one read: {@value}. */
    public static final int VERSION = 1;

    /**
     * Validates the header.
     *
     * @param enterprise the enterprise, not null
     * @param period the period, not null
     * @param grouped whether the file is grouped by item
     * @param synthetic whether the file holds synthetic data
     * @param profile the declared profile, not null; empty if the file declares none
     */
    public LedgerHeader {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(profile, "profile");
    }

    /**
     * Obtains the header of a grouped file of real (not synthetic) records with no declared profile.
     *
     * @param enterprise the enterprise, not null
     * @param period the period, not null
     * @return the header
     */
    public static LedgerHeader of(Enterprise enterprise, ReportingPeriod period) {
        return new LedgerHeader(enterprise, period, true, false, Optional.empty());
    }

    /**
     * Returns a copy marked as synthetic data or not.
     *
     * @param isSynthetic whether the file holds synthetic data
     * @return the copy
     */
    public LedgerHeader withSynthetic(boolean isSynthetic) {
        return new LedgerHeader(enterprise, period, grouped, isSynthetic, profile);
    }

    /**
     * Returns a copy that declares the enterprise's profile.
     *
     * @param declared the profile, not null
     * @return the copy
     */
    public LedgerHeader withProfile(EnterpriseProfile declared) {
        return new LedgerHeader(enterprise, period, grouped, synthetic,
                Optional.of(Objects.requireNonNull(declared, "profile")));
    }

    /**
     * Returns a copy that says whether the file is grouped by item.
     *
     * @param isGrouped whether the file is grouped
     * @return the copy
     */
    public LedgerHeader withGrouped(boolean isGrouped) {
        return new LedgerHeader(enterprise, period, isGrouped, synthetic, profile);
    }
}
