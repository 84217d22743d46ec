package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import java.util.Objects;

/**
 * Why and by whom an item was flagged, the payload of {@link Flagged}. {@code flaggedBy} names who
 * raised the flag (the enterprise's own check, a police station, a manufacturer's recall notice...),
 * which need not be the event's actor, who recorded it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reason why the item was flagged
 * @param flaggedBy who raised the flag
 */
public record Flag(FlagReason reason, String flaggedBy) {

    /**
     * Validates the flag.
     *
     * @param reason the reason, not null
     * @param flaggedBy who raised the flag, not blank, not padded
     * @throws IllegalArgumentException if {@code flaggedBy} is blank or padded
     */
    public Flag {
        Objects.requireNonNull(reason, "reason");
        Checks.text("flaggedBy", flaggedBy);
    }

    /**
     * Obtains a flag.
     *
     * @param reason the reason, not null
     * @param flaggedBy who raised the flag, not blank, not padded
     * @return the flag
     * @throws IllegalArgumentException if {@code flaggedBy} is blank or padded
     */
    public static Flag of(FlagReason reason, String flaggedBy) {
        return new Flag(reason, flaggedBy);
    }
}
