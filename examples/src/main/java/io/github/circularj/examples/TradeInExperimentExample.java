package io.github.circularj.examples;

import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.report.ExperimentReport;
import io.github.circularj.rules.report.ReportFormat;
import io.github.circularj.rules.report.ReportOptions;
import io.github.circularj.rules.tradein.RetailerSubject;
import io.github.circularj.rules.tradein.TradeInClaim;
import io.github.circularj.rules.tradein.TradeInProgramme;
import io.github.circularj.rules.tradein.TradeInRule;
import io.github.circularj.rules.tradein.TradeInSubject;
import io.github.circularj.testkit.SyntheticTradeIn;
import io.github.circularj.testkit.TradeInViolation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * "What if the per-item cap of digital products were RMB 300?": scores eight synthetic trade-in retailers against
 * the trade-in pack {@code cn-trade-in-2025} as it is (RMB 500 per phone, tablet or watch) and with the cap at
 * RMB 300, and prints the comparison: score deltas, band migrations and which rule moved them (ITEM-CAP, since
 * every claim over RMB 300 of a digital product now offends it).
 *
 * <p>The retailers are synthetic ({@link SyntheticTradeIn}), 300 claims each, with a few planted violations of
 * every kind but the per-item cap, which all of them meet today. ITEM-CAP scores on a step curve (every claim must
 * comply), so the lower cap turns it from MET to NOT_MET for each retailer with a digital claim over RMB 300.
 */
public final class TradeInExperimentExample {

    /** The per-item cap of digital products in the variant, in yuan. */
    static final double VARIANT_CAP = 300;

    private TradeInExperimentExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /** The synthetic retailers: eight, 300 claims each, with violation rates growing from one to the next
     * (none over the per-item cap). */
    static List<RetailerSubject> retailers() {
        List<RetailerSubject> out = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            SyntheticTradeIn.Builder b = SyntheticTradeIn.retailer(100 + i).number(i).claims(300);
            for (TradeInViolation v : TradeInViolation.values()) {
                if (v != TradeInViolation.OVER_ITEM_CAP) { // all meet today's cap, so the experiment shows the new cap's effect
                    b.rate(v, 0.002 * i);
                }
            }
            out.add(b.build().subject());
        }
        return out;
    }

    /** The variant: the digital per-item cap at {@link #VARIANT_CAP}. */
    static RulePack<TradeInSubject, TradeInClaim> variant(RulePack<TradeInSubject, TradeInClaim> baseline) {
        return baseline.withParameter(TradeInProgramme.ITEM_CAP, TradeInRule.DIGITAL_ITEM_CAP, VARIANT_CAP)
                .withVersion(baseline.version() + "-cap-300");
    }

    /** Runs the comparison and prints it; returns the result. */
    static ExperimentResult run(PrintStream out) {
        RulePack<TradeInSubject, TradeInClaim> baseline = TradeInProgramme.pack();
        ExperimentResult result = PolicyExperiment.compare(ComplianceEngine.create(), baseline, variant(baseline),
                retailers(), SyntheticTradeIn.AS_OF);
        out.print(ExperimentReport.of(result, ReportOptions.defaults().withSyntheticData(true)
                .withTitle("Trade-in retailers: a digital per-item cap of RMB 300 instead of RMB 500, as of "
                        + SyntheticTradeIn.AS_OF)).render(ReportFormat.TEXT));
        return result;
    }
}
