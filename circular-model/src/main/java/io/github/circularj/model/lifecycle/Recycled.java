package io.github.circularj.model.lifecycle;

import io.github.circularj.model.Mass;
import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The item's materials were recycled. The recovered masses are copied into a map that iterates
 * in the natural order of {@link Material} (by name, then kind), whatever the order given; the map
 * may be empty when the masses were not measured.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param recovered the mass recovered per material
 */
public record Recycled(EventId id, ItemId itemId, Instant at, Actor actor, Map<Material, Mass> recovered)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param recovered the masses, not null, no null keys or values; copied
     */
    public Recycled {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(recovered, "recovered");
        TreeMap<Material, Mass> copy = new TreeMap<>();
        recovered.forEach((material, mass) -> copy.put(Objects.requireNonNull(material, "recovered material"),
                Objects.requireNonNull(mass, "recovered mass")));
        recovered = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Returns {@link EventType#RECYCLED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.RECYCLED;
    }

    /**
     * Returns the total mass recovered.
     *
     * @return the sum of {@link #recovered()}, zero if empty
     */
    public Mass totalRecovered() {
        Mass total = Mass.ZERO;
        for (Mass m : recovered.values()) {
            total = total.plus(m);
        }
        return total;
    }
}
