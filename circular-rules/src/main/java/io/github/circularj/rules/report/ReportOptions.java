package io.github.circularj.rules.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a report is written: its title, whether its data is synthetic, how many evidence ids each finding
 * shows, and the time it was generated, if any.
 *
 * <p>The defaults are: the report's own title, not synthetic, ten evidence ids per finding, and no
 * timestamp, so that the same scorecard always gives the same bytes. A report is only stamped with a
 * time when one is given here; the library never reads the clock.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportOptions {

    /** The number of evidence ids each finding shows by default. */
    public static final int DEFAULT_EVIDENCE_LIMIT = 10;

    private static final ReportOptions DEFAULTS = new ReportOptions(Optional.empty(), false, DEFAULT_EVIDENCE_LIMIT,
            Optional.empty());

    private final Optional<String> title;
    private final boolean syntheticData;
    private final int evidenceLimit;
    private final Optional<Instant> generatedAt;

    private ReportOptions(Optional<String> title, boolean syntheticData, int evidenceLimit,
            Optional<Instant> generatedAt) {
        this.title = title;
        this.syntheticData = syntheticData;
        this.evidenceLimit = evidenceLimit;
        this.generatedAt = generatedAt;
    }

    /**
     * Returns the default options.
     *
     * @return no title of its own, not synthetic, {@value #DEFAULT_EVIDENCE_LIMIT} evidence ids, no timestamp
     */
    public static ReportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with a title, shown as the report's heading (and the HTML page's title).
     *
     * @param newTitle the title, not null, not blank; Chinese text is welcome
     * @return the copy
     * @throws IllegalArgumentException if the title is blank
     */
    public ReportOptions withTitle(String newTitle) {
        Objects.requireNonNull(newTitle, "title");
        if (newTitle.isBlank()) {
            throw new IllegalArgumentException("report title \"" + newTitle + "\" is blank; a title has some text");
        }
        return new ReportOptions(Optional.of(newTitle), syntheticData, evidenceLimit, generatedAt);
    }

    /**
     * Returns a copy that says whether the data is synthetic; a report of synthetic data is stamped
     * "synthetic data" in every format (and on every chart of the HTML page).
     *
     * @param synthetic true if the scorecards were computed from synthetic data
     * @return the copy
     */
    public ReportOptions withSyntheticData(boolean synthetic) {
        return new ReportOptions(title, synthetic, evidenceLimit, generatedAt);
    }

    /**
     * Returns a copy showing at most this many evidence ids per finding; the evidence count is always
     * shown, and how many ids were left out.
     *
     * @param limit the number of ids, not negative; 0 shows counts only
     * @return the copy
     * @throws IllegalArgumentException if the limit is negative
     */
    public ReportOptions withEvidenceLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("evidence limit \"" + limit + "\" is negative; show 0 or more ids");
        }
        return new ReportOptions(title, syntheticData, limit, generatedAt);
    }

    /**
     * Returns a copy stamped with the time the report was generated, written as an ISO-8601 instant in UTC.
     *
     * @param instant the time, not null; pass a fixed instant to keep output reproducible
     * @return the copy
     */
    public ReportOptions withGeneratedAt(Instant instant) {
        Objects.requireNonNull(instant, "generatedAt");
        return new ReportOptions(title, syntheticData, evidenceLimit, Optional.of(instant));
    }

    /**
     * Returns the title.
     *
     * @return the title, or empty to use the report's own
     */
    public Optional<String> title() {
        return title;
    }

    /**
     * Returns whether the data is synthetic.
     *
     * @return true if every format is stamped "synthetic data"
     */
    public boolean isSyntheticData() {
        return syntheticData;
    }

    /**
     * Returns the number of evidence ids shown per finding.
     *
     * @return the limit, not negative
     */
    public int evidenceLimit() {
        return evidenceLimit;
    }

    /**
     * Returns the time the report was generated.
     *
     * @return the time, or empty when the report carries no timestamp
     */
    public Optional<Instant> generatedAt() {
        return generatedAt;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReportOptions o && title.equals(o.title) && syntheticData == o.syntheticData
                && evidenceLimit == o.evidenceLimit && generatedAt.equals(o.generatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, syntheticData, evidenceLimit, generatedAt);
    }

    /**
     * Returns the options as text, for example
     * {@code "ReportOptions[title=杭州, syntheticData=true, evidenceLimit=10, generatedAt=none]"}.
     *
     * @return the options as text
     */
    @Override
    public String toString() {
        return "ReportOptions[title=" + title.orElse("none") + ", syntheticData=" + syntheticData + ", evidenceLimit="
                + evidenceLimit + ", generatedAt=" + generatedAt.map(Instant::toString).orElse("none") + "]";
    }
}
