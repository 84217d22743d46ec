package io.github.circularj.model.platform;

import io.github.circularj.model.lifecycle.FlagReason;
import java.time.Instant;
import java.util.Objects;

/**
 * A flag raised on a listing: by whom (a user's report, the platform's own check, an authority), why (the same
 * reasons as an enterprise's {@code Flagged} event: suspected stolen, seized, prohibited category, recalled) and
 * when. A flag is what the platform "finds" under 电子商务法 Art. 29: it must then act.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at when the flag was raised
 * @param source who raised it
 * @param reason why
 */
public record ListingFlag(Instant at, Source source, FlagReason reason) {

    /** Who raised a flag. */
    public enum Source {
        /** A user's report (a complaint or a tip). */
        USER_REPORT,
        /** The platform's own check (a filter, a review). */
        PLATFORM_CHECK,
        /** An authority's notice. */
        AUTHORITY
    }

    /**
     * Validates the flag.
     *
     * @param at when it was raised, not null
     * @param source who raised it, not null
     * @param reason why, not null
     */
    public ListingFlag {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Obtains a flag.
     *
     * @param at when it was raised, not null
     * @param source who raised it, not null
     * @param reason why, not null
     * @return the flag
     */
    public static ListingFlag of(Instant at, Source source, FlagReason reason) {
        return new ListingFlag(at, source, reason);
    }
}
