package io.github.circularj.model.party;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an enterprise declares about itself, beside its ledger: how long it keeps its registration
 * and transaction records, and the filings it has made (for example its record filing with the
 * local commerce department as a secondhand goods operator).
 *
 * <p>Rules that read a declaration rather than records use this profile; an item missing from it
 * is "not declared", which a rule reports as insufficient evidence, never as a zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param recordRetentionYears the declared number of years records are kept, if declared; at least 1
 * @param filings the names of the filings made, copied and sorted; each non-blank
 */
public record EnterpriseProfile(OptionalInt recordRetentionYears, SortedSet<String> filings) {

    /** A profile that declares nothing. */
    public static final EnterpriseProfile UNDECLARED = new EnterpriseProfile(OptionalInt.empty(), new TreeSet<>());

    /**
     * Validates and copies the profile.
     *
     * @param recordRetentionYears the declared retention in years, if declared, not null
     * @param filings the filings made, not null
     * @throws IllegalArgumentException if the retention is below 1 year or a filing is blank
     */
    public EnterpriseProfile {
        Objects.requireNonNull(recordRetentionYears, "recordRetentionYears");
        Objects.requireNonNull(filings, "filings");
        if (recordRetentionYears.isPresent() && recordRetentionYears.getAsInt() < 1) {
            throw new IllegalArgumentException("recordRetentionYears \"" + recordRetentionYears.getAsInt()
                    + "\" is below 1; a declared retention period is at least one year");
        }
        for (String filing : filings) {
            Checks.text("filing", filing);
        }
        filings = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(filings));
    }

    /**
     * A profile declaring how many years records are kept, with no filings.
     *
     * @param years the declared retention in years, at least 1
     * @return the profile
     * @throws IllegalArgumentException if {@code years} is below 1
     */
    public static EnterpriseProfile retainingRecordsFor(int years) {
        return new EnterpriseProfile(OptionalInt.of(years), new TreeSet<>());
    }

    /**
     * Returns a copy with one more filing.
     *
     * @param filing the filing's name, not blank
     * @return the new profile
     * @throws IllegalArgumentException if {@code filing} is blank
     */
    public EnterpriseProfile withFiling(String filing) {
        Set<String> more = new TreeSet<>(filings);
        more.add(Objects.requireNonNull(filing, "filing"));
        return new EnterpriseProfile(recordRetentionYears, new TreeSet<>(more));
    }
}
