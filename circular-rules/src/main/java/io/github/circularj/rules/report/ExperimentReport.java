package io.github.circularj.rules.report;

import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.SubjectComparison;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A report of a policy experiment ({@link ExperimentResult}): the two packs, summary statistics of the
 * baseline scores, the variant scores and the deltas, the 4×4 band-migration matrix, every subject's
 * delta ranked, and the rules whose findings changed.
 *
 * <p>Subjects are ranked by delta, most negative (the largest fall) first, then by subject id, so the
 * ranking does not depend on the order of the population. In CSV the report is the table of subjects;
 * the other formats carry every part.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExperimentReport implements Report {

    static final Comparator<SubjectComparison> BY_DELTA = Comparator.comparingDouble(SubjectComparison::delta)
            .thenComparing(SubjectComparison::subjectId);

    private final ExperimentResult result;
    private final ReportOptions options;
    private final List<SubjectComparison> ranking;

    private ExperimentReport(ExperimentResult result, ReportOptions options) {
        this.result = Objects.requireNonNull(result, "result");
        this.options = Objects.requireNonNull(options, "options");
        List<SubjectComparison> sorted = new ArrayList<>(result.comparisons());
        sorted.sort(BY_DELTA);
        this.ranking = List.copyOf(sorted);
    }

    /**
     * Obtains a report of an experiment with the default options.
     *
     * @param result the experiment's result, not null
     * @return the report
     */
    public static ExperimentReport of(ExperimentResult result) {
        return new ExperimentReport(result, ReportOptions.defaults());
    }

    /**
     * Obtains a report of an experiment.
     *
     * @param result the experiment's result, not null
     * @param options the options, not null
     * @return the report
     */
    public static ExperimentReport of(ExperimentResult result, ReportOptions options) {
        return new ExperimentReport(result, options);
    }

    /**
     * Returns the experiment's result.
     *
     * @return the result
     */
    public ExperimentResult result() {
        return result;
    }

    /**
     * Returns the subjects ranked by delta (variant minus baseline), most negative first, ties by subject id.
     *
     * @return the comparisons in ranking order, unmodifiable
     */
    public List<SubjectComparison> ranking() {
        return ranking;
    }

    @Override
    public ReportOptions options() {
        return options;
    }

    /**
     * Returns the heading: the options' title, or else
     * {@code "Policy experiment: <baseline id> <version> vs <variant id> <version>"}.
     *
     * @return the title
     */
    public String title() {
        return options.title().orElse("Policy experiment: " + result.baselinePack().id() + " "
                + result.baselinePack().version() + " vs " + result.variantPack().id() + " "
                + result.variantPack().version());
    }

    @Override
    public void writeTo(ReportFormat format, Appendable out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        format.renderer().experiment(this, out);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExperimentReport r && result.equals(r.result) && options.equals(r.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(result, options);
    }

    /**
     * Returns the title and the number of subjects.
     *
     * @return the report as short text
     */
    @Override
    public String toString() {
        return "ExperimentReport[" + title() + ": " + result.size() + " subjects]";
    }
}
