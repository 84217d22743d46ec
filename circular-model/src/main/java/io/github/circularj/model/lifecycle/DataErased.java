package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * User data on the item was erased (rules DATA-ERASURE and DATA-ERASURE-METHOD, after the
 * mandatory national standard 数据安全技术 电子产品信息清除技术要求, reported as GB 46864-2025, in force
 * 2027-01-01). The {@link Erasure} says how.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param erasure how the data was erased
 */
public record DataErased(EventId id, ItemId itemId, Instant at, Actor actor, Erasure erasure)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param erasure the erasure, not null
     */
    public DataErased {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(erasure, "erasure");
    }

    /**
     * Returns {@link EventType#DATA_ERASED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.DATA_ERASED;
    }

    /**
     * Returns how the data was erased; the same as {@code erasure().method()}.
     *
     * @return the method
     */
    public ErasureMethod method() {
        return erasure.method();
    }

    /**
     * Returns the number of passes; the same as {@code erasure().passes()}.
     *
     * @return the number of passes, at least 1
     */
    public int passes() {
        return erasure.passes();
    }

    /**
     * Returns the kind of storage erased; the same as {@code erasure().medium()}.
     *
     * @return the medium
     */
    public StorageMedium medium() {
        return erasure.medium();
    }

    /**
     * Returns whether the result was verified; the same as {@code erasure().verified()}.
     *
     * @return true if verified
     */
    public boolean verified() {
        return erasure.verified();
    }
}
