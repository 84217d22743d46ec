package io.github.circularj.rules.report;

import io.github.circularj.rules.Scorecard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A report of many scorecards, such as every enterprise and city of a pilot: a ranking of the subjects
 * by band, then score, with pack, as-of date, the mandatory rules that capped a band, and how many
 * findings rest on library-default thresholds.
 *
 * <p>The ranking puts rated subjects before subjects that are not {@linkplain Scorecard#isRated() rated};
 * then orders by band, best first, so that a band capped by a failed mandatory rule ranks below every
 * better band whatever its score (a capped NON_COMPLIANT 83.33 below a COMPLIANT 81.25); then by score,
 * highest first; equal scores by subject id, then pack id, pack version and as-of date (all in natural
 * order), so the ranking, and every rendering, is the same whatever order the scorecards came in.
 * Positions count from 1; equal scores get consecutive positions. The report site ranks with the same
 * order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OverviewReport implements Report {

    /** The title of an overview whose options give none. */
    public static final String DEFAULT_TITLE = "Overview";

    /** The one ranking of subjects every report and the site use: rated first, then band, then score. */
    static final Comparator<Scorecard> RANKING = Comparator.comparing((Scorecard card) -> !card.isRated())
            .thenComparing(Scorecard::band)
            .thenComparing(Comparator.comparingDouble(Scorecard::score).reversed())
            .thenComparing(Scorecard::subjectId)
            .thenComparing(Scorecard::packId)
            .thenComparing(Scorecard::packVersion)
            .thenComparing(Scorecard::asOf);

    private final List<Scorecard> ranking;
    private final ReportOptions options;

    private OverviewReport(List<Scorecard> ranking, ReportOptions options) {
        this.ranking = ranking;
        this.options = options;
    }

    /**
     * Obtains an overview of scorecards.
     *
     * @param scorecards the scorecards in any order, not null, no null elements; copied. May be empty.
     * @param options the options, not null
     * @return the report
     * @throws IllegalArgumentException if two scorecards have the same subject id, pack id, pack version
     *     and as-of date
     */
    public static OverviewReport of(List<Scorecard> scorecards, ReportOptions options) {
        Objects.requireNonNull(options, "options");
        List<Scorecard> sorted = new ArrayList<>(List.copyOf(Objects.requireNonNull(scorecards, "scorecards")));
        TreeMap<String, Scorecard> seen = new TreeMap<>();
        for (Scorecard card : sorted) {
            String key = card.subjectId() + " " + card.packId() + " " + card.packVersion() + " as of " + card.asOf();
            if (seen.put(key, card) != null) {
                throw new IllegalArgumentException("scorecards hold subject \"" + card.subjectId() + "\" with pack \""
                        + card.packId() + " " + card.packVersion() + "\" as of " + card.asOf()
                        + " twice; an overview lists each subject once per pack, version and date");
            }
        }
        sorted.sort(RANKING);
        return new OverviewReport(List.copyOf(sorted), options);
    }

    /**
     * Obtains an overview of scorecards with a title and otherwise default options.
     *
     * @param scorecards the scorecards in any order, not null; copied
     * @param title the title, not blank
     * @return the report
     * @throws IllegalArgumentException if the title is blank or a subject is listed twice for the same
     *     pack, version and date
     */
    public static OverviewReport of(List<Scorecard> scorecards, String title) {
        return of(scorecards, ReportOptions.defaults().withTitle(title));
    }

    /**
     * Returns the scorecards in ranking order, best first.
     *
     * @return the ranking, unmodifiable
     */
    public List<Scorecard> ranking() {
        return ranking;
    }

    @Override
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the heading: the options' title, or else {@value #DEFAULT_TITLE}.
     *
     * @return the title
     */
    public String title() {
        return options.title().orElse(DEFAULT_TITLE);
    }

    @Override
    public void writeTo(ReportFormat format, Appendable out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        format.renderer().overview(this, out);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OverviewReport r && ranking.equals(r.ranking) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ranking, options);
    }

    /**
     * Returns the title and the number of subjects.
     *
     * @return the report as short text
     */
    @Override
    public String toString() {
        return "OverviewReport[" + title() + ": " + ranking.size() + " scorecards]";
    }
}
