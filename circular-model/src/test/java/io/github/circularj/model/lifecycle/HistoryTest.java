package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.STAFF;
import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.Mass;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Item ITEM = Fixtures.item("P1");
    private static final Counterparty SELLER = Counterparty.person("seller-1",
            IdentityVerification.of("VR-1", IdentityVerification.Method.ID_CARD_READER, T0));
    private static final Intake INTAKE = Intake.of(CollectionChannel.BUY_BACK, SELLER);
    private static final Inspection INSPECTION = Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3",
            "IR-1");

    @Test
    void aHistoryKnowsItsItemAndSaysWhereItStands() {
        History h = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE).inspected(INSPECTION);
        assertThat(h.item()).isSameAs(ITEM);
        assertThat(h.item().product()).isEqualTo(Fixtures.PHONE);
        assertThat(h).hasToString("History[P1, IN_STOCK, 2 events]");
    }

    /** The example of the class Javadoc, copied verbatim between the markers; keep the two equal. */
    @Test
    void theClassExampleRecordsASoldPhone() {
        Item item = ITEM;
        Instant t = T0;
        Actor staff = STAFF;
        Counterparty seller = SELLER;
        SourceRecord intakeRecord = SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, "IN-1");
        Listing listing = new Listing(SalesChannel.ONLINE_PLATFORM, Fixtures.cny("1200.00"),
                Set.of(Disclosure.SECONDHAND_STATUS), ReturnPolicy.sevenDayNoReason());
        Sale sale = Sale.of(Fixtures.cny("1100.00"), SalesChannel.ONLINE_PLATFORM);
        // --- Javadoc example of History, verbatim ---
        Lifecycle phone = History.of(item).at(t).by(staff)
                .collected(Intake.of(CollectionChannel.BUY_BACK, seller).withSourceRecord(intakeRecord))
                .after(Duration.ofMinutes(10))
                .inspected(Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1"))
                .after(Duration.ofMinutes(20))
                .erased(Erasure.overwrite(1, StorageMedium.FLASH).withCertificate("CERT-1").withVerified(true))
                .after(Duration.ofHours(2)).listed(listing)
                .after(Duration.ofDays(1)).sold(sale)
                .lifecycle();
        // --- end of the example ---

        assertThat(phone.stage()).isEqualTo(Stage.SOLD);
        assertThat(phone.events()).extracting(e -> e.id().value())
                .containsExactly("P1-1", "P1-2", "P1-3", "P1-4", "P1-5");
        assertThat(phone.events()).extracting(LifecycleEvent::at).containsExactly(T0, T0.plusSeconds(600),
                T0.plusSeconds(1_800), T0.plusSeconds(9_000), T0.plusSeconds(95_400));
        assertThat(phone.collected().get(0).isSellerVerified()).isTrue();
        assertThat(phone.erasures().get(0).erasure().certificate()).contains("CERT-1");
    }

    @Test
    void theClassExampleIsCopiedVerbatim() throws IOException {
        Path main = Path.of("src/main/java/io/github/circularj/model/lifecycle/History.java");
        Path test = Path.of("src/test/java/io/github/circularj/model/lifecycle/HistoryTest.java");
        String javadoc = Files.readString(main, StandardCharsets.UTF_8);
        List<String> documented = javadoc.substring(javadoc.indexOf("<pre>{@code") + 12, javadoc.indexOf("}</pre>"))
                .lines().map(l -> l.replaceFirst("^ \\* ?", "")).filter(l -> !l.isEmpty()).toList();
        String source = Files.readString(test, StandardCharsets.UTF_8);
        String start = "// --- Javadoc example of History, verbatim ---";
        List<String> tested = source.substring(source.indexOf(start) + start.length(),
                source.indexOf("// --- end of the example ---")).lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        assertThat(tested).isEqualTo(documented.stream().map(String::strip).toList()).hasSize(9);
    }

    @Test
    void recordsTheSameEventsAsTheirConstructors() {
        History h = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE).after(Duration.ofHours(1)).inspected(INSPECTION);
        assertThat(h.events()).containsExactly(
                new Collected(EventId.of("P1-1"), ITEM.id(), T0, STAFF, INTAKE),
                new Inspected(EventId.of("P1-2"), ITEM.id(), T0.plusSeconds(3_600), STAFF, INSPECTION));
        assertThat(h.lifecycle()).isEqualTo(Lifecycle.of(ITEM, h.events()));
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.stage()).isEqualTo(Stage.IN_STOCK);
        assertThat(h.instant()).contains(T0.plusSeconds(3_600));
    }

    @Test
    void theLifecycleKeepsTheOrderOfRecordingAtOneInstant() {
        History h = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE)
                .erased(Erasure.blockErase(StorageMedium.FLASH)).inspected(INSPECTION);
        assertThat(h.lifecycle().events()).extracting(LifecycleEvent::type)
                .containsExactly(EventType.COLLECTED, EventType.DATA_ERASED, EventType.INSPECTED);
    }

    @Test
    void anExplicitIdNamesOnlyTheNextEvent() {
        History h = History.of(ITEM).at(T0).by(STAFF).id("PHONE-in").collected(INTAKE).inspected(INSPECTION);
        assertThat(h.events()).extracting(e -> e.id().value()).containsExactly("PHONE-in", "P1-2");
    }

    @Test
    void everyCallReturnsANewHistoryAndLeavesThisOneUnchanged() {
        History inStock = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE);
        History exported = inStock.exported("KZ");
        History recycled = inStock.by(Actor.of("site-2")).recycled(Map.of(Material.technical("copper"), Mass.ofGrams(12)));
        assertThat(inStock.size()).isEqualTo(1);
        assertThat(inStock.stage()).isEqualTo(Stage.IN_STOCK);
        assertThat(exported.stage()).isEqualTo(Stage.EXPORTED);
        assertThat(recycled.stage()).isEqualTo(Stage.RECYCLED);
        assertThat(recycled.events().get(1).actor()).isEqualTo(Actor.of("site-2"));
        assertThat(inStock.events()).hasSize(1);
    }

    @Test
    void coversEveryEventTypeOnTheTablesPaths() {
        History resold = History.of(ITEM).at(T0).by(STAFF).manufactured().soldNew()
                .ownershipTransferred(LocalDate.of(2025, 3, 1)).collected(INTAKE)
                .flagged(Flag.of(FlagReason.SUSPECTED_STOLEN, "intake check")).policeReported("PR-1").cleared("CL-1")
                .inspected(INSPECTION).erased(Erasure.blockErase(StorageMedium.FLASH)).refurbished(Fixtures.workOrder())
                .listed(new Listing(SalesChannel.ONLINE_PLATFORM, Fixtures.cny("10.00"), Set.of(), ReturnPolicy.none()))
                .sold(Sale.of(Fixtures.cny("10.00"), SalesChannel.ONLINE_PLATFORM))
                .returned(ReturnReceipt.of("no reason given", T0)).refunded(Fixtures.cny("10.00"))
                .handedOver(Fixtures.PROCESSOR).dismantled().recycled(Map.of());
        History disposed = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE).disposed(DisposalMethod.LANDFILL);
        assertThat(resold.stage()).isEqualTo(Stage.RECYCLED);
        assertThat(disposed.stage()).isEqualTo(Stage.DISPOSED);
        EventTypes all = resold.lifecycle().eventTypes();
        for (EventType type : EventType.values()) {
            assertThat(all.contains(type) || type == EventType.EXPORTED || type == EventType.DISPOSED)
                    .as(type.name()).isTrue();
        }
    }

    @Test
    void refusesAnEventBeforeAnInstantOrAnActorIsSet() {
        assertThatIllegalStateException().isThrownBy(() -> History.of(ITEM).by(STAFF).collected(INTAKE))
                .withMessage("no instant set for item \"P1\"; call at(Instant) before recording an event");
        assertThatIllegalStateException().isThrownBy(() -> History.of(ITEM).at(T0).collected(INTAKE))
                .withMessage("no actor set for item \"P1\"; call by(Actor) before recording an event");
        assertThatIllegalStateException().isThrownBy(() -> History.of(ITEM).after(Duration.ofHours(1)))
                .withMessage("no instant set for item \"P1\"; call at(Instant) before after(PT1H)");
    }

    @Test
    void refusesANegativeDuration() {
        assertThatIllegalArgumentException().isThrownBy(() -> History.of(ITEM).at(T0).after(Duration.ofSeconds(-1)))
                .withMessage("duration \"PT-1S\" is negative; after(...) moves time forward, use at(...) to set an instant");
    }

    @Test
    void refusesWhatAppendRefusesWithTheSameMessage() {
        History inStock = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE);
        Lifecycle same = inStock.lifecycle();

        Throwable fromHistory = catchThrown(() -> inStock.returned(ReturnReceipt.of("no reason given", T0)));
        Throwable fromAppend = catchThrown(() -> same.append(new Returned(EventId.of("P1-2"), ITEM.id(), T0, STAFF,
                ReturnReceipt.of("no reason given", T0))));
        assertThat(fromHistory).isInstanceOf(IllegalTransitionException.class).hasMessage(fromAppend.getMessage());

        assertThatThrownBy(() -> inStock.at(T0.minusSeconds(1)).inspected(INSPECTION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(catchThrown(() -> same.append(new Inspected(EventId.of("P1-2"), ITEM.id(),
                        T0.minusSeconds(1), STAFF, INSPECTION))).getMessage());

        assertThatIllegalArgumentException().isThrownBy(() -> inStock.id("P1-1").inspected(INSPECTION))
                .withMessageContaining("event id \"P1-1\" (type INSPECTED) is already in the history of item \"P1\"");
    }

    @Test
    void aRefusedEventLeavesTheHistoryUsable() {
        History inStock = History.of(ITEM).at(T0).by(STAFF).collected(INTAKE);
        assertThatThrownBy(() -> inStock.refunded(Fixtures.cny("1.00"))).isInstanceOf(IllegalTransitionException.class);
        assertThat(inStock.inspected(INSPECTION).events()).extracting(e -> e.id().value()).containsExactly("P1-1", "P1-2");
    }

    private static Throwable catchThrown(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("nothing was thrown");
    }
}
