package io.github.circularj.rules.report;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.experiment.ExperimentResult;
import io.github.circularj.rules.experiment.PolicyExperiment;
import io.github.circularj.rules.experiment.Sensitivity;
import io.github.circularj.rules.experiment.SensitivityResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** Toy shops (synthetic, no real company) and a toy pack with one rule of each citation basis that matters. */
final class ReportFixtures {

    static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    static final String ERASURE_STANDARD_TITLE = "数据安全技术 电子产品信息清除技术要求";
    static final RuleId ERASURE = RuleId.of("DATA-ERASURE");
    static final RuleId PROHIBITED = RuleId.of("SRC-PROHIBITED");
    static final RuleId RETENTION = RuleId.of("SRC-RETENTION");

    private ReportFixtures() {
    }

    /** One traded item. */
    record Item(String id, boolean phone, boolean sold, boolean erased, boolean prohibited) {
        boolean phoneSold() {
            return phone && sold;
        }
    }

    /** A shop with a declared record-retention period and its items. */
    record Shop(String id, String name, OptionalDouble retentionYears, List<Item> items) implements Subject<Item> {
        @Override
        public Stream<Item> records() {
            return items.stream();
        }
    }

    /** {@code sold} phones, the first {@code unerased} of them (ids P000…) not erased, the first {@code prohibited} flagged. */
    static List<Item> phones(int sold, int unerased, int prohibited) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < sold; i++) {
            items.add(new Item(String.format("P%03d", i), true, true, i >= unerased, i < prohibited));
        }
        return items;
    }

    /**
     * Data protection (weight 1): DATA-ERASURE, a standard, 100 % and mandatory from 2027-01-01.
     * Sourcing (weight 3): SRC-PROHIBITED, a statute, zero tolerance, mandatory; SRC-RETENTION, at least 3
     * years, whose number is a library default.
     */
    static RulePack<Shop, Item> pack() {
        Citation standard = Citation.of(ERASURE_STANDARD_TITLE, "", Basis.STANDARD);
        Rule<Shop, Item> erasure = Rule.<Shop, Item>builder(ERASURE, "Data erased before resale")
                .citation(standard)
                .measure(Indicators.share(Item::phoneSold, Item::erased, Item::id))
                .term(Term.of(EffectivePeriod.until(LocalDate.of(2027, 1, 1)), Target.atLeast(0.95, Unit.SHARE), false))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(1.0, Unit.SHARE), true)
                        .citedTo(standard.inForceFrom(LocalDate.of(2027, 1, 1))))
                .describedAs(Describer.share("phones sold", "had no data-erasure record before sale"))
                .build();
        Rule<Shop, Item> prohibited = Rule.<Shop, Item>builder(PROHIBITED, "No trade in prohibited goods")
                .citation(Citation.of("废旧金属收购业治安管理办法", "Art. 8", Basis.STATUTE))
                .measure(Indicators.count(Item::prohibited, Item::id))
                .target(Target.zeroTolerance(Unit.COUNT))
                .mandatory(true)
                .describedAs(Describer.count("trades of prohibited goods"))
                .build();
        Rule<Shop, Item> retention = Rule.<Shop, Item>builder(RETENTION, "Records kept long enough")
                .citation(Citation.of("电子商务法", "Art. 31", Basis.LIBRARY_DEFAULT))
                .measure(Indicators.profile("the declared record-retention period", Shop::retentionYears, Unit.YEARS))
                .target(Target.atLeast(3, Unit.YEARS))
                .describedAs(Describer.quantity("the declared record-retention period"))
                .build();
        return RulePack.<Shop, Item>builder("toy-enterprise", "1")
                .criterion("Data protection 数据保护", 1, erasure)
                .criterion("Sourcing", 3, prohibited, retention)
                .build();
    }

    /** The same pack with no library-default threshold: SRC-RETENTION cited as a statute. */
    static RulePack<Shop, Item> packWithoutLibraryDefaults() {
        Rule<Shop, Item> retention = Rule.<Shop, Item>builder(RETENTION, "Records kept long enough")
                .citation(Citation.of("电子商务法", "Art. 31", Basis.STATUTE))
                .measure(Indicators.profile("the declared record-retention period", Shop::retentionYears, Unit.YEARS))
                .target(Target.atLeast(3, Unit.YEARS))
                .build();
        return pack().withRule(retention);
    }

    static Scorecard score(Shop shop) {
        return ComplianceEngine.create().score(shop, pack(), AS_OF);
    }

    /** 示例 Dealer One: 12 of 480 phones not erased (mandatory rule failed), 3 years retention: score 75. */
    static Scorecard dealerOne() {
        return score(new Shop("E1", "示例 Dealer One", OptionalDouble.of(3), phones(480, 12, 0)));
    }

    /** Four shops: E2 scores 100; E1 and E3 tie at 75 (both capped); E4 declares no retention period. */
    static List<Scorecard> pilot() {
        return shops().stream().map(ReportFixtures::score).toList();
    }

    /** The four shops of {@link #pilot()}. */
    static List<Shop> shops() {
        return List.of(
                new Shop("E1", "示例 Dealer One", OptionalDouble.of(3), phones(480, 12, 0)),
                new Shop("E2", "样例 Refurbisher Two", OptionalDouble.of(5), phones(200, 0, 0)),
                new Shop("E3", "Dealer Three", OptionalDouble.of(3), phones(100, 1, 0)),
                new Shop("E4", "Market Four", OptionalDouble.empty(), phones(50, 0, 2)));
    }

    /** The variant of the experiment: DATA-ERASURE relaxed to 95 % (still mandatory), SRC-RETENTION raised to 5 years. */
    static RulePack<Shop, Item> relaxedErasureLongerRetention() {
        return pack().withTarget(ERASURE, Target.atLeast(0.95, Unit.SHARE))
                .withTarget(RETENTION, Target.atLeast(5, Unit.YEARS))
                .withVersion("1-variant");
    }

    /**
     * The pilot's shops under {@link #pack()} and {@link #relaxedErasureLongerRetention()}, as of {@link #AS_OF}.
     * E1 (97.5 % erased, 3 years) and E3 (99 %, 3 years) lose the retention points but no longer fail the
     * mandatory erasure rule: 75 capped NON_COMPLIANT becomes (1 × 1 + 3 × 0.5) / 4 = 62.5 NEEDS_IMPROVEMENT.
     * E2 stays at 100; E4 stays at 25, capped by SRC-PROHIBITED.
     */
    static ExperimentResult experiment() {
        return PolicyExperiment.compare(pack(), relaxedErasureLongerRetention(), shops(), AS_OF);
    }

    /**
     * SRC-RETENTION's threshold swept over 1, 3, 5 and 7 years. At 5 years E1 and E3 fall to
     * (0 × 1 + 3 × 0.5) / 4 = 37.5; at 7 years E2 (5 years declared) falls to (1 + 1.5) / 4 = 62.5 too.
     */
    static SensitivityResult retentionSweep() {
        return Sensitivity.sweep(pack(), RETENTION, List.of(1.0, 3.0, 5.0, 7.0), shops(), AS_OF);
    }
}
