package io.github.circularj.model.platform;

import io.github.circularj.model.internal.Checks;
import io.github.circularj.model.product.Category;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A listing on a platform: its id, the seller who posted it, the item's category, when it was posted, the flags
 * raised on it and the platform's actions, each list in time order.
 *
 * <p>Valid by construction: flags and actions are not before the listing and are in time order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the listing's id
 * @param sellerId the id of the seller who posted it
 * @param category the item's category
 * @param listedAt when it was posted
 * @param flags the flags raised, oldest first
 * @param actions the platform's actions, oldest first
 */
public record PlatformListing(String id, String sellerId, Category category, Instant listedAt, List<ListingFlag> flags,
        List<PlatformAction> actions) {

    /** The longest listing id accepted, in characters. */
    public static final int MAX_ID_LENGTH = 64;

    /**
     * Validates the listing.
     *
     * @param id the id, not null, 1 to {@value #MAX_ID_LENGTH} visible characters, holding no identity-card or
     *     mobile number
     * @param sellerId the seller's id, as for {@link SellerAccount#builder}
     * @param category the category, not null
     * @param listedAt when it was posted, not null
     * @param flags the flags, not null, in time order, none before the listing; copied
     * @param actions the actions, not null, in time order, none before the listing; copied
     * @throws IllegalArgumentException if an id is not valid, or a flag or an action is before the listing or out
     *     of order
     */
    public PlatformListing {
        Checks.text("listing id", id, MAX_ID_LENGTH);
        Checks.text("seller id", sellerId, SellerAccount.MAX_ID_LENGTH);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(listedAt, "listedAt");
        flags = List.copyOf(flags);
        actions = List.copyOf(actions);
        inOrder(id, "flag", flags.stream().map(ListingFlag::at).toList(), listedAt);
        inOrder(id, "action", actions.stream().map(PlatformAction::at).toList(), listedAt);
    }

    private static void inOrder(String id, String what, List<Instant> times, Instant listedAt) {
        Instant last = listedAt;
        for (Instant t : times) {
            if (t.isBefore(last)) {
                throw new IllegalArgumentException("listing \"" + id + "\": " + what + " at " + t + " is before "
                        + (last.equals(listedAt) ? "the listing at " : "the " + what + " before it at ") + last
                        + "; " + what + "s follow the listing, in time order");
            }
            last = t;
        }
    }

    /**
     * Obtains a listing without flags or actions.
     *
     * @param id the id, as for the constructor
     * @param sellerId the seller's id, as for the constructor
     * @param category the category, not null
     * @param listedAt when it was posted, not null
     * @return the listing
     * @throws IllegalArgumentException if an id is not valid
     */
    public static PlatformListing of(String id, String sellerId, Category category, Instant listedAt) {
        return new PlatformListing(id, sellerId, category, listedAt, List.of(), List.of());
    }

    /**
     * Returns this listing with a flag added after the others.
     *
     * @param flag the flag, not null
     * @return the listing
     * @throws IllegalArgumentException if the flag is before the listing or the last flag
     */
    public PlatformListing withFlag(ListingFlag flag) {
        List<ListingFlag> more = new ArrayList<>(flags);
        more.add(Objects.requireNonNull(flag, "flag"));
        return new PlatformListing(id, sellerId, category, listedAt, more, actions);
    }

    /**
     * Returns this listing with an action added after the others.
     *
     * @param action the action, not null
     * @return the listing
     * @throws IllegalArgumentException if the action is before the listing or the last action
     */
    public PlatformListing withAction(PlatformAction action) {
        List<PlatformAction> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new PlatformListing(id, sellerId, category, listedAt, flags, more);
    }

    /**
     * Returns the first flag.
     *
     * @return the earliest flag, or empty if none was raised
     */
    public Optional<ListingFlag> firstFlag() {
        return flags.isEmpty() ? Optional.empty() : Optional.of(flags.get(0));
    }

    /**
     * Returns the first action at or after an instant.
     *
     * @param from the instant, not null
     * @return the earliest such action, or empty
     */
    public Optional<PlatformAction> firstActionFrom(Instant from) {
        return actions.stream().filter(a -> !a.at().isBefore(from)).min(Comparator.comparing(PlatformAction::at));
    }
}
