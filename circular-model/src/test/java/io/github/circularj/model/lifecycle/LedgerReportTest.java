package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static io.github.circularj.model.lifecycle.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.product.ItemId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report that keeps only the first rejections still counts every one, by reason, exactly. */
class LedgerReportTest {

    private static final ItemId A = ItemId.of("A");

    private static RejectedEvent rejected(String id, RejectedEvent.Reason reason) {
        ItemId item = reason == RejectedEvent.Reason.UNKNOWN_ITEM ? ItemId.of("GHOST") : A;
        return new RejectedEvent(event(EventType.SOLD, item, id, T0), reason, "refused for the test");
    }

    @Test
    void aReportThatKeepsTheFirstRejectionsCountsEveryOneByReason() {
        RejectedEvent first = rejected("e1", RejectedEvent.Reason.ILLEGAL_TRANSITION);
        LedgerReport report = LedgerReport.of(10, List.of(first),
                Map.of(RejectedEvent.Reason.ILLEGAL_TRANSITION, 1_500L, RejectedEvent.Reason.DUPLICATE_EVENT_ID, 2L), List.of(), 3);

        assertThat(report.rejected()).containsExactly(first);
        assertThat(report.rejectedCount()).isEqualTo(1_502);
        assertThat(report.rejectedFor(RejectedEvent.Reason.ILLEGAL_TRANSITION)).isEqualTo(1_500);
        assertThat(report.rejectedFor(RejectedEvent.Reason.DUPLICATE_EVENT_ID)).isEqualTo(2);
        assertThat(report.rejectedFor(RejectedEvent.Reason.EARLIER_THAN_LAST)).isZero();
        assertThat(report.submitted()).isEqualTo(10 + 1_502 + 3);
        assertThat(report.keepsEveryRejection()).isFalse();
        assertThat(report.isClean()).isFalse();
        assertThat(report.rejectedByReason().keySet()).as("in the reasons' order")
                .containsExactly(RejectedEvent.Reason.DUPLICATE_EVENT_ID, RejectedEvent.Reason.ILLEGAL_TRANSITION);
    }

    @Test
    void aReportThatKeepsEveryRejectionCountsThemFromTheList() {
        LedgerReport report = new LedgerReport(4, List.of(rejected("e1", RejectedEvent.Reason.ILLEGAL_TRANSITION),
                rejected("e2", RejectedEvent.Reason.ILLEGAL_TRANSITION), rejected("g1", RejectedEvent.Reason.UNKNOWN_ITEM)));
        assertThat(report.rejectedByReason()).isEqualTo(Map.of(RejectedEvent.Reason.ILLEGAL_TRANSITION, 2L,
                RejectedEvent.Reason.UNKNOWN_ITEM, 1L));
        assertThat(report.keepsEveryRejection()).isTrue();
        assertThat(report.submitted()).isEqualTo(7);
        assertThat(new LedgerReport(4, List.of()).isClean()).isTrue();
        assertThat(report).isEqualTo(LedgerReport.of(4, report.rejected(), report.rejectedByReason(), List.of(), 0));
    }

    @Test
    void aCountBelowTheRejectionsKeptIsRefusedWithTheReason() {
        List<RejectedEvent> two = List.of(rejected("e1", RejectedEvent.Reason.ILLEGAL_TRANSITION),
                rejected("e2", RejectedEvent.Reason.ILLEGAL_TRANSITION));
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerReport.of(0, two,
                Map.of(RejectedEvent.Reason.ILLEGAL_TRANSITION, 1L), List.of(), 0))
                .withMessage("rejectedByReason ILLEGAL_TRANSITION \"1\" is less than the 2 rejections kept for it; the count"
                        + " includes every one kept");
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerReport.of(0, two, Map.of(), List.of(), 0))
                .withMessageContaining("ILLEGAL_TRANSITION \"0\" is less than the 2 rejections kept");
    }

    @Test
    void aReasonCountedZeroOrNegativeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerReport.of(0, List.of(),
                Map.of(RejectedEvent.Reason.OTHER_ITEM, 0L), List.of(), 0))
                .withMessage("rejectedByReason OTHER_ITEM \"0\" is less than one; a reason with no rejection is left out");
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerReport.of(0, List.of(),
                Map.of(RejectedEvent.Reason.OTHER_ITEM, -5L), List.of(), 0)).withMessageContaining("\"-5\" is less than one");
    }

    @Test
    void everyRejectionOfAnUnknownItemIsKeptForItHasNoLifecycleToTravelWith() {
        assertThatIllegalArgumentException().isThrownBy(() -> LedgerReport.of(0, List.of(rejected("g1",
                RejectedEvent.Reason.UNKNOWN_ITEM)), Map.of(RejectedEvent.Reason.UNKNOWN_ITEM, 2L), List.of(), 0))
                .withMessage("rejectedByReason UNKNOWN_ITEM \"2\" differs from the 1 kept; an event refused for an unknown"
                        + " item has no lifecycle, so the report keeps every one");
    }

    @Test
    void theCountsCannotBeChangedAfterwards() {
        java.util.EnumMap<RejectedEvent.Reason, Long> counts = new java.util.EnumMap<>(RejectedEvent.Reason.class);
        counts.put(RejectedEvent.Reason.ILLEGAL_TRANSITION, 3L);
        LedgerReport report = LedgerReport.of(0, List.of(), counts, List.of(), 0);
        counts.put(RejectedEvent.Reason.ILLEGAL_TRANSITION, 9L);
        assertThat(report.rejectedCount()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.rejectedByReason().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
