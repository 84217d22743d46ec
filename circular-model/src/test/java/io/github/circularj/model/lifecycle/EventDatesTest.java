package io.github.circularj.model.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.product.Item;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue "evidence integrity": every secondary date an event carries is checked against the history. */
class EventDatesTest {

    private static final Item ITEM = Fixtures.item("D-1");
    private static final Instant T = Fixtures.T0;
    private static final Duration DAY = Duration.ofDays(1);

    /** Collected, listed and sold one day apart; the sale at T + 2 days. */
    private static List<LifecycleEvent> sold() {
        List<LifecycleEvent> events = new ArrayList<>();
        events.add(Fixtures.event(EventType.COLLECTED, ITEM.id(), "in", T));
        events.add(Fixtures.event(EventType.LISTED, ITEM.id(), "listed", T.plus(DAY)));
        events.add(Fixtures.event(EventType.SOLD, ITEM.id(), "sold", T.plus(DAY.multipliedBy(2))));
        return events;
    }

    private static RejectedEvent rejected(List<LifecycleEvent> events) {
        Ledger.Result result = Ledger.builder(Fixtures.DEALER, Fixtures.PERIOD).item(ITEM).events(events).build();
        assertThat(result.report().rejected()).hasSize(1);
        return result.report().rejected().get(0);
    }

    @Test
    void goodsAreNotReceivedBackBeforeTheyWereSold() {
        // A return registered 58 days later whose receipt is dated before the sale would shorten the refund's clock.
        List<LifecycleEvent> events = sold();
        events.add(new Returned(EventId.of("back"), ITEM.id(), T.plus(DAY.multipliedBy(60)), Fixtures.STAFF,
                ReturnReceipt.of("changed mind", T.plus(DAY))));
        RejectedEvent r = rejected(events);
        assertThat(r.reason()).isEqualTo(RejectedEvent.Reason.INCONSISTENT_DATE);
        assertThat(r.message()).contains("received at " + T.plus(DAY)).contains("before the sale \"sold\" at " + T.plus(DAY.multipliedBy(2)));
    }

    @Test
    void anItemIsNotHandledBeforeItsReturnedGoodsWereReceived() {
        List<LifecycleEvent> events = sold();
        events.add(new Returned(EventId.of("back"), ITEM.id(), T.plus(DAY.multipliedBy(3)), Fixtures.STAFF,
                ReturnReceipt.of("changed mind", T.plus(DAY.multipliedBy(10)))));
        events.add(Fixtures.event(EventType.INSPECTED, ITEM.id(), "relisted", T.plus(DAY.multipliedBy(5))));
        RejectedEvent r = rejected(events);
        assertThat(r.event().id().value()).isEqualTo("relisted");
        assertThat(r.message()).contains("comes before the goods of return \"back\" were received at " + T.plus(DAY.multipliedBy(10)));
    }

    @Test
    void anOwnershipTransferIsRegisteredOnOrAfterTheSaleAndNotAfterItIsRecorded() {
        List<LifecycleEvent> before = sold();
        before.add(new OwnershipTransferred(EventId.of("xfer"), ITEM.id(), T.plus(DAY.multipliedBy(4)), Fixtures.STAFF,
                LocalDate.of(1990, 1, 1)));
        assertThat(rejected(before).message()).contains("is registered on 1990-01-01, before the sale \"sold\"");

        List<LifecycleEvent> future = sold();
        future.add(new OwnershipTransferred(EventId.of("xfer"), ITEM.id(), T.plus(DAY.multipliedBy(4)), Fixtures.STAFF,
                LocalDate.ofInstant(T, java.time.ZoneOffset.UTC).plusDays(30)));
        assertThat(rejected(future).message()).contains("after it was recorded at");

        List<LifecycleEvent> fine = sold();
        fine.add(new OwnershipTransferred(EventId.of("xfer"), ITEM.id(), T.plus(DAY.multipliedBy(4)), Fixtures.STAFF,
                LocalDate.ofInstant(T.plus(DAY.multipliedBy(3)), java.time.ZoneOffset.UTC)));
        assertThat(Lifecycle.of(ITEM, fine).events()).hasSize(4);
    }

    @Test
    void appendingThrowsWithTheSameMessage() {
        Lifecycle lifecycle = Lifecycle.of(ITEM, sold());
        assertThatIllegalArgumentException().isThrownBy(() -> lifecycle.append(new Returned(EventId.of("back"), ITEM.id(),
                T.plus(DAY.multipliedBy(3)), Fixtures.STAFF, ReturnReceipt.of("changed mind", T))))
                .withMessageContaining("goods come back after they were sold");
    }

    @Test
    void theHistoryRecorderChecksTheSameDates() {
        History sold = History.of(ITEM).at(T).by(Fixtures.STAFF)
                .collected(Intake.of(CollectionChannel.BUY_BACK, io.github.circularj.model.party.Counterparty.person("seller-1",
                        io.github.circularj.model.party.IdentityVerification.of("VR-0001-2025",
                                io.github.circularj.model.party.IdentityVerification.Method.ID_CARD_READER, T))))
                .after(DAY).listed(new io.github.circularj.model.resale.Listing(io.github.circularj.model.resale.SalesChannel.ONLINE_PLATFORM,
                        Fixtures.cny("1200.00"), java.util.Set.of(), io.github.circularj.model.resale.ReturnPolicy.none()))
                .after(DAY).sold(io.github.circularj.model.resale.Sale.of(Fixtures.cny("1100.00"),
                        io.github.circularj.model.resale.SalesChannel.ONLINE_PLATFORM));
        assertThatIllegalArgumentException().isThrownBy(() -> sold.after(DAY).returned(ReturnReceipt.of("late", T)))
                .withMessageContaining("goods come back after they were sold");
        History returned = sold.after(DAY).returned(ReturnReceipt.of("fine", T.plus(DAY.multipliedBy(5))));
        assertThatIllegalArgumentException().isThrownBy(() -> returned.after(DAY).inspected(io.github.circularj.model.lifecycle.Inspection.of(
                io.github.circularj.model.product.GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-9")))
                .withMessageContaining("is not in hand before then");
        assertThat(returned.at(T.plus(DAY.multipliedBy(6))).refunded(Fixtures.cny("1100.00")).lifecycle().events()).hasSize(5);
    }
}
