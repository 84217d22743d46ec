package io.github.circularj.rules.experiment;

import io.github.circularj.rules.Band;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * Toy enterprises, towns and packs for the experiment tests.
 *
 * <p>The enterprise pack scores (a_erasure + 2 a_prohibited + a_retention) / 4 × 100 with step curves:
 * "Data protection" (weight 1) holds DATA-ERASURE (share of phones sold that were erased, at least 95 %);
 * "Sourcing" (weight 2) holds SRC-PROHIBITED (no prohibited goods, mandatory); "Records" (weight 1)
 * holds REC-RETENTION (declared retention at least 3 years).
 */
public final class Toys {

    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    public static final RuleId ERASURE = RuleId.of("DATA-ERASURE");
    public static final RuleId PROHIBITED = RuleId.of("SRC-PROHIBITED");
    public static final RuleId RETENTION = RuleId.of("REC-RETENTION");
    public static final RuleId TOWN_SHARE = RuleId.of("TOWN-COMPLIANT-SHARE");

    private Toys() {
    }

    /** One traded item. */
    public record TestItem(String id, boolean phoneSold, boolean erased, boolean prohibited) {
    }

    /** An enterprise with a declared retention period and its items. */
    public record TestEnterprise(String id, String name, double retentionYears, List<TestItem> items)
            implements Subject<TestItem> {
        @Override
        public Stream<TestItem> records() {
            return items.stream();
        }
    }

    /** A town whose records are its enterprises' scorecards. */
    public record TestTown(String id, String name, List<Scorecard> enterprises) implements Subject<Scorecard> {
        @Override
        public Stream<Scorecard> records() {
            return enterprises.stream();
        }
    }

    /** An enterprise that sold {@code sold} phones, {@code unerased} of them unerased, and {@code prohibited} prohibited items. */
    public static TestEnterprise enterprise(String id, int sold, int unerased, int prohibited, double retentionYears) {
        List<TestItem> items = new ArrayList<>();
        for (int i = 0; i < sold; i++) {
            items.add(new TestItem(String.format("%s-P%03d", id, i), true, i >= unerased, false));
        }
        for (int i = 0; i < prohibited; i++) {
            items.add(new TestItem(String.format("%s-X%03d", id, i), false, false, true));
        }
        return new TestEnterprise(id, "Enterprise " + id, retentionYears, items);
    }

    /** All 100 phones erased, nothing prohibited, 5 years' retention: 100, EXEMPLARY under any variant here. */
    public static TestEnterprise a() {
        return enterprise("A", 100, 0, 0, 5);
    }

    /** 97 of 100 phones erased, 3 years' retention: 100 EXEMPLARY at 95 %, 75 COMPLIANT at 100 %. */
    public static TestEnterprise b() {
        return enterprise("B", 100, 3, 0, 3);
    }

    /** 90 of 100 phones erased, 3 years' retention: 75 COMPLIANT at 95 % and at 100 %. */
    public static TestEnterprise c() {
        return enterprise("C", 100, 10, 0, 3);
    }

    /** 97 of 100 erased, one prohibited trade (mandatory), 3 years: 50 then 25, NON_COMPLIANT both. */
    public static TestEnterprise d() {
        return enterprise("D", 100, 3, 1, 3);
    }

    public static List<TestEnterprise> population() {
        return List.of(a(), b(), c(), d());
    }

    public static RulePack<TestEnterprise, TestItem> pack() {
        Citation standard = Citation.of("Test erasure standard", "§1", Basis.STANDARD);
        Rule<TestEnterprise, TestItem> erasure = Rule.<TestEnterprise, TestItem>builder(ERASURE, "Data erased before resale")
                .citation(standard)
                .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                .target(Target.atLeast(0.95, Unit.SHARE))
                .describedAs(Describer.share("phones sold", "had no data-erasure record before sale"))
                .build();
        Rule<TestEnterprise, TestItem> prohibited = Rule.<TestEnterprise, TestItem>builder(PROHIBITED, "No prohibited goods")
                .citation(Citation.of("Test statute", "Art. 8", Basis.STATUTE))
                .measure(Indicators.count(TestItem::prohibited, TestItem::id))
                .target(Target.zeroTolerance(Unit.COUNT))
                .mandatory(true)
                .describedAs(Describer.count("trades of prohibited goods"))
                .build();
        Rule<TestEnterprise, TestItem> retention = Rule.<TestEnterprise, TestItem>builder(RETENTION, "Records kept long enough")
                .citation(Citation.of("Test statute", "Art. 31", Basis.STATUTE))
                .measure(Indicators.profile("the declared record-retention period",
                        e -> OptionalDouble.of(e.retentionYears()), Unit.YEARS))
                .target(Target.atLeast(3, Unit.YEARS))
                .describedAs(Describer.quantity("the declared record-retention period"))
                .build();
        return RulePack.<TestEnterprise, TestItem>builder("toy-enterprise", "1")
                .criterion("Data protection", 1, erasure)
                .criterion("Sourcing", 2, prohibited)
                .criterion("Records", 1, retention)
                .build();
    }

    /** The pack with DATA-ERASURE raised to 100 %. */
    public static RulePack<TestEnterprise, TestItem> erasureAtHundred() {
        return pack().withTarget(ERASURE, Target.atLeast(1.0, Unit.SHARE)).withVersion("1-erasure-100");
    }

    /** The pack with DATA-ERASURE at 100 % and REC-RETENTION at 5 years. */
    public static RulePack<TestEnterprise, TestItem> erasureAndRetention() {
        return erasureAtHundred().withTarget(RETENTION, Target.atLeast(5, Unit.YEARS)).withVersion("1-strict");
    }

    /** A town pack: at least 75 % of a town's enterprises EXEMPLARY or COMPLIANT. */
    public static RulePack<TestTown, Scorecard> townPack() {
        Rule<TestTown, Scorecard> share = Rule.<TestTown, Scorecard>builder(TOWN_SHARE, "Most enterprises compliant")
                .citation(Citation.of("Test town plan", "§2", Basis.POLICY_TARGET))
                .measure(Indicators.share(s -> true, s -> s.band() == Band.EXEMPLARY || s.band() == Band.COMPLIANT,
                        Scorecard::subjectId))
                .target(Target.atLeast(0.75, Unit.SHARE))
                .describedAs(Describer.share("enterprises", "were not compliant"))
                .build();
        return RulePack.<TestTown, Scorecard>builder("toy-town", "1").criterion("Enterprises", 1, share).build();
    }
}
