package io.github.circularj.testkit;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformSubject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A seeded, deterministic synthetic secondhand platform for the platform pack {@code cn-platform-operator}: sellers
 * (every third an enterprise) with their accounts, listings and sales of 2025, every duty kept, except the
 * {@link PlatformViolation}s planted at chosen rates (at most one per seller), and refused records planted on
 * request. {@link #planted} names the records planted with each kind, as the pack's evidence names them (a seller,
 * listing or transaction id), so that a test can check that the pack finds exactly those.
 *
 * <p>Clean sellers are verified when their account opens (2024-06-01) and re-checked every five months; each has
 * four listings from February 2025, each sold two days after it was posted, its record kept three years; every
 * fifth listing is flagged an hour after it was posted and taken down a day later, unsold. Score it as of
 * {@link #AS_OF}. The platform and its city are fictional; nothing is attributed to a real company.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPlatform {

    /** The reporting period: 2025. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2025);
    /** The as-of day to score it. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final City CITY = City.of("338100", "Quenmora (synthetic)");
    private static final Instant OPENED = Instant.parse("2024-05-31T16:00:00Z"); // 2024-06-01 in Asia/Shanghai
    private static final Instant FIRST_LISTING = Instant.parse("2025-02-01T02:00:00Z");
    private static final Money PRICE = Money.of("120.00", "CNY");
    private static final int LISTINGS = 4;
    private static final int FREQUENT_SALES = 40;
    /** The sales in 2025 of each of the busy private sellers ({@link Builder#busyPrivateSellers}). */
    public static final int BUSY_SALES = 30;

    private final PlatformRecords.Result records;
    private final Map<PlatformViolation, SortedSet<String>> planted;
    private final SortedSet<String> refused;

    private SyntheticPlatform(PlatformRecords.Result records, Map<PlatformViolation, SortedSet<String>> planted,
            SortedSet<String> refused) {
        this.records = records;
        this.planted = planted;
        this.refused = refused;
    }

    /**
     * Starts a platform.
     *
     * @param seed the seed
     * @return the builder
     */
    public static Builder builder(long seed) {
        return new Builder(seed);
    }

    /**
     * Returns the platform's records and the report of those refused.
     *
     * @return the records
     */
    public PlatformRecords.Result records() {
        return records;
    }

    /**
     * Returns the platform as the pack scores it, with an undeclared profile.
     *
     * @return the subject
     */
    public PlatformSubject subject() {
        return PlatformSubject.of(records, EnterpriseProfile.UNDECLARED);
    }

    /**
     * Returns the ids of the records planted with a violation: seller ids for the seller rules, listing ids for
     * the listing rules, transaction ids for the retention rule.
     *
     * @param violation the kind, not null
     * @return the ids, sorted, possibly empty
     */
    public SortedSet<String> planted(PlatformViolation violation) {
        return Collections.unmodifiableSortedSet(planted.get(Objects.requireNonNull(violation, "violation")));
    }

    /**
     * Returns the ids of the records planted to be refused (listings of a seller the records do not hold).
     *
     * @return the ids, sorted, possibly empty
     */
    public SortedSet<String> refused() {
        return Collections.unmodifiableSortedSet(refused);
    }

    /** Builds a platform. Not thread-safe. */
    public static final class Builder {
        private final long seed;
        private int sellers = 100;
        private int refusedListings;
        private int busy;
        private final Map<PlatformViolation, Double> rates = new EnumMap<>(PlatformViolation.class);

        private Builder(long seed) {
            this.seed = seed;
        }

        /**
         * Sets the number of sellers.
         *
         * @param count 1 to 100,000
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder sellers(int count) {
            if (count < 1 || count > 100_000) {
                throw new IllegalArgumentException("sellers \"" + count + "\" is outside 1 to 100000");
            }
            this.sellers = count;
            return this;
        }

        /**
         * Sets the share of sellers planted with a violation.
         *
         * @param violation the kind, not null
         * @param rate 0 to 1; the rates add up to at most 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder rate(PlatformViolation violation, double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException("rate \"" + rate + "\" of " + violation + " is outside 0 to 1");
            }
            rates.put(Objects.requireNonNull(violation, "violation"), rate);
            if (rates.values().stream().mapToDouble(Double::doubleValue).sum() > 1.0 + 1e-9) {
                throw new IllegalArgumentException("rates " + rates + " add up to more than 1; a seller carries at most"
                        + " one violation");
            }
            return this;
        }

        /**
         * Adds private sellers of {@value SyntheticPlatform#BUSY_SALES} sales in 2025 who are not registered as
         * operators: within today's frequent-seller threshold (36), beyond a threshold of 20 — the sellers a policy
         * experiment on the threshold moves. They are named {@code B-00000} and on, after the other sellers.
         *
         * @param count zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder busyPrivateSellers(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("busyPrivateSellers \"" + count + "\" is negative");
            }
            this.busy = count;
            return this;
        }

        /**
         * Sets the number of listings submitted for a seller the records do not hold (refused, for RECORD-INTEGRITY).
         *
         * @param count zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder refusedListings(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("refusedListings \"" + count + "\" is negative");
            }
            this.refusedListings = count;
            return this;
        }

        /**
         * Builds the platform.
         *
         * @return the platform
         */
        public SyntheticPlatform build() {
            String first17 = "91338100MA27TP7" + String.format("%02d", Math.floorMod(seed, 100));
            Enterprise platform = new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)),
                    "Example Secondhand Platform " + Math.floorMod(seed, 100) + " (synthetic)", CITY,
                    EnumSet.of(EnterpriseRole.PLATFORM));
            PlatformRecords.Builder b = PlatformRecords.builder(platform, PERIOD);
            Map<PlatformViolation, SortedSet<String>> planted = new EnumMap<>(PlatformViolation.class);
            for (PlatformViolation v : PlatformViolation.values()) {
                planted.put(v, new TreeSet<>());
            }
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < sellers; i++) {
                seller(b, i, draw(random.nextDouble(), i), planted);
            }
            for (int i = 0; i < busy; i++) {
                String id = String.format("B-%05d", i);
                b.seller(SellerAccount.builder(id, SellerKind.PRIVATE_PERSON, OPENED).verified(SellerCheck.of("K-" + id, OPENED))
                        .recheck(SellerCheck.of("K-" + id + "-1", months(OPENED, 5)))
                        .recheck(SellerCheck.of("K-" + id + "-2", months(OPENED, 10)))
                        .recheck(SellerCheck.of("K-" + id + "-3", months(OPENED, 15))).build());
                for (int k = 0; k < BUSY_SALES; k++) {
                    String l = id + "-L" + k;
                    Instant at = FIRST_LISTING.plus(Duration.ofDays(6L * k));
                    b.listing(PlatformListing.of(l, id, Category.BOOK, at));
                    Instant sold = at.plus(Duration.ofDays(1));
                    b.transaction(PlatformTransaction.of("T-" + l, l, BuyerReference.of("B-" + l), sold, PRICE)
                            .retainedUntil(LocalDate.ofInstant(sold, PlatformOperator.ZONE).plusYears(3)));
                }
            }
            SortedSet<String> refused = new TreeSet<>();
            for (int k = 0; k < refusedListings; k++) {
                String id = String.format("X-%04d", k);
                b.listing(PlatformListing.of(id, "S-UNKNOWN", Category.BOOK, FIRST_LISTING));
                refused.add(id);
            }
            return new SyntheticPlatform(b.build(), planted, refused);
        }

        /** The violation drawn for a seller, or null; those that need an enterprise or a private person fit its kind. */
        private PlatformViolation draw(double u, int i) {
            double sum = 0;
            for (Map.Entry<PlatformViolation, Double> e : rates.entrySet()) {
                sum += e.getValue();
                if (u < sum) {
                    PlatformViolation v = e.getKey();
                    boolean enterprise = kind(i) == SellerKind.ENTERPRISE;
                    if (v == PlatformViolation.LICENCE_HIDDEN && !enterprise
                            || v == PlatformViolation.UNREGISTERED_FREQUENT_SELLER && enterprise) {
                        return null; // the kind does not fit this seller: a clean seller
                    }
                    return v;
                }
            }
            return null;
        }

        private static SellerKind kind(int i) {
            return i % 3 == 0 ? SellerKind.ENTERPRISE : SellerKind.PRIVATE_PERSON;
        }

        private static Instant months(Instant from, long n) {
            ZonedDateTime z = from.atZone(PlatformOperator.ZONE);
            return z.plusMonths(n).toInstant();
        }

        private static void seller(PlatformRecords.Builder b, int i, PlatformViolation v,
                Map<PlatformViolation, SortedSet<String>> planted) {
            String id = String.format("S-%05d", i);
            SellerKind kind = kind(i);
            Instant firstListing = FIRST_LISTING.plus(Duration.ofHours(i % 500));
            SellerAccount.Builder a = SellerAccount.builder(id, kind, OPENED);
            if (v == PlatformViolation.LATE_VERIFICATION) {
                Instant late = firstListing.plus(Duration.ofDays(1));
                a.verified(SellerCheck.of("K-" + id, late)).recheck(SellerCheck.of("K-" + id + "-1", months(late, 5)));
            } else {
                a.verified(SellerCheck.of("K-" + id, OPENED));
                long[] after = v == PlatformViolation.LATE_RECHECK ? new long[] {5, 12, 17} : new long[] {5, 10, 15, 20};
                for (int r = 0; r < after.length; r++) {
                    a.recheck(SellerCheck.of("K-" + id + "-" + (r + 1), months(OPENED, after[r])));
                }
            }
            if (kind == SellerKind.ENTERPRISE && v != PlatformViolation.LICENCE_HIDDEN) {
                a.licenceDisplayed();
            }
            b.seller(a.build());
            if (v == PlatformViolation.LATE_VERIFICATION || v == PlatformViolation.LATE_RECHECK
                    || v == PlatformViolation.LICENCE_HIDDEN || v == PlatformViolation.UNREGISTERED_FREQUENT_SELLER) {
                planted.get(v).add(id);
            }
            int listings = v == PlatformViolation.UNREGISTERED_FREQUENT_SELLER ? FREQUENT_SALES : LISTINGS;
            for (int k = 0; k < listings; k++) {
                String l = id + "-L" + k;
                Instant at = firstListing.plus(Duration.ofDays(5L * k));
                PlatformListing listing = PlatformListing.of(l, id, Category.PHONE, at);
                boolean flagged = k == 1 && (i % 5 == 0 || v == PlatformViolation.SLOW_ACTION
                        || v == PlatformViolation.FLAGGED_SOLD);
                if (flagged) {
                    Instant flag = at.plus(Duration.ofHours(1));
                    listing = listing.withFlag(ListingFlag.of(flag, ListingFlag.Source.USER_REPORT, FlagReason.SUSPECTED_STOLEN))
                            .withAction(PlatformAction.of(PlatformAction.Type.TAKEN_DOWN,
                                    flag.plus(Duration.ofDays(v == PlatformViolation.SLOW_ACTION ? 5 : 1))));
                    if (v == PlatformViolation.SLOW_ACTION || v == PlatformViolation.FLAGGED_SOLD) {
                        planted.get(v).add(l);
                    }
                }
                b.listing(listing);
                if (flagged && v != PlatformViolation.FLAGGED_SOLD) {
                    continue; // a flagged listing is taken down unsold
                }
                Instant sold = flagged ? at.plus(Duration.ofHours(3)) : at.plus(Duration.ofDays(2));
                String t = "T-" + l;
                LocalDate day = LocalDate.ofInstant(sold, PlatformOperator.ZONE);
                boolean short2 = v == PlatformViolation.SHORT_RETENTION && k == 0;
                b.transaction(PlatformTransaction.of(t, l, BuyerReference.of("B-" + l), sold, PRICE)
                        .retainedUntil(day.plusYears(short2 ? 2 : 3)));
                if (short2) {
                    planted.get(v).add(t);
                }
            }
        }
    }
}
