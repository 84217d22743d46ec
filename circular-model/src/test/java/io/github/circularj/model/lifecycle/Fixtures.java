package io.github.circularj.model.lifecycle;

import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Minimal valid events of every type, and lifecycles in every stage, derived from the table. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    static final Actor STAFF = Actor.of("staff-07");
    static final CreditCode CODE = CreditCode.parse("91330100MA27XK1A0L");
    static final Enterprise DEALER = Enterprise.of(CODE, "Example Circular Trading Co.", City.of("330100", "杭州"),
            EnterpriseRole.DEALER, EnterpriseRole.RECYCLER);
    static final Enterprise PROCESSOR = Enterprise.of(CODE, "Example WEEE Processing Co.", City.of("330100", "杭州"),
            EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2025);
    static final Product PHONE = Product.of("Acme", "X1", Category.PHONE);

    private Fixtures() {
    }

    static Item item(String id) {
        return Item.of(ItemId.of(id), PHONE);
    }

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    /** A minimal valid event of each type. */
    static LifecycleEvent event(EventType type, ItemId item, String id, Instant at) {
        EventId e = EventId.of(id);
        return switch (type) {
            case MANUFACTURED -> new Manufactured(e, item, at, STAFF);
            case SOLD_NEW -> new SoldNew(e, item, at, STAFF);
            case COLLECTED -> new Collected(e, item, at, STAFF, Intake.of(CollectionChannel.BUY_BACK,
                    Counterparty.person("seller-42", IdentityVerification.of("VR-0001-2025",
                            IdentityVerification.Method.ID_CARD_READER, at)))
                    .withSourceRecord(SourceRecord.of("store-1", IdentityVerification.Method.ID_CARD_READER, "IN-1")));
            case FLAGGED -> new Flagged(e, item, at, STAFF, Flag.of(FlagReason.SUSPECTED_STOLEN, "intake check"));
            case POLICE_REPORTED -> new PoliceReported(e, item, at, STAFF, "PR-1");
            case CLEARED -> new Cleared(e, item, at, STAFF, "CL-1");
            case INSPECTED -> new Inspected(e, item, at, STAFF,
                    Inspection.of(GradingScale.LETTER_A_TO_D.grade("B"), "inspector-3", "IR-1"));
            case DATA_ERASED -> new DataErased(e, item, at, STAFF, Erasure.overwrite(1, StorageMedium.FLASH)
                    .withTool("EraseTool", "2.1").withCertificate("CERT-1").withVerified(true));
            case REFURBISHED -> new Refurbished(e, item, at, STAFF, workOrder());
            case LISTED -> new Listed(e, item, at, STAFF, new Listing(SalesChannel.ONLINE_PLATFORM, cny("1200.00"),
                    Set.of(), ReturnPolicy.sevenDayNoReason()));
            case SOLD -> new Sold(e, item, at, STAFF, Sale.of(cny("1100.00"), SalesChannel.ONLINE_PLATFORM));
            case RETURNED -> new Returned(e, item, at, STAFF, ReturnReceipt.of("no reason given", at));
            case REFUNDED -> new Refunded(e, item, at, STAFF, cny("1100.00"));
            case OWNERSHIP_TRANSFERRED -> new OwnershipTransferred(e, item, at, STAFF, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
            case EXPORTED -> new Exported(e, item, at, STAFF, "KZ");
            case HANDED_OVER -> new HandedOver(e, item, at, STAFF, PROCESSOR);
            case DISMANTLED -> new Dismantled(e, item, at, STAFF);
            case RECYCLED -> new Recycled(e, item, at, STAFF, Map.of(Material.technical("copper"), Mass.ofGrams(12)));
            case DISPOSED -> new Disposed(e, item, at, STAFF, DisposalMethod.INCINERATION);
        };
    }

    static WorkOrder workOrder() {
        return new WorkOrder("WO-1", List.of("screen replaced"), List.of(), 1.5, cny("300.00"),
                GradingScale.LETTER_A_TO_D.grade("C"), GradingScale.LETTER_A_TO_D.grade("B"), Optional.empty());
    }

    /** The shortest sequence of event types from an empty lifecycle to each stage, by the table. */
    static Map<Stage, List<EventType>> shortestPaths() {
        Map<Stage, List<EventType>> paths = new EnumMap<>(Stage.class);
        paths.put(Stage.UNRECORDED, List.of());
        Deque<Stage> queue = new ArrayDeque<>(List.of(Stage.UNRECORDED));
        while (!queue.isEmpty()) {
            Stage stage = queue.poll();
            for (EventType type : stage.allowedEvents()) {
                Stage next = stage.next(type).orElseThrow();
                if (!paths.containsKey(next)) {
                    List<EventType> path = new ArrayList<>(paths.get(stage));
                    path.add(type);
                    paths.put(next, Collections.unmodifiableList(path));
                    queue.add(next);
                }
            }
        }
        return paths;
    }

    /** A lifecycle of the item in the stage, reached by the shortest path, one minute per event. */
    static Lifecycle lifecycleIn(Stage stage, Item item) {
        Lifecycle lifecycle = Lifecycle.of(item);
        List<EventType> path = shortestPaths().get(stage);
        for (int i = 0; i < path.size(); i++) {
            lifecycle = lifecycle.append(event(path.get(i), item.id(), "p" + i, T0.plus(Duration.ofMinutes(i))));
        }
        return lifecycle;
    }

    /** The instant after the last event of a lifecycle. */
    static Instant after(Lifecycle lifecycle) {
        return lifecycle.latest().map(e -> e.at().plusSeconds(60)).orElse(T0);
    }
}
