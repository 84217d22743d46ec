package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of a {@link PolicyExperiment}: per subject the baseline and variant scorecards, the
 * band-migration matrix, summary statistics and the rules whose findings changed.
 *
 * <p>The comparisons are sorted by subject id (natural {@link String} order), whatever the order of the
 * population or the number of threads; everything else is computed from them, so the same population in
 * any order gives an equal result. An empty population gives an empty result: no comparisons, an
 * all-zero matrix, statistics of count 0 with empty mean, median, min and max, and no rule impacts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExperimentResult {

    private final RulePack<?, ?> baselinePack;
    private final RulePack<?, ?> variantPack;
    private final LocalDate asOf;
    private final List<SubjectComparison> comparisons;
    private final Map<String, SubjectComparison> bySubject;
    private final BandMigration migration;
    private final Summary summary;
    private final List<RuleImpact> ruleImpacts;

    private ExperimentResult(RulePack<?, ?> baselinePack, RulePack<?, ?> variantPack, LocalDate asOf,
            List<SubjectComparison> comparisons) {
        this.baselinePack = baselinePack;
        this.variantPack = variantPack;
        this.asOf = asOf;
        this.comparisons = comparisons;
        Map<String, SubjectComparison> index = new LinkedHashMap<>();
        List<Band> from = new ArrayList<>();
        List<Band> to = new ArrayList<>();
        double[] before = new double[comparisons.size()];
        double[] after = new double[comparisons.size()];
        double[] deltas = new double[comparisons.size()];
        Map<RuleId, int[]> impacts = new TreeMap<>();
        for (int i = 0; i < comparisons.size(); i++) {
            SubjectComparison c = comparisons.get(i);
            index.put(c.subjectId(), c);
            from.add(c.fromBand());
            to.add(c.toBand());
            before[i] = c.baseline().score();
            after[i] = c.variant().score();
            deltas[i] = c.delta();
            for (RuleId rule : c.changedRules()) {
                int[] counts = impacts.computeIfAbsent(rule, r -> new int[2]);
                counts[0]++;
                if (c.movedBand()) {
                    counts[1]++;
                }
            }
        }
        this.bySubject = Collections.unmodifiableMap(index);
        this.migration = BandMigration.of(from, to);
        this.summary = new Summary(Statistics.of(before), Statistics.of(after), Statistics.of(deltas),
                BandCounts.of(from), BandCounts.of(to));
        List<RuleImpact> ranked = new ArrayList<>();
        impacts.forEach((rule, counts) -> ranked.add(new RuleImpact(rule, counts[0], counts[1])));
        ranked.sort(RuleImpact.RANKING);
        this.ruleImpacts = List.copyOf(ranked);
    }

    /**
     * Assembles a result from comparisons already made, in any order.
     *
     * <p>{@link PolicyExperiment} calls this; it is public so that results computed elsewhere (for example
     * on a distributed engine) can be summarised the same way.
     *
     * @param baselinePack the baseline pack, not null
     * @param variantPack the variant pack, not null
     * @param asOf the date both were judged as of, not null
     * @param comparisons the comparisons, not null, one per subject; copied and sorted by subject id
     * @return the result
     * @throws IllegalArgumentException if two comparisons are of one subject id, a scorecard is as of
     *     another date, or a scorecard is not of its pack (by id and version)
     */
    public static ExperimentResult of(RulePack<?, ?> baselinePack, RulePack<?, ?> variantPack, LocalDate asOf,
            List<SubjectComparison> comparisons) {
        Objects.requireNonNull(baselinePack, "baselinePack");
        Objects.requireNonNull(variantPack, "variantPack");
        Objects.requireNonNull(asOf, "asOf");
        List<SubjectComparison> sorted = new ArrayList<>(List.copyOf(comparisons));
        sorted.sort(Comparator.comparing(SubjectComparison::subjectId));
        Set<String> seen = new HashSet<>();
        for (SubjectComparison c : sorted) {
            if (!seen.add(c.subjectId())) {
                throw new IllegalArgumentException("subject id \"" + c.subjectId()
                        + "\" appears twice in the population; subject ids must be unique in an experiment");
            }
            if (!c.baseline().asOf().equals(asOf)) {
                throw new IllegalArgumentException("scorecard of subject \"" + c.subjectId() + "\" is as of "
                        + c.baseline().asOf() + "; the experiment is as of " + asOf);
            }
            checkPack(c.baseline(), baselinePack, "baseline");
            checkPack(c.variant(), variantPack, "variant");
        }
        return new ExperimentResult(baselinePack, variantPack, asOf, List.copyOf(sorted));
    }

    private static void checkPack(Scorecard card, RulePack<?, ?> pack, String side) {
        if (!card.packId().equals(pack.id()) || !card.packVersion().equals(pack.version())) {
            throw new IllegalArgumentException(side + " scorecard of subject \"" + card.subjectId() + "\" is of pack "
                    + card.packId() + " " + card.packVersion() + "; the " + side + " pack is " + pack.id() + " "
                    + pack.version());
        }
    }

    /**
     * Returns the baseline pack (for a derived population, the pack of the derived subjects).
     *
     * @return the pack
     */
    public RulePack<?, ?> baselinePack() {
        return baselinePack;
    }

    /**
     * Returns the variant pack (for a derived population, the pack of the derived subjects).
     *
     * @return the pack
     */
    public RulePack<?, ?> variantPack() {
        return variantPack;
    }

    /**
     * Returns the date both packs judged as of.
     *
     * @return the as-of date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns one comparison per subject, sorted by subject id.
     *
     * @return the comparisons, unmodifiable
     */
    public List<SubjectComparison> comparisons() {
        return comparisons;
    }

    /**
     * Returns the comparison of one subject.
     *
     * @param subjectId the subject's id, not null
     * @return the comparison, or empty if the population had no such subject
     */
    public Optional<SubjectComparison> comparison(String subjectId) {
        return Optional.ofNullable(bySubject.get(Objects.requireNonNull(subjectId, "subjectId")));
    }

    /**
     * Returns the comparisons of the subjects that changed band, sorted by subject id.
     *
     * @return the comparisons, unmodifiable
     */
    public List<SubjectComparison> movedSubjects() {
        return comparisons.stream().filter(SubjectComparison::movedBand).toList();
    }

    /**
     * Returns how many subjects were compared.
     *
     * @return the population size
     */
    public int size() {
        return comparisons.size();
    }

    /**
     * Returns whether the population was empty.
     *
     * @return true if no subject was compared
     */
    public boolean isEmpty() {
        return comparisons.isEmpty();
    }

    /**
     * Returns the band-migration matrix.
     *
     * @return the matrix; its {@link BandMigration#total()} is {@link #size()}
     */
    public BandMigration migration() {
        return migration;
    }

    /**
     * Returns the summary statistics.
     *
     * @return the summary
     */
    public Summary summary() {
        return summary;
    }

    /**
     * Returns the rules whose finding changed for at least one subject, in {@link RuleImpact#RANKING}
     * order: most subjects changed first, then most subjects moved band, then by rule id.
     *
     * @return the impacts, unmodifiable
     */
    public List<RuleImpact> ruleImpacts() {
        return ruleImpacts;
    }

    /**
     * Returns the impact of one rule.
     *
     * @param ruleId the rule, not null
     * @return the impact, or empty if the rule changed no subject's finding
     */
    public Optional<RuleImpact> ruleImpact(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return ruleImpacts.stream().filter(i -> i.ruleId().equals(ruleId)).findFirst();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ExperimentResult r && baselinePack.id().equals(r.baselinePack.id())
                && baselinePack.version().equals(r.baselinePack.version())
                && variantPack.id().equals(r.variantPack.id()) && variantPack.version().equals(r.variantPack.version())
                && asOf.equals(r.asOf) && comparisons.equals(r.comparisons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselinePack.id(), variantPack.id(), asOf, comparisons);
    }

    /**
     * Returns the headline, e.g. {@code "Experiment test 1 → test 1-variant as of 2027-03-01 over 3 subjects:
     * 2 moved band (2 down, 0 up), mean delta -16.67; most changed rule DATA-ERASURE: 2 subjects changed,
     * 2 moved band"}.
     *
     * @return the headline
     */
    @Override
    public String toString() {
        String head = "Experiment " + baselinePack.id() + " " + baselinePack.version() + " → " + variantPack.id() + " "
                + variantPack.version() + " as of " + asOf + " over " + size() + (size() == 1 ? " subject" : " subjects");
        if (isEmpty()) {
            return head + ": nothing to compare";
        }
        return head + ": " + migration.moved() + " moved band (" + migration.downgraded() + " down, "
                + migration.upgraded() + " up), mean delta " + Statistics.twoDecimals(summary.deltas().mean().getAsDouble())
                + (ruleImpacts.isEmpty() ? "; no finding changed" : "; most changed rule " + ruleImpacts.get(0));
    }
}
