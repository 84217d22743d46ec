package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/** Toy subjects, records and packs for the engine's tests. */
final class Fixtures {

    static final LocalDate BEFORE_STANDARD = LocalDate.of(2026, 6, 1);
    static final LocalDate AFTER_STANDARD = LocalDate.of(2027, 3, 1);
    static final RuleId ERASURE = RuleId.of("DATA-ERASURE");
    static final RuleId PROHIBITED = RuleId.of("SRC-PROHIBITED");
    static final RuleId RETENTION = RuleId.of("SRC-RETENTION");
    static final Citation ERASURE_STANDARD = Citation.of("数据安全技术 电子产品信息清除技术要求", "", Basis.STANDARD);

    private Fixtures() {
    }

    /** One traded item: its id, category and what happened to it. */
    record TestItem(String id, String category, boolean sold, boolean erased, boolean prohibited) {
        boolean phoneSold() {
            return sold && category.equals("phone");
        }
    }

    /** A shop with roles, a declared retention period and its items. */
    record TestShop(String id, String name, Set<String> roles, OptionalDouble retentionYears, List<TestItem> items)
            implements Subject<TestItem> {
        @Override
        public Stream<TestItem> records() {
            return items.stream();
        }
    }

    static TestShop dealer(List<TestItem> items) {
        return new TestShop("E1", "Dealer One", Set.of("DEALER"), OptionalDouble.of(3), items);
    }

    /** {@code sold} phones sold, of which {@code unerased} (the first ones, ids P000…) were not erased. */
    static List<TestItem> phones(int sold, int unerased) {
        List<TestItem> items = new ArrayList<>();
        for (int i = 0; i < sold; i++) {
            items.add(new TestItem(String.format("P%03d", i), "phone", true, i >= unerased, false));
        }
        return items;
    }

    static Rule<TestShop, TestItem> erasure() {
        return Rule.<TestShop, TestItem>builder(ERASURE, "Data erased before resale")
                .citation(ERASURE_STANDARD)
                .appliesTo("dealers", s -> s.roles().contains("DEALER"))
                .measure(Indicators.share(TestItem::phoneSold, TestItem::erased, TestItem::id))
                .term(Term.of(EffectivePeriod.until(LocalDate.of(2027, 1, 1)), Target.atLeast(0.95, Unit.SHARE), false))
                .term(Term.of(EffectivePeriod.from(LocalDate.of(2027, 1, 1)), Target.atLeast(1.0, Unit.SHARE), true)
                        .citedTo(ERASURE_STANDARD.inForceFrom(LocalDate.of(2027, 1, 1))))
                .describedAs(Describer.share("phones sold", "had no data-erasure record before sale"))
                .build();
    }

    static Rule<TestShop, TestItem> prohibited() {
        return Rule.<TestShop, TestItem>builder(PROHIBITED, "No trade in prohibited goods")
                .citation(Citation.of("废旧金属收购业治安管理办法", "Art. 8", Basis.STATUTE))
                .measure(Indicators.count(TestItem::prohibited, TestItem::id))
                .target(Target.zeroTolerance(Unit.COUNT))
                .mandatory(true)
                .describedAs(Describer.count("trades of prohibited goods"))
                .build();
    }

    static Rule<TestShop, TestItem> retention() {
        return Rule.<TestShop, TestItem>builder(RETENTION, "Records kept long enough")
                .citation(Citation.of("电子商务法", "Art. 31", Basis.STATUTE))
                .measure(Indicators.profile("the declared record-retention period", TestShop::retentionYears, Unit.YEARS))
                .target(Target.atLeast(3, Unit.YEARS))
                .describedAs(Describer.quantity("the declared record-retention period"))
                .build();
    }

    /** Data protection (weight 1): DATA-ERASURE; Sourcing (weight 3): SRC-PROHIBITED, SRC-RETENTION. */
    static RulePack<TestShop, TestItem> pack() {
        return RulePack.<TestShop, TestItem>builder("test-enterprise", "1")
                .criterion("Data protection", 1, erasure())
                .criterion("Sourcing", 3, prohibited(), retention())
                .build();
    }
}
