package io.github.circularj.rules.report;

import io.github.circularj.rules.Scorecard;
import java.io.IOException;
import java.util.Objects;

/**
 * A report of one {@link Scorecard}: headline (subject, pack, as-of date, score, band and any mandatory
 * rule that capped it), the score per criterion, and every finding with its measurement, target,
 * attainment, points, citation (library defaults marked) and evidence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScorecardReport implements Report {

    private final Scorecard scorecard;
    private final ReportOptions options;

    private ScorecardReport(Scorecard scorecard, ReportOptions options) {
        this.scorecard = Objects.requireNonNull(scorecard, "scorecard");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Obtains a report of a scorecard with the default options.
     *
     * @param scorecard the scorecard, not null
     * @return the report
     */
    public static ScorecardReport of(Scorecard scorecard) {
        return new ScorecardReport(scorecard, ReportOptions.defaults());
    }

    /**
     * Obtains a report of a scorecard.
     *
     * @param scorecard the scorecard, not null
     * @param options the options, not null
     * @return the report
     */
    public static ScorecardReport of(Scorecard scorecard, ReportOptions options) {
        return new ScorecardReport(scorecard, options);
    }

    /**
     * Returns the scorecard.
     *
     * @return the scorecard
     */
    public Scorecard scorecard() {
        return scorecard;
    }

    @Override
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the heading: the options' title, or else {@code "Scorecard: <subject id> <subject name>"}.
     *
     * @return the title
     */
    public String title() {
        return options.title().orElse("Scorecard: " + scorecard.subjectId() + " " + scorecard.subjectName());
    }

    @Override
    public void writeTo(ReportFormat format, Appendable out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        format.renderer().scorecard(this, out);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ScorecardReport r && scorecard.equals(r.scorecard) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scorecard, options);
    }

    /**
     * Returns the report's title and scorecard headline.
     *
     * @return the report as short text
     */
    @Override
    public String toString() {
        return "ScorecardReport[" + title() + ": " + scorecard + "]";
    }
}
