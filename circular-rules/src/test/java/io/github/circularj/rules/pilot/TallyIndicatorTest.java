package io.github.circularj.rules.pilot;

import static io.github.circularj.rules.pilot.PilotFixtures.goodPhone;
import static io.github.circularj.rules.pilot.PilotFixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.product.Category;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.TallyIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TallyIndicatorTest {

    private static final EventTypes SALES = EventTypes.of(EventType.SOLD);
    /** A judgement that breaks the contract on purpose: every item is one offending record. */
    private static final Function<Lifecycle, Tally> EVERY_ITEM_OFFENDS = l -> Tally.item(true, false);

    private static Lifecycle sold(String id) {
        return goodPhone(id).build();
    }

    private static Lifecycle inStock(String id) {
        return history(id, Category.PHONE).collected().inspected().build();
    }

    private static Measurement measure(TallyIndicator indicator, List<Lifecycle> items) {
        TallyIndicator.Acc acc = indicator.start();
        items.forEach(l -> indicator.accept(acc, l));
        return indicator.finish(acc);
    }

    @Test
    void concernsAnItemWithAnEventOfOneOfItsTypesOnly() {
        TallyIndicator indicator = TallyIndicator.share(EventTypes.of(EventType.RETURNED, EventType.SOLD),
                EVERY_ITEM_OFFENDS, 20);
        assertThat(indicator.concerns(sold("P1"))).isTrue();
        assertThat(indicator.concerns(inStock("P2"))).isFalse();
        assertThat(indicator.concerns(history("P3", Category.PHONE).build())).isFalse();
    }

    @Test
    void passesOverAnItemItIsNotAboutWithoutJudgingIt() {
        List<Lifecycle> judged = new ArrayList<>();
        TallyIndicator indicator = TallyIndicator.share(SALES, l -> {
            judged.add(l);
            return EVERY_ITEM_OFFENDS.apply(l);
        }, 20);
        Measurement m = measure(indicator, List.of(inStock("P1"), sold("P2"), inStock("P3")));
        assertThat(judged).extracting(Lifecycle::itemId).extracting(Object::toString).containsExactly("P2");
        assertThat(m.value()).hasValue(0.0);
        assertThat(m.evidence().count()).isEqualTo(1);
        assertThat(m.evidence().ids()).containsExactly("P2");
    }

    @Test
    void nothingConcernedIsNotApplicable() {
        Measurement share = measure(TallyIndicator.share(SALES, EVERY_ITEM_OFFENDS, 20), List.of(inStock("P1")));
        Measurement count = measure(TallyIndicator.offendingItems(SALES, EVERY_ITEM_OFFENDS, 20), List.of(inStock("P1")));
        assertThat(share.isNotApplicable()).isTrue();
        assertThat(count.isNotApplicable()).isTrue();
        assertThat(count.unit()).isEqualTo(Unit.COUNT);
    }

    @Test
    void keepsTheSmallestIdsUpToItsLimitAndCountsAll() {
        List<Lifecycle> items = List.of(sold("P5"), sold("P3"), sold("P9"), sold("P1"), sold("P7"));
        Measurement m = measure(TallyIndicator.offendingItems(SALES, EVERY_ITEM_OFFENDS, 2), items);
        assertThat(m.value()).hasValue(5.0);
        assertThat(m.evidence().count()).isEqualTo(5);
        assertThat(m.evidence().ids()).containsExactly("P1", "P3");
        Measurement none = measure(TallyIndicator.offendingItems(SALES, EVERY_ITEM_OFFENDS, 0), items);
        assertThat(none.evidence().count()).isEqualTo(5);
        assertThat(none.evidence().ids()).isEmpty();
    }

    @Test
    void anIdOfferedAgainLeavesTheEvidenceAsItWas() {
        // a streamed ledger does not check that item ids are unique
        List<Lifecycle> items = List.of(sold("P1"), sold("P3"), sold("P5"), sold("P1"));
        Measurement m = measure(TallyIndicator.offendingItems(SALES, EVERY_ITEM_OFFENDS, 2), items);
        assertThat(m.evidence().count()).isEqualTo(4);
        assertThat(m.evidence().ids()).containsExactly("P1", "P3");
    }

    @Test
    void mergingTwoHalvesGivesWhatOnePassGives() {
        // each half holds one offending item (P3 left, P1 right) and one that complies; P4 is never sold
        List<Lifecycle> items = List.of(sold("P3"), sold("P5"), inStock("P4"), sold("P1"), sold("P9"), sold("P7"));
        TallyIndicator indicator = TallyIndicator.share(SALES,
                l -> Tally.item(true, l.itemId().toString().compareTo("P5") >= 0), 3);
        TallyIndicator.Acc left = indicator.start();
        TallyIndicator.Acc right = indicator.start();
        for (int i = 0; i < items.size(); i++) {
            indicator.accept(i % 2 == 0 ? left : right, items.get(i));
        }
        Measurement merged = indicator.finish(indicator.merge(left, right));
        Measurement once = measure(indicator, items);
        assertThat(merged).isEqualTo(once);
        assertThat(merged.value()).hasValue(3.0 / 5.0);
        assertThat(merged.evidence().count()).isEqualTo(2);
        assertThat(merged.evidence().ids()).containsExactly("P1", "P3");
    }

    @Test
    void anIndicatorAboutNoEventTypeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> TallyIndicator.share(EventTypes.none(), EVERY_ITEM_OFFENDS, 20))
                .withMessage("about \"[]\" is empty; an indicator is about at least one event type");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TallyIndicator.offendingItems(EventTypes.none(), EVERY_ITEM_OFFENDS, 20))
                .withMessageContaining("about \"[]\" is empty");
    }
}
