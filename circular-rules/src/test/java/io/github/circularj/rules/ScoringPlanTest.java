package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.circularj.rules.Fixtures.TestItem;
import io.github.circularj.rules.Fixtures.TestShop;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ScoringPlanTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);
    private final ComplianceEngine engine = ComplianceEngine.builder().evidenceLimit(3).build();

    private static Gen<TestItem> items() {
        return integers().between(0, 16 * 200 - 1).map(n -> new TestItem(String.format("I%03d", n / 16),
                (n & 1) != 0 ? "phone" : "book", (n & 2) != 0, (n & 4) != 0, (n & 8) != 0));
    }

    private static TestShop shop(List<TestItem> items) {
        return new TestShop("E1", "Dealer One", Set.of("DEALER"), OptionalDouble.of(2), items);
    }

    private static <T> byte[] bytes(ScoringPlan<T> plan, ScoringPlan.Accumulator acc) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            plan.write(acc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private static <T> ScoringPlan.Accumulator read(ScoringPlan<T> plan, byte[] bytes) throws IOException {
        return plan.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void partsAccumulatedWrittenReadAndMergedScoreAsTheEngineDoes() {
        qt().forAll(lists().of(items()).ofSizeBetween(0, 40), integers().between(0, 40)).checkAssert((items, cut) -> {
            int at = Math.min(cut, items.size());
            ScoringPlan<TestItem> plan = engine.plan(shop(items), Fixtures.pack(), AS_OF);
            assertThat(plan.isPortable()).isTrue();
            ScoringPlan.Accumulator left = plan.start();
            items.subList(0, at).forEach(i -> plan.accept(left, i));
            ScoringPlan.Accumulator right = plan.start();
            items.subList(at, items.size()).forEach(i -> plan.accept(right, i));
            try {
                ScoringPlan.Accumulator merged = plan.merge(read(plan, bytes(plan, left)), read(plan, bytes(plan, right)));
                assertThat(plan.scorecard(merged)).isEqualTo(engine.score(shop(items), Fixtures.pack(), AS_OF));
                ScoringPlan.Accumulator whole = plan.start();
                items.forEach(i -> plan.accept(whole, i));
                assertThat(bytes(plan, merged)).as("equal accumulators give equal bytes").isEqualTo(bytes(plan, whole));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void plansOfSubjectsWithTheSameRulesShareAccumulators() {
        List<TestItem> items = List.of(new TestItem("P1", "phone", true, false, false), new TestItem("P2", "phone", true, true, true));
        ScoringPlan<TestItem> empty = engine.plan(shop(List.of()), Fixtures.pack(), AS_OF);
        ScoringPlan<TestItem> full = engine.plan(shop(items), Fixtures.pack(), AS_OF);
        assertThat(empty.layout()).isEqualTo(full.layout());
        ScoringPlan.Accumulator acc = empty.start();
        items.forEach(i -> empty.accept(acc, i));
        assertThat(full.scorecard(acc)).isEqualTo(engine.score(shop(items), Fixtures.pack(), AS_OF));
        assertThat(full.subjectId()).isEqualTo("E1");
        assertThat(full.toString()).contains("E1", "test-enterprise 1", "lanes");
    }

    @Test
    void anAccumulatorOfAnotherLayoutIsRefused() {
        ScoringPlan<TestItem> dealer = engine.plan(shop(List.of()), Fixtures.pack(), AS_OF);
        TestShop notDealer = new TestShop("E2", "Shop Two", Set.of(), OptionalDouble.of(2), List.of());
        ScoringPlan<TestItem> other = engine.plan(notDealer, Fixtures.pack(), AS_OF);
        ScoringPlan<TestItem> laterDay = engine.plan(shop(List.of()), Fixtures.pack(), AS_OF.plusDays(1));
        assertThat(other.layout()).isNotEqualTo(dealer.layout());
        assertThatThrownBy(() -> other.scorecard(dealer.start())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differs from the layout of the plan for E2");
        assertThatThrownBy(() -> laterDay.merge(laterDay.start(), dealer.start()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as of 2027-03-01");
        byte[] written = bytes(dealer, dealer.start());
        assertThatThrownBy(() -> read(other, written)).isInstanceOf(IOException.class)
                .hasMessageContaining("accumulator lanes \"" + dealer.layout().lanes().size() + "\" differ");
        written[3] = 9;
        assertThatThrownBy(() -> read(dealer, written)).isInstanceOf(IOException.class)
                .hasMessageContaining("accumulator format version \"9\" is not 1");
    }

    @Test
    void aPlanWithAnIndicatorThatIsNotPortableSaysWhich() {
        Indicator<TestItem, long[]> plain = new Indicator<>() {
            @Override
            public long[] start() {
                return new long[1];
            }

            @Override
            public void accept(long[] acc, TestItem record) {
                acc[0]++;
            }

            @Override
            public long[] merge(long[] left, long[] right) {
                left[0] += right[0];
                return left;
            }

            @Override
            public Measurement finish(long[] acc) {
                return Measurement.of(acc[0], Unit.COUNT);
            }
        };
        RulePack<TestShop, TestItem> pack = Fixtures.pack().withRule("Sourcing",
                Rule.<TestShop, TestItem>builder(RuleId.of("PLAIN-COUNT"), "Items counted")
                        .citation(Fixtures.ERASURE_STANDARD).measure(Measure.of(plain))
                        .target(Target.atLeast(0, Unit.COUNT)).build());
        ScoringPlan<TestItem> plan = engine.plan(shop(List.of()), pack, AS_OF);
        assertThat(plan.isPortable()).isFalse();
        assertThat(plan.firstNotPortable()).contains(RuleId.of("PLAIN-COUNT"));
        assertThatThrownBy(() -> bytes(plan, plan.start())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule PLAIN-COUNT").hasMessageContaining("is not a PortableIndicator");
    }
}
