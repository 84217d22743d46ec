package io.github.circularj.model.lifecycle;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.ItemId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The item was exported to another country, given as an ISO 3166-1 alpha-2 code in upper case
 * (for example {@code KZ}), one of {@link Locale#getISOCountries()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the event's id
 * @param itemId the item the event is about
 * @param at when the event happened
 * @param actor who performed or recorded the event
 * @param destinationCountry the destination's ISO 3166-1 alpha-2 code
 */
public record Exported(EventId id, ItemId itemId, Instant at, Actor actor, String destinationCountry)
        implements LifecycleEvent {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /**
     * Validates the event.
     *
     * @param id the event's id, not null
     * @param itemId the item's id, not null
     * @param at when the event happened, not null
     * @param actor the actor, not null
     * @param destinationCountry the destination's ISO 3166-1 alpha-2 code, upper case
     * @throws IllegalArgumentException if the country is not an ISO 3166-1 alpha-2 code
     */
    public Exported {
        Checks.eventComponents(id, itemId, at, actor);
        Objects.requireNonNull(destinationCountry, "destinationCountry");
        if (!COUNTRIES.contains(destinationCountry)) {
            throw new IllegalArgumentException("destinationCountry \"" + destinationCountry
                    + "\" is not an ISO 3166-1 alpha-2 country code; use two upper-case letters such as \"KZ\"");
        }
    }

    /**
     * Returns {@link EventType#EXPORTED}.
     *
     * @return the event type
     */
    @Override
    public EventType type() {
        return EventType.EXPORTED;
    }
}
