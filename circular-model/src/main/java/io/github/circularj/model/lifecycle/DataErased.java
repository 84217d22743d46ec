package io.github.circularj.model.lifecycle;

import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Objects;

/**
 * User data on the item was erased (rules DATA-ERASURE and DATA-ERASURE-METHOD, after the
 * mandatory national standard 数据安全技术 电子产品信息清除技术要求, reported as GB 46864-2025, in force
 * 2027-01-01).
 *
 * <p>{@code passes} is at least 1 for every method. For {@link ErasureMethod#OVERWRITE} it is the
 * number of overwrite passes, which rules compare with the standard's minimum for the medium; for
 * the other methods it is the number of times the operation was run (normally 1) and rules do not
 * read it. Whether the method is good enough is a rule's judgement, not the event's: a factory
 * reset is recorded as such and is valid here.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param method how the data was erased
 * @param passes the number of passes (see above), at least 1
 * @param medium the kind of storage erased
 * @param tool the erasure tool's name
 * @param toolVersion the tool's version
 * @param certificateReference the reference of the erasure certificate or report
 * @param verified whether the result of the erasure was verified
 */
public record DataErased(EventId id, ItemId itemId, Instant at, Actor actor, ErasureMethod method, int passes, StorageMedium medium, String tool, String toolVersion, String certificateReference, boolean verified)
        implements LifecycleEvent {

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param method the method, not null
     * @param passes the number of passes, at least 1
     * @param medium the medium, not null
     * @param tool the tool, not blank, not padded
     * @param toolVersion the tool version, not blank, not padded
     * @param certificateReference the certificate reference, not blank, not padded
     * @param verified whether the result was verified
     * @throws IllegalArgumentException if {@code passes} is less than 1, or a text is blank or padded
     */
    public DataErased {
        Checks.common(id, itemId, at, actor);
        Objects.requireNonNull(method, "method");
        if (passes < 1) {
            throw new IllegalArgumentException("passes \"" + passes + "\" of erasure method " + method
                    + " is less than 1; an erasure runs at least once");
        }
        Objects.requireNonNull(medium, "medium");
        Checks.text("tool", tool);
        Checks.text("toolVersion", toolVersion);
        Checks.text("certificateReference", certificateReference);
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
}
