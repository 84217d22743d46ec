package io.github.circularj.rules.experiment;

import java.util.List;
import java.util.Objects;

/**
 * The population at one value of a swept parameter: score and delta statistics, counts per band, and
 * the band migration from the pack as given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param label the value as a person reads it, e.g. {@code "at least 97 %"} or {@code "weight 2"}
 * @param value the value as a number, for charting: the threshold (a fraction for a share) or the weight
 * @param scores the statistics of the scores at this value
 * @param deltas the statistics of the per-subject deltas from the pack as given
 * @param bands the counts per band at this value
 * @param migration the band migration from the pack as given to the pack at this value
 * @param movedSubjects the ids of the subjects that changed band from the pack as given, in natural
 *     {@link String} order, so that a report can name (and link to) them
 */
public record SensitivityRow(String label, double value, Statistics scores, Statistics deltas, BandCounts bands,
        BandMigration migration, List<String> movedSubjects) {

    /**
     * Validates the row.
     *
     * @param label the label, not blank
     * @param value the value, finite
     * @param scores the score statistics, not null
     * @param deltas the delta statistics, not null
     * @param bands the band counts, not null
     * @param migration the migration, not null
     * @param movedSubjects the ids of the subjects that moved band, not null; copied
     * @throws IllegalArgumentException if the label is blank, the value not finite, the parts count
     *     different numbers of subjects, or the moved subjects are not as many as the migration's moves,
     *     not sorted or not distinct
     */
    public SensitivityRow {
        Objects.requireNonNull(label, "label");
        movedSubjects = List.copyOf(Objects.requireNonNull(movedSubjects, "movedSubjects"));
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(deltas, "deltas");
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(migration, "migration");
        if (label.isBlank()) {
            throw new IllegalArgumentException("sensitivity row label \"" + label + "\" is blank");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("sensitivity row value \"" + value + "\" is not finite");
        }
        int n = scores.count();
        if (deltas.count() != n || bands.total() != n || migration.total() != n
                || !migration.toCounts().equals(bands)) {
            throw new IllegalArgumentException("sensitivity row \"" + label + "\": scores count " + n + ", deltas "
                    + deltas.count() + ", bands " + bands.total() + " (" + bands + "), migration " + migration.total()
                    + " (to " + migration.toCounts() + "); they must agree");
        }
        if (movedSubjects.size() != migration.moved()) {
            throw new IllegalArgumentException("sensitivity row \"" + label + "\": " + movedSubjects.size()
                    + " moved subjects named but the migration has " + migration.moved() + " moves; they must agree");
        }
        for (int i = 1; i < movedSubjects.size(); i++) {
            if (movedSubjects.get(i - 1).compareTo(movedSubjects.get(i)) >= 0) {
                throw new IllegalArgumentException("sensitivity row \"" + label + "\": moved subjects \""
                        + movedSubjects.get(i - 1) + "\" and \"" + movedSubjects.get(i)
                        + "\" are not in strictly ascending order; list each id once, sorted");
            }
        }
    }

    /**
     * Returns how many subjects changed band from the pack as given.
     *
     * @return the number of subjects off the migration's diagonal
     */
    public int subjectsMovedBand() {
        return migration.moved();
    }

    /**
     * Returns the row as text, e.g.
     * {@code "at least 97 % (0.97): n=3 mean 83.33 median 75.00 min 75.00 max 100.00 [EXEMPLARY 1, …]; 1 moved band"}.
     *
     * @return the row as text
     */
    @Override
    public String toString() {
        return label + " (" + SensitivityResult.plain(value) + "): " + scores + " [" + bands + "]; " + subjectsMovedBand()
                + " moved band";
    }
}
