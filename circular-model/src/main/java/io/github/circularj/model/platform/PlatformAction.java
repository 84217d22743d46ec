package io.github.circularj.model.platform;

import java.time.Instant;
import java.util.Objects;

/**
 * What the platform did about a listing and when: the "necessary measures" of 电子商务法 Art. 29.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type what was done
 * @param at when
 */
public record PlatformAction(Type type, Instant at) {

    /** What a platform does about a flagged listing. */
    public enum Type {
        /** The listing was taken down. */
        TAKEN_DOWN,
        /** The seller was warned and the listing corrected. */
        SELLER_WARNED,
        /** The listing was reported to an authority. */
        REPORTED_TO_AUTHORITY,
        /** The flag was examined and found unfounded: the listing stays, the decision recorded. */
        CLEARED
    }

    /**
     * Validates the action.
     *
     * @param type what was done, not null
     * @param at when, not null
     */
    public PlatformAction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    /**
     * Obtains an action.
     *
     * @param type what was done, not null
     * @param at when, not null
     * @return the action
     */
    public static PlatformAction of(Type type, Instant at) {
        return new PlatformAction(type, at);
    }

    /**
     * Whether the action stopped the listing from trading (taken down).
     *
     * @return true for {@link Type#TAKEN_DOWN}
     */
    public boolean stopsTrade() {
        return type == Type.TAKEN_DOWN;
    }
}
