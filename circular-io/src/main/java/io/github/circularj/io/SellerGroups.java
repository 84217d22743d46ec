package io.github.circularj.io;

import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.Rejected;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import javax.annotation.Nullable;

/**
 * Assembles a platform file grouped by seller one seller at a time, as {@link PlatformRecords.Builder} judges the
 * same records: each seller's line is followed by its listings, then the transactions of those listings, and
 * sellers come in ascending id order. A line that breaks the grouping is reported as unreadable, with the rule
 * it broke, and the rest of the file is read on.
 *
 * <p>Ids are unique across the whole file, which one seller's records cannot show: the ids of the listings and
 * transactions met so far are kept as 64-bit hashes (8 to 16 bytes each). A hash met again marks a suspect
 * line, refused as a duplicate; since two different ids can share a hash, the reader then reads the file again
 * {@linkplain #verifying() verifying} the suspect hashes' ids exactly (until a pass meets no new suspect), and a
 * line whose id is new is {@linkplain #falsePositives() exempt} on every later pass. So the result is exact, and equal to the builder's on the same
 * records; an id is taken by the first line that carries it.
 *
 * <p>Memory: one seller's records, the hashes, the first unreadable records up to the limit, and the refused
 * records. Not thread-safe.
 */
final class SellerGroups {

    private final LedgerHeader header;
    private final ToLongFunction<String> hash;
    private final String source;
    private final Set<Long> exempt;
    /** The hashes whose ids this pass decides exactly: empty on a first pass. */
    private final Set<Long> verifyHashes;
    private final Set<String> exactlySeen = new HashSet<>();
    private final Set<Long> falsePositives = new HashSet<>();
    private final Set<Long> suspectLines = new HashSet<>();
    private final Set<Long> suspectHashes = new HashSet<>();
    private final LongHashSet listingIds = new LongHashSet();
    private final LongHashSet transactionIds = new LongHashSet();

    private final List<Rejected> rejected = new ArrayList<>();
    private final List<UnreadableRecord> unreadable = new ArrayList<>();
    private long unreadableCount;
    private long accepted;
    private int sellers;

    @Nullable
    private SellerAccount current;
    private long currentLine;
    @Nullable
    private String lastSeller;
    private final List<PlatformListing> listings = new ArrayList<>();
    private final Set<String> listingsOfCurrent = new HashSet<>();
    private final List<PlatformTransaction> transactions = new ArrayList<>();

    private SellerGroups(LedgerHeader header, String source, Set<Long> exempt, Set<Long> verifyHashes,
            ToLongFunction<String> hash) {
        this.hash = hash;
        this.header = header;
        this.source = source;
        this.exempt = exempt;
        this.verifyHashes = verifyHashes;
    }

    /** A pass that marks the lines whose id hash was met before as suspects (refused as duplicates), but those exempt. */
    static SellerGroups checking(LedgerHeader header, String source, Set<Long> exempt, ToLongFunction<String> hash) {
        return new SellerGroups(header, source, exempt, Set.of(), hash);
    }

    /**
     * A pass that decides exactly the ids whose hashes were suspect in this pass or an earlier one. Its report is exact
     * when it finds no new suspect (a line this pass reads that an earlier pass refused, such as the transaction of a
     * listing wrongly refused, can meet a new hash); otherwise verify again.
     */
    SellerGroups verifying() {
        Set<Long> hashes = new HashSet<>(verifyHashes);
        hashes.addAll(suspectHashes);
        return new SellerGroups(header, source, Set.of(), Set.copyOf(hashes), hash);
    }

    /** Takes a seller's line; returns the activity of the seller it closes, if any. */
    @Nullable
    SellerActivity seller(SellerAccount account, long line) {
        if (lastSeller != null && account.id().compareTo(lastSeller) <= 0) {
            unreadable(Unreadable.of(source, line, "sellerId", account.id(), "the header says the file is grouped by"
                    + " seller, in ascending seller id order, but this seller comes after seller \"" + lastSeller + "\""
                    + (account.id().equals(lastSeller) ? " (the same id: a seller has one line)" : "")));
            return null;
        }
        SellerActivity closed = close();
        current = account;
        currentLine = line;
        lastSeller = account.id();
        return closed;
    }

    /** Takes a listing's line. */
    void listing(PlatformListing listing, long line) {
        if (current == null || !current.id().equals(listing.sellerId())) {
            unreadable(Unreadable.of(source, line, "sellerId", listing.sellerId(), "the header says the file is grouped"
                    + " by seller, so a listing follows its seller's line, but " + currentSays()));
            return;
        }
        if (duplicate(listingIds, "L", listing.id(), line)) {
            rejected.add(new Rejected("listing", listing.id(), Rejected.Reason.DUPLICATE_ID,
                    "listing " + listing.id() + " was submitted before"));
            return;
        }
        listings.add(listing);
        listingsOfCurrent.add(listing.id());
    }

    /** Takes a transaction's line. */
    void transaction(PlatformTransaction transaction, long line) {
        if (current == null || !listingsOfCurrent.contains(transaction.listingId())) {
            unreadable(Unreadable.of(source, line, "listingId", transaction.listingId(), "the header says the file is"
                    + " grouped by seller, so a transaction follows its listing, after the listing's seller's line, but "
                    + (current == null ? "no seller line came before it" : "listing \"" + transaction.listingId()
                    + "\" is not among the listings of seller \"" + current.id() + "\" (line " + currentLine + ")")));
            return;
        }
        if (duplicate(transactionIds, "T", transaction.id(), line)) {
            rejected.add(new Rejected("transaction", transaction.id(), Rejected.Reason.DUPLICATE_ID,
                    "transaction " + transaction.id() + " was submitted before"));
            return;
        }
        transactions.add(transaction);
    }

    private String currentSays() {
        return current == null ? "no seller line came before it"
                : "the current seller is \"" + current.id() + "\" (line " + currentLine + ")";
    }

    /** Whether an id was taken by an earlier line; see the class comment. */
    private boolean duplicate(LongHashSet seen, String kind, String id, long line) {
        long h = hash.applyAsLong(id);
        boolean first = seen.add(h);
        if (verifyHashes.contains(h)) {
            boolean again = !exactlySeen.add(kind + ":" + id);
            if (!first && !again) {
                falsePositives.add(line);
            }
            return again;
        }
        if (first || exempt.contains(line)) {
            return false;
        }
        suspectLines.add(line);
        suspectHashes.add(h);
        return true;
    }

    void unreadable(UnreadableRecord record) {
        unreadableCount++;
        if (unreadable.size() < Ledger.Builder.DEFAULT_UNREADABLE_LIMIT) {
            unreadable.add(record);
        }
    }

    /** Closes the last seller; returns its activity, if any. */
    @Nullable
    SellerActivity finish() {
        SellerActivity closed = close();
        current = null;
        return closed;
    }

    @Nullable
    private SellerActivity close() {
        if (current == null) {
            return null;
        }
        PlatformRecords.Builder one = PlatformRecords.builder(header.enterprise(), header.period()).seller(current);
        listings.forEach(one::listing);
        transactions.forEach(one::transaction);
        PlatformRecords.Result built = one.build();
        accepted += built.report().accepted();
        rejected.addAll(built.report().rejected());
        listings.clear();
        listingsOfCurrent.clear();
        transactions.clear();
        sellers++;
        return built.records().sellers().findFirst().orElseThrow();
    }

    /** The lines marked as suspects in this pass. */
    Set<Long> suspects() {
        return suspectLines;
    }

    /** The lines whose hash was met before but whose ids are new, when verifying: exempt on later passes. */
    Set<Long> falsePositives() {
        return falsePositives;
    }

    int sellers() {
        return sellers;
    }

    PlatformRecords.Report report() {
        return new PlatformRecords.Report(accepted, rejected, unreadable, unreadableCount);
    }
}
