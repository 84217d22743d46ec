package io.github.circularj.model.platform;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.Enterprise;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * A platform's records submitted for a reporting period: its seller accounts, their listings and the
 * transactions completed, grouped by seller ({@link SellerActivity}), with the report of every record refused.
 *
 * <pre>{@code
 * PlatformRecords.Result read = PlatformRecords.builder(platform, ReportingPeriod.ofYear(2025))
 *         .seller(account).listing(listing).transaction(sale)
 *         .build();
 * read.report().rejected();   // a listing by an unknown seller, a duplicate id, a sale before its listing ...
 * }</pre>
 *
 * <p>The builder accepts the records in any order and judges them when built: the result does not depend on the
 * order, except which of two records with one id is kept (the one submitted first; the other is reported). It
 * refuses, and reports: a second record with an id already used, a listing whose seller is unknown or that was
 * posted before the seller's account was opened, and a transaction whose listing is unknown or refused, or that
 * completed before the listing was posted. Nothing is dropped silently: {@link Report#submitted()} counts every
 * record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformRecords {

    private final Enterprise platform;
    private final ReportingPeriod period;
    @Nullable
    private final List<SellerActivity> sellers;
    @Nullable
    private final Supplier<Stream<SellerActivity>> source;
    private final int sellerCount;

    private PlatformRecords(Enterprise platform, ReportingPeriod period, List<SellerActivity> sellers) {
        this.platform = platform;
        this.period = period;
        this.sellers = List.copyOf(sellers);
        this.source = null;
        this.sellerCount = this.sellers.size();
    }

    private PlatformRecords(Enterprise platform, ReportingPeriod period, int sellerCount,
            Supplier<Stream<SellerActivity>> source) {
        this.platform = platform;
        this.period = period;
        this.sellers = null;
        this.source = source;
        this.sellerCount = sellerCount;
    }

    /**
     * Obtains the records of a platform that streams its sellers from a source on every pass, for a reader of a
     * file too large to hold: each pass asks the supplier for a fresh stream, and only one seller's records need
     * be in memory at a time. The records must have been checked as {@link Builder#build()} checks them (the
     * reader's report says what was refused); the supplier gives the same sellers, in ascending id order, on
     * every call.
     *
     * @param platform the platform operator, not null
     * @param period the reporting period, not null
     * @param sellerCount the number of sellers the source gives, zero or more
     * @param source gives a fresh stream of the sellers on each call, not null
     * @return the records
     * @throws IllegalArgumentException if the count is negative
     */
    public static PlatformRecords ofSupplier(Enterprise platform, ReportingPeriod period, int sellerCount,
            Supplier<Stream<SellerActivity>> source) {
        if (sellerCount < 0) {
            throw new IllegalArgumentException("sellerCount \"" + sellerCount + "\" is negative; a count is zero or more");
        }
        return new PlatformRecords(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(period, "period"),
                sellerCount, Objects.requireNonNull(source, "source"));
    }

    /**
     * Starts the records of a platform for a period.
     *
     * @param platform the platform operator, not null
     * @param period the reporting period, not null
     * @return the builder
     */
    public static Builder builder(Enterprise platform, ReportingPeriod period) {
        return new Builder(platform, period);
    }

    /**
     * Returns the platform operator.
     *
     * @return the enterprise
     */
    public Enterprise platform() {
        return platform;
    }

    /**
     * Returns the reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return period;
    }

    /**
     * Returns each seller with its listings and transactions, in the order of the sellers' ids.
     *
     * @return a new stream on each call
     */
    public Stream<SellerActivity> sellers() {
        return sellers != null ? sellers.stream() : Objects.requireNonNull(source.get(), "the source gave no stream");
    }

    /**
     * Returns whether the records are held in memory.
     *
     * @return true for records from a builder, false for records from {@link #ofSupplier}
     */
    public boolean isInMemory() {
        return sellers != null;
    }

    /**
     * Returns the number of sellers.
     *
     * @return the number of seller accounts accepted
     */
    public int sellerCount() {
        return sellerCount;
    }

    /**
     * Checks whether another object holds the same platform, period and sellers' records; records that stream from a
     * source ({@link #ofSupplier}) are equal only to themselves.
     *
     * @param obj the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
        if (obj == this) {
            return true;
        }
        return obj instanceof PlatformRecords o && sellers != null && o.sellers != null && platform.equals(o.platform)
                && period.equals(o.period) && sellers.equals(o.sellers);
    }

    /**
     * Returns a hash code consistent with equals.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return sellers != null ? Objects.hash(platform, period, sellers) : System.identityHashCode(this);
    }

    /**
     * Returns the records as text, e.g. {@code "91330100MA27XK1A0L 2025-01-01/2026-01-01, 120 sellers"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return platform.creditCode() + " " + period + ", " + sellerCount + " sellers" + (sellers == null ? ", streaming" : "");
    }

    /**
     * One seller with what it did on the platform: its account, its listings (oldest first) and the transactions
     * of its listings (oldest first).
     *
     * @param account the seller's account
     * @param listings its listings, oldest first
     * @param transactions the transactions of its listings, oldest first
     */
    public record SellerActivity(SellerAccount account, List<PlatformListing> listings,
            List<PlatformTransaction> transactions) {

        /**
         * Validates and copies.
         *
         * @param account the account, not null
         * @param listings the listings, not null, all the seller's; copied
         * @param transactions the transactions, not null; copied
         * @throws IllegalArgumentException if a listing is another seller's
         */
        public SellerActivity {
            Objects.requireNonNull(account, "account");
            listings = List.copyOf(listings);
            transactions = List.copyOf(transactions);
            for (PlatformListing l : listings) {
                if (!l.sellerId().equals(account.id())) {
                    throw new IllegalArgumentException("listing \"" + l.id() + "\" is seller \"" + l.sellerId()
                            + "\"'s, not seller \"" + account.id() + "\"'s");
                }
            }
        }

        /**
         * Returns the listing a transaction sold.
         *
         * @param transaction one of this seller's transactions, not null
         * @return the listing
         * @throws IllegalArgumentException if the transaction is not of this seller's listings
         */
        public PlatformListing listingOf(PlatformTransaction transaction) {
            for (PlatformListing l : listings) {
                if (l.id().equals(transaction.listingId())) {
                    return l;
                }
            }
            throw new IllegalArgumentException("transaction \"" + transaction.id() + "\" is not of a listing of seller \""
                    + account.id() + "\"");
        }
    }

    /**
     * A record the builder refused.
     *
     * @param kind what the record is: {@code "seller"}, {@code "listing"} or {@code "transaction"}
     * @param id the record's id
     * @param reason why it was refused
     * @param detail the reason in words, naming the other record involved
     */
    public record Rejected(String kind, String id, Reason reason, String detail) {

        /** Why a record was refused. */
        public enum Reason {
            /** Its id was already used by another record of the same kind. */
            DUPLICATE_ID,
            /** It names a seller the records do not hold. */
            UNKNOWN_SELLER,
            /** It names a listing the records do not hold (or refused). */
            UNKNOWN_LISTING,
            /** It is dated before the record it depends on (a listing before its seller's account, a sale before its listing). */
            BEFORE_ITS_ORIGIN
        }

        /**
         * Validates.
         *
         * @param kind the kind, not null
         * @param id the id, not null
         * @param reason the reason, not null
         * @param detail the detail, not null
         */
        public Rejected {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        /**
         * Returns the refusal as text, e.g. {@code "listing L-9: unknown seller (seller S-4 is not in the records)"}.
         *
         * @return the text
         */
        @Override
        public String toString() {
            return kind + " " + id + ": " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + detail + ")";
        }
    }

    /**
     * What the builder did with the records submitted to it: the records accepted, every record refused, and the
     * records that could not be read at all (the bad lines of a file), of which only the first may be kept.
     *
     * @param accepted the number of records accepted
     * @param rejected the records refused, ordered by kind (sellers, listings, transactions), then id
     * @param unreadable the first records that could not be read, in the order met
     * @param unreadableCount the number of records that could not be read, at least {@code unreadable.size()}
     */
    public record Report(long accepted, List<Rejected> rejected, List<UnreadableRecord> unreadable, long unreadableCount) {

        /**
         * Validates and copies.
         *
         * @param accepted zero or more
         * @param rejected not null; copied, in the order of kind (sellers, listings, transactions), then id
         * @param unreadable not null; copied
         * @param unreadableCount at least as many as kept
         * @throws IllegalArgumentException if {@code accepted} is negative or {@code unreadableCount} is less than
         *     the number kept
         */
        public Report {
            if (accepted < 0) {
                throw new IllegalArgumentException("accepted \"" + accepted + "\" is negative; a count is zero or more");
            }
            List<Rejected> ordered = new ArrayList<>(rejected);
            ordered.sort(Comparator.comparing((Rejected r) -> kindOrder(r.kind())).thenComparing(Rejected::id)
                    .thenComparing(r -> r.reason().ordinal()));
            rejected = List.copyOf(ordered);
            unreadable = List.copyOf(unreadable);
            if (unreadableCount < unreadable.size()) {
                throw new IllegalArgumentException("unreadableCount \"" + unreadableCount + "\" is less than the "
                        + unreadable.size() + " unreadable records kept; the count includes every one kept");
            }
        }

        /**
         * Obtains a report of records only, with nothing unreadable (what a builder given only records reports).
         *
         * @param accepted zero or more
         * @param rejected not null; copied
         * @throws IllegalArgumentException if {@code accepted} is negative
         */
        public Report(long accepted, List<Rejected> rejected) {
            this(accepted, rejected, List.of(), 0);
        }

        /**
         * Returns the number of records submitted.
         *
         * @return accepted plus rejected plus unreadable
         */
        public long submitted() {
            return accepted + rejected.size() + unreadableCount;
        }

        /**
         * Returns whether every record was read and accepted.
         *
         * @return true if none was refused and none was unreadable
         */
        public boolean isClean() {
            return rejected.isEmpty() && unreadableCount == 0;
        }
    }

    /**
     * The records and the report.
     *
     * @param records the records accepted
     * @param report what was accepted and refused
     */
    public record Result(PlatformRecords records, Report report) {

        /**
         * Validates.
         *
         * @param records not null
         * @param report not null
         */
        public Result {
            Objects.requireNonNull(records, "records");
            Objects.requireNonNull(report, "report");
        }
    }

    /** Collects records in any order; judges them when built. Not thread-safe. */
    public static final class Builder {
        private final Enterprise platform;
        private final ReportingPeriod period;
        private final List<SellerAccount> sellers = new ArrayList<>();
        private final List<PlatformListing> listings = new ArrayList<>();
        private final List<PlatformTransaction> transactions = new ArrayList<>();
        private final List<UnreadableRecord> unreadable = new ArrayList<>();
        private long unreadableCount;

        private Builder(Enterprise platform, ReportingPeriod period) {
            this.platform = Objects.requireNonNull(platform, "platform");
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Adds a seller account.
         *
         * @param account the account, not null
         * @return this builder
         */
        public Builder seller(SellerAccount account) {
            sellers.add(Objects.requireNonNull(account, "account"));
            return this;
        }

        /**
         * Adds a listing.
         *
         * @param listing the listing, not null
         * @return this builder
         */
        public Builder listing(PlatformListing listing) {
            listings.add(Objects.requireNonNull(listing, "listing"));
            return this;
        }

        /**
         * Adds a transaction.
         *
         * @param transaction the transaction, not null
         * @return this builder
         */
        public Builder transaction(PlatformTransaction transaction) {
            transactions.add(Objects.requireNonNull(transaction, "transaction"));
            return this;
        }

        /**
         * Records a record that could not be read (a bad line of a file), so that the report counts it among the
         * records submitted; the first {@value Ledger.Builder#DEFAULT_UNREADABLE_LIMIT} are kept, all are counted.
         *
         * @param record the unreadable record, not null
         * @return this builder
         */
        public Builder unreadable(UnreadableRecord record) {
            Objects.requireNonNull(record, "record");
            unreadableCount++;
            if (unreadable.size() < Ledger.Builder.DEFAULT_UNREADABLE_LIMIT) {
                unreadable.add(record);
            }
            return this;
        }

        /**
         * Judges the records and builds the result.
         *
         * @return the records accepted and the report
         */
        public Result build() {
            List<Rejected> rejected = new ArrayList<>();
            Map<String, SellerAccount> accounts = new TreeMap<>();
            for (SellerAccount a : sellers) {
                SellerAccount before = accounts.putIfAbsent(a.id(), a);
                if (before != null) {
                    rejected.add(new Rejected("seller", a.id(), Rejected.Reason.DUPLICATE_ID,
                            "seller " + a.id() + " was submitted before"));
                }
            }
            Map<String, PlatformListing> byId = new HashMap<>();
            Set<String> listingIds = new HashSet<>(); // an id is taken by the first listing submitted with it, even a refused one
            Map<String, List<PlatformListing>> ofSeller = new HashMap<>();
            for (PlatformListing l : listings) {
                SellerAccount seller = accounts.get(l.sellerId());
                if (!listingIds.add(l.id())) {
                    rejected.add(new Rejected("listing", l.id(), Rejected.Reason.DUPLICATE_ID,
                            "listing " + l.id() + " was submitted before"));
                } else if (seller == null) {
                    rejected.add(new Rejected("listing", l.id(), Rejected.Reason.UNKNOWN_SELLER,
                            "seller " + l.sellerId() + " is not in the records"));
                } else if (l.listedAt().isBefore(seller.openedAt())) {
                    rejected.add(new Rejected("listing", l.id(), Rejected.Reason.BEFORE_ITS_ORIGIN,
                            "posted " + l.listedAt() + ", before seller " + seller.id() + "'s account opened "
                                    + seller.openedAt()));
                } else {
                    byId.put(l.id(), l);
                    ofSeller.computeIfAbsent(l.sellerId(), s -> new ArrayList<>()).add(l);
                }
            }
            Set<String> transactionIds = new HashSet<>();
            Map<String, List<PlatformTransaction>> sales = new HashMap<>();
            for (PlatformTransaction t : transactions) {
                PlatformListing listing = byId.get(t.listingId());
                if (!transactionIds.add(t.id())) {
                    rejected.add(new Rejected("transaction", t.id(), Rejected.Reason.DUPLICATE_ID,
                            "transaction " + t.id() + " was submitted before"));
                } else if (listing == null) {
                    rejected.add(new Rejected("transaction", t.id(), Rejected.Reason.UNKNOWN_LISTING,
                            "listing " + t.listingId() + " is not in the records or was refused"));
                } else if (t.completedAt().isBefore(listing.listedAt())) {
                    rejected.add(new Rejected("transaction", t.id(), Rejected.Reason.BEFORE_ITS_ORIGIN,
                            "completed " + t.completedAt() + ", before listing " + listing.id() + " was posted "
                                    + listing.listedAt()));
                } else {
                    sales.computeIfAbsent(listing.sellerId(), s -> new ArrayList<>()).add(t);
                }
            }
            List<SellerActivity> activity = new ArrayList<>();
            long accepted = 0;
            for (SellerAccount a : accounts.values()) {
                List<PlatformListing> own = new ArrayList<>(ofSeller.getOrDefault(a.id(), List.of()));
                own.sort(Comparator.comparing(PlatformListing::listedAt).thenComparing(PlatformListing::id));
                List<PlatformTransaction> sold = new ArrayList<>(sales.getOrDefault(a.id(), List.of()));
                sold.sort(Comparator.comparing(PlatformTransaction::completedAt).thenComparing(PlatformTransaction::id));
                activity.add(new SellerActivity(a, own, sold));
                accepted += 1 + own.size() + sold.size();
            }
            return new Result(new PlatformRecords(platform, period, activity), new Report(accepted, rejected, unreadable, unreadableCount));
        }
    }

    private static int kindOrder(String kind) {
        return switch (kind) {
            case "seller" -> 0;
            case "listing" -> 1;
            default -> 2;
        };
    }
}
