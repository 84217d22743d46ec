package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * The item was handed over to another enterprise for end-of-life treatment: a recycler, a licensed
 * WEEE processor (rule WEEE-HANDOVER: 废弃电器电子产品回收处理管理条例 Art. 2, 6, 11, 28) or a qualified
 * vehicle dismantler (rule ELV-HANDOVER: 报废机动车回收管理办法 Art. 5, 11, 12). The recipient's
 * roles are part of the record, so rules can tell whether it held the needed qualification.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param recipient the enterprise that received the item, with its roles
 */
public record HandedOver(EventId id, ItemId itemId, Instant at, Actor actor, Enterprise recipient)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param recipient the recipient, not null
     */
    public HandedOver {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(recipient, "recipient");
    }

    /**
     * Returns {@link EventType#HANDED_OVER}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.HANDED_OVER;
    }

    /**
     * Returns whether the recipient is a licensed WEEE processor.
     *
     * @return true if it holds {@link EnterpriseRole#WEEE_PROCESSOR_LICENSED}
     */
    public boolean toLicensedWeeeProcessor() {
        return recipient.hasRole(EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    }

    /**
     * Returns whether the recipient is a qualified end-of-life vehicle dismantler.
     *
     * @return true if it holds {@link EnterpriseRole#VEHICLE_DISMANTLER_QUALIFIED}
     */
    public boolean toQualifiedVehicleDismantler() {
        return recipient.hasRole(EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED);
    }

    /**
     * Returns whether the recipient is a recycler.
     *
     * @return true if it holds {@link EnterpriseRole#RECYCLER}
     */
    public boolean toRecycler() {
        return recipient.hasRole(EnterpriseRole.RECYCLER);
    }
}
