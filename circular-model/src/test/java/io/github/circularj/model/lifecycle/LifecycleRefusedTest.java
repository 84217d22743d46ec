package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static io.github.circularj.model.lifecycle.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The events refused for an item travel with its lifecycle: offered, carried, cut by {@code asOf}, never compared. */
class LifecycleRefusedTest {

    private static final Item ITEM = Fixtures.item("HZ-9");
    private static final ItemId ID = ITEM.id();

    private static Instant minute(int m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    /** Collected at 0, flagged at 1; a sale at 2 and one at 5 are refused (the item is quarantined). */
    private static Lifecycle quarantinedWithTwoRefusedSales() {
        Lifecycle.Builder b = Lifecycle.builder(ITEM);
        assertThat(b.offerOrRefuse(event(EventType.COLLECTED, ID, "e1", minute(0)))).isEmpty();
        assertThat(b.offerOrRefuse(event(EventType.FLAGGED, ID, "e2", minute(1)))).isEmpty();
        assertThat(b.offerOrRefuse(event(EventType.SOLD, ID, "e3", minute(2)))).isPresent();
        assertThat(b.offerOrRefuse(event(EventType.SOLD, ID, "e4", minute(5)))).isPresent();
        return b.build();
    }

    @Test
    void aBuilderKeepsTheEventsItRefusesWithTheirReasons() {
        Lifecycle l = quarantinedWithTwoRefusedSales();
        assertThat(l.events()).extracting(e -> e.id().value()).containsExactly("e1", "e2");
        assertThat(l.refused()).extracting(r -> r.event().id().value()).containsExactly("e3", "e4");
        assertThat(l.refused()).extracting(RejectedEvent::reason).containsOnly(RejectedEvent.Reason.ILLEGAL_TRANSITION);
        assertThat(l.stage()).isEqualTo(Stage.QUARANTINED);
    }

    @Test
    void anEventOfAnotherItemIsRefusedButNotCarried() {
        Lifecycle.Builder b = Lifecycle.builder(ITEM);
        Optional<RejectedEvent> refused = b.offerOrRefuse(event(EventType.COLLECTED, ItemId.of("OTHER"), "x1", T0));
        assertThat(refused).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.OTHER_ITEM));
        assertThat(b.build().refused()).isEmpty();
    }

    @Test
    void refusalsAreNotPartOfEqualityButSurviveAppend() {
        Lifecycle l = quarantinedWithTwoRefusedSales();
        Lifecycle plain = Lifecycle.of(ITEM, l.events());
        assertThat(l).isEqualTo(plain).hasSameHashCodeAs(plain);
        Lifecycle longer = l.append(event(EventType.CLEARED, ID, "e5", minute(6)));
        assertThat(longer.refused()).isEqualTo(l.refused());
        assertThat(plain.withRefused(l.refused()).refused()).isEqualTo(l.refused());
    }

    @Test
    void asOfKeepsOnlyTheRefusalsAtOrBeforeTheInstant() {
        Lifecycle l = quarantinedWithTwoRefusedSales();
        assertThat(l.asOf(minute(5))).isSameAs(l);
        Lifecycle early = l.asOf(minute(3));
        assertThat(early.events()).isEqualTo(l.events());
        assertThat(early.refused()).extracting(r -> r.event().id().value()).containsExactly("e3");
        assertThat(l.asOf(minute(2)).refused()).as("a refusal at the instant itself is kept").hasSize(1);
        assertThat(l.asOf(minute(1)).refused()).isEmpty();
    }

    @Test
    void asOfKnowsTheLatestRefusalWhateverOrderTheyWereRefusedIn() {
        Lifecycle.Builder b = Lifecycle.builder(ITEM);
        b.offerOrRefuse(event(EventType.COLLECTED, ID, "e1", minute(0)));
        b.offerOrRefuse(event(EventType.FLAGGED, ID, "e2", minute(1)));
        assertThat(b.offerOrRefuse(event(EventType.SOLD, ID, "e3", minute(5)))).isPresent();
        assertThat(b.offerOrRefuse(event(EventType.SOLD, ID, "e4", minute(2)))).isPresent(); // refused after, earlier in time
        Lifecycle l = b.build();
        assertThat(l.asOf(minute(3)).refused()).as("the refusal at minute 5 is later").extracting(r -> r.event().id().value())
                .containsExactly("e4");
        assertThat(l.asOf(minute(5))).isSameAs(l);
    }

    @Test
    void withRefusedRefusesAnotherItemsEventOrAnUnknownItemsRejection() {
        Lifecycle l = Lifecycle.of(ITEM);
        RejectedEvent other = new RejectedEvent(event(EventType.SOLD, ItemId.of("OTHER"), "x1", T0),
                RejectedEvent.Reason.ILLEGAL_TRANSITION, "refused");
        assertThatIllegalArgumentException().isThrownBy(() -> l.withRefused(List.of(other)))
                .withMessage("refused event \"x1\" is for item \"OTHER\"; a lifecycle carries the refused events of its own"
                        + " item \"HZ-9\"");
        RejectedEvent unknown = new RejectedEvent(event(EventType.SOLD, ID, "x2", T0), RejectedEvent.Reason.UNKNOWN_ITEM,
                "refused");
        assertThatIllegalArgumentException().isThrownBy(() -> l.withRefused(List.of(unknown)))
                .withMessageContaining("has reason UNKNOWN_ITEM");
    }
}
