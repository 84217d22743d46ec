package io.github.circularj.examples;

import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformRule;
import io.github.circularj.rules.platform.PlatformSubject;
import io.github.circularj.rules.report.ExperimentReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.testkit.SyntheticPlatform;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * "What if the frequent-seller threshold were 20 sales a year?": scores six synthetic platforms against the
 * platform pack {@code cn-platform-operator} as it is (a private seller of more than 36 sales a year is an
 * operator, this library's default) and with 20, and prints the comparison: score deltas, band migrations and
 * the rule that moved them (PLAT-FREQUENT-SELLER).
 *
 * <p>The platforms are synthetic ({@link SyntheticPlatform}), 60 sellers each, every duty kept, and from none to
 * five private sellers of {@value SyntheticPlatform#BUSY_SALES} sales who are not registered as operators: within
 * today's threshold, beyond 20. The rule is a share on a step curve (every frequent seller must be registered), so
 * a platform with one such seller goes from NOT_APPLICABLE (no frequent seller) to NOT_MET.
 */
public final class PlatformExperimentExample {

    /** The frequent-seller threshold of the variant, in sales a year. */
    static final double VARIANT_THRESHOLD = 20;

    private PlatformExperimentExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** Six platforms with 0 to 5 busy private sellers each. */
    static List<PlatformSubject> platforms() {
        List<PlatformSubject> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(SyntheticPlatform.builder(40 + i).sellers(60).busyPrivateSellers(i).build().subject());
        }
        return out;
    }

    /** The variant: the frequent-seller threshold at {@link #VARIANT_THRESHOLD}. */
    static RulePack<PlatformSubject, SellerActivity> variant(RulePack<PlatformSubject, SellerActivity> baseline) {
        return baseline.withParameter(PlatformOperator.FREQUENT_SELLER, PlatformRule.SALES_PER_YEAR, VARIANT_THRESHOLD)
                .withVersion(baseline.version() + "-frequent-20");
    }

    /** Runs the comparison and prints it; returns the result. */
    static ExperimentResult run(PrintStream out) {
        RulePack<PlatformSubject, SellerActivity> baseline = PlatformOperator.pack();
        ExperimentResult result = PolicyExperiment.compare(ComplianceEngine.create(), baseline, variant(baseline),
                platforms(), SyntheticPlatform.AS_OF);
        out.print(ExperimentReport.of(result, ReportOptions.defaults().withSyntheticData(true)
                .withTitle("Secondhand platforms: a frequent seller at more than 20 sales a year instead of 36, as of "
                        + SyntheticPlatform.AS_OF)).render(ReportFormat.TEXT));
        return result;
    }
}
