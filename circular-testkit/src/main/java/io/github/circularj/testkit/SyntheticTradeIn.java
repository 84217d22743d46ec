package io.github.circularj.testkit;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.ConditionGrade;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.resale.Sale;
import io.github.circularj.model.resale.SalesChannel;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.rules.tradein.RetailerSubject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A synthetic retailer of the 2025 consumer-goods trade-in programme: a ledger of subsidised sales of new items,
 * with the old items of appliance trade-ins collected and then resold after inspection (and erasure, for
 * computers) or handed to a licensed WEEE processor within 30 days, and {@link TradeInViolation}s planted at
 * tunable rates. The result says which claims were planted with which violation, so a test can check that
 * the pack {@code cn-trade-in-2025} finds exactly those.
 *
 * <p>Claims are 5 hours apart from 2025-02-01 (so 1,000 claims end in August 2025), each by its own person
 * ({@code B-<retailer>-<n>}) unless a repeat is planted, and every amount is exact. The same seed and settings
 * give the same retailer. Score it as of a day at least 90 days after its last claim (e.g. 2026-01-31), so that
 * every old item's trace window has closed. All names are synthetic; nothing is attributed to a real company.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticTradeIn {

    /** The reporting period of every synthetic retailer: 2025. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.ofYear(2025);
    /** An as-of day by which every trace window of a retailer of up to 1,000 claims has closed. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
    private static final Instant START = Instant.parse("2025-02-01T02:00:00Z");
    private static final City CITY = City.of("338100", "Quenmora (synthetic)");
    private static final Actor STAFF = Actor.of("staff-01");
    private static final ConditionGrade GOOD = ConditionGrade.of(GradingScale.LETTER_A_TO_D, "B");
    private static final Enterprise PROCESSOR = enterprise("91338100MA27TP901", "Example Licensed WEEE Processor Co. (synthetic)",
            EnterpriseRole.WEEE_PROCESSOR_LICENSED);
    private static final Enterprise BACKYARD = enterprise("91338100MA27TP902", "Example Backyard Recycling Co. (synthetic)",
            EnterpriseRole.RECYCLER);

    private final Ledger ledger;
    private final Map<TradeInViolation, SortedSet<String>> planted;
    private final List<Claimed> claims;

    private SyntheticTradeIn(Ledger ledger, Map<TradeInViolation, SortedSet<String>> planted, List<Claimed> claims) {
        this.ledger = ledger;
        this.planted = planted;
        this.claims = claims;
    }

    /** A claim as generated: its sale id, person, category and instant, for another retailer to repeat. */
    private record Claimed(String saleId, BuyerReference buyer, ProgrammeCategory category, Instant at, boolean clean) {
    }

    /**
     * Starts a retailer.
     *
     * @param seed the seed
     * @return the builder
     */
    public static Builder retailer(long seed) {
        return new Builder(seed);
    }

    /**
     * Returns the retailer's ledger.
     *
     * @return the ledger
     */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Returns the retailer as the trade-in pack scores it.
     *
     * @return the subject
     */
    public RetailerSubject subject() {
        return RetailerSubject.of(ledger);
    }

    /**
     * Returns the sale ids of the claims planted with a violation.
     *
     * @param violation the violation, not null
     * @return the sale ids, ascending, unmodifiable; empty if none was planted
     */
    public SortedSet<String> planted(TradeInViolation violation) {
        return planted.getOrDefault(Objects.requireNonNull(violation, "violation"), Collections.emptySortedSet());
    }

    /**
     * Returns how many claims the retailer filed.
     *
     * @return the number of claims
     */
    public int claimCount() {
        return claims.size();
    }

    private static Enterprise enterprise(String first17, String name, EnterpriseRole role) {
        return new Enterprise(CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17)), name, CITY, EnumSet.of(role));
    }

    private static Money cny(long fen) {
        return Money.of(BigDecimal.valueOf(fen, 2), java.util.Currency.getInstance("CNY"));
    }

    /**
     * Builds a {@link SyntheticTradeIn}. Not thread-safe.
     */
    public static final class Builder {
        private final long seed;
        private int claims = 100;
        private int retailerNumber = 1;
        private Duration offset = Duration.ZERO;
        private final Map<TradeInViolation, Double> rates = new EnumMap<>(TradeInViolation.class);
        private SyntheticTradeIn repeated;
        private int repeats;

        private Builder(long seed) {
            this.seed = seed;
        }

        /**
         * Sets the number of claims (default 100).
         *
         * @param count 1 to 1,000
         * @return this builder
         * @throws IllegalArgumentException if the count is outside 1 to 1,000
         */
        public Builder claims(int count) {
            if (count < 1 || count > 1000) {
                throw new IllegalArgumentException("claims \"" + count + "\" is outside 1 to 1000");
            }
            this.claims = count;
            return this;
        }

        /**
         * Sets the retailer's number, which makes its credit code, name and ids its own (default 1).
         *
         * @param number 1 to 999
         * @return this builder
         * @throws IllegalArgumentException if the number is outside 1 to 999
         */
        public Builder number(int number) {
            if (number < 1 || number > 999) {
                throw new IllegalArgumentException("number \"" + number + "\" is outside 1 to 999");
            }
            this.retailerNumber = number;
            return this;
        }

        /**
         * Sets the share of claims planted with a violation; each claim is planted with at most one.
         *
         * @param violation the violation, not null
         * @param rate the share, 0 to 1; the rates together at most 1
         * @return this builder
         * @throws IllegalArgumentException if the rate is outside 0 to 1 or the rates add up to more than 1
         */
        public Builder rate(TradeInViolation violation, double rate) {
            if (!(rate >= 0.0 && rate <= 1.0)) {
                throw new IllegalArgumentException("rate \"" + rate + "\" of " + violation + " is outside 0 to 1");
            }
            rates.put(Objects.requireNonNull(violation, "violation"), rate);
            if (rates.values().stream().mapToDouble(Double::doubleValue).sum() > 1.0 + 1e-9) {
                throw new IllegalArgumentException("rates " + rates + " add up to more than 1; a claim carries at most one violation");
            }
            return this;
        }

        /**
         * Makes this retailer's first claims repeat persons and categories of another retailer's clean, earlier claims
         * (never air conditioners), so that only a programme region sees them; its claims then start after the other's.
         *
         * @param other the other retailer, not null
         * @param count how many to repeat, at most the other's clean claims of other categories than air conditioners
         * @return this builder
         */
        public Builder repeatingBuyersOf(SyntheticTradeIn other, int count) {
            this.repeated = Objects.requireNonNull(other, "other");
            this.repeats = count;
            this.offset = Duration.ofHours(5L * other.claimCount() + 24);
            return this;
        }

        /**
         * Builds the retailer.
         *
         * @return the retailer
         */
        public SyntheticTradeIn build() {
            String no = String.format("%03d", retailerNumber);
            Enterprise retailer = enterprise("91338100MA27TR" + no, "Example Trade-in Retailer " + no + " (synthetic)",
                    EnterpriseRole.DEALER);
            SplittableRandom random = new SplittableRandom(seed);
            List<Lifecycle> lifecycles = new ArrayList<>();
            Map<TradeInViolation, SortedSet<String>> planted = new EnumMap<>(TradeInViolation.class);
            List<Claimed> made = new ArrayList<>();
            List<Claimed> repeatable = repeated == null ? new ArrayList<>() : new ArrayList<>(repeated.claims.stream()
                    .filter(c -> c.clean() && c.category() != ProgrammeCategory.AIR_CONDITIONER).toList());
            if (repeats > repeatable.size()) {
                throw new IllegalArgumentException("repeats \"" + repeats + "\" exceed the " + repeatable.size()
                        + " clean claims the other retailer has to repeat");
            }
            for (int i = 1; i <= claims; i++) {
                String n = String.format("%04d", i);
                String saleId = "S-" + no + "-" + n;
                Instant at = START.plus(offset).plus(Duration.ofHours(5L * (i - 1)));
                TradeInViolation v = i <= repeats ? TradeInViolation.REPEAT_BUYER : draw(random.nextDouble());
                ProgrammeCategory category = ProgrammeCategory.values()[random.nextInt(ProgrammeCategory.values().length)];
                BuyerReference buyer = BuyerReference.of("B-" + no + "-" + n);
                if (v == TradeInViolation.REPEAT_BUYER) {
                    Claimed earlier = null;
                    if (i <= repeats) {
                        earlier = repeatable.get(i - 1);
                    } else {
                        List<Claimed> own = made.stream().filter(c -> c.clean() && c.category() != ProgrammeCategory.AIR_CONDITIONER)
                                .toList();
                        if (!own.isEmpty()) {
                            earlier = own.get(random.nextInt(own.size()));
                        }
                    }
                    if (earlier == null) {
                        v = null; // nobody to repeat yet: a clean claim
                    } else {
                        buyer = earlier.buyer();
                        category = earlier.category();
                        repeatable.remove(earlier);
                        final Claimed used = earlier;
                        made.replaceAll(c -> c.equals(used) ? new Claimed(c.saleId(), c.buyer(), c.category(), c.at(), false) : c);
                    }
                }
                if (v == TradeInViolation.PRICE_OVER_CAP || v == TradeInViolation.OVER_RATE || v == TradeInViolation.OVER_ITEM_CAP) {
                    category = ProgrammeCategory.PHONE;
                } else if (v == TradeInViolation.CATEGORY_MISMATCH) {
                    category = ProgrammeCategory.TABLET;
                } else if ((v == TradeInViolation.LOW_GRADE || v == TradeInViolation.OLD_ITEM_UNTRACED) && category.isDigital()) {
                    category = ProgrammeCategory.REFRIGERATOR;
                }
                Category itemCategory = v == TradeInViolation.CATEGORY_MISMATCH ? Category.PHONE : itemCategory(category);
                Product.Builder product = Product.builder("Brand " + (char) ('A' + random.nextInt(6)), "M" + random.nextInt(100),
                        itemCategory);
                int grade = v == TradeInViolation.LOW_GRADE ? 3 : 1 + random.nextInt(2);
                if (!category.isDigital()) {
                    product.efficiencyGrade(EfficiencyGrade.energy(grade));
                }
                long price;
                long claimed;
                if (v == TradeInViolation.PRICE_OVER_CAP) {
                    price = 600_100 + random.nextInt(390_000);
                    claimed = 50_000;
                } else if (v == TradeInViolation.OVER_RATE) {
                    price = 200_000;
                    claimed = 30_001 + random.nextInt(20_000);
                } else if (v == TradeInViolation.OVER_ITEM_CAP) {
                    price = 500_000;
                    claimed = 50_001 + random.nextInt(25_000);
                } else {
                    price = (category.isDigital() ? 100_000 + random.nextInt(499_900) : 100_000 + random.nextInt(900_000));
                    long rate = !category.isDigital() && grade == 1 ? 20 : 15;
                    long cap = category.isDigital() ? 50_000 : 200_000;
                    claimed = Math.min(price * rate / 100, cap); // exact to the fen, rounded down
                }
                ItemId newItem = ItemId.of("N-" + no + "-" + n);
                SubsidyClaim claim = SubsidyClaim.of(category, cny(claimed), cny(price), buyer);
                if (!category.isDigital()) {
                    ItemId oldId = ItemId.of("O-" + no + "-" + n);
                    EventId collectedId = EventId.of("C-" + no + "-" + n);
                    claim = claim.withTradeIn(TradeInLink.of(oldId, collectedId));
                    lifecycles.add(oldItem(oldId, collectedId, itemCategory, at, v == TradeInViolation.OLD_ITEM_UNTRACED, random));
                }
                SoldNew sale = new SoldNew(EventId.of(saleId), newItem, at, STAFF).withClaim(claim);
                lifecycles.add(Lifecycle.of(Item.of(newItem, product.build()), List.of(sale)));
                made.add(new Claimed(saleId, buyer, category, at, v == null));
                if (v != null) {
                    planted.computeIfAbsent(v, x -> new TreeSet<>()).add(saleId);
                }
            }
            Map<TradeInViolation, SortedSet<String>> frozen = new EnumMap<>(TradeInViolation.class);
            planted.forEach((k, s) -> frozen.put(k, Collections.unmodifiableSortedSet(s)));
            return new SyntheticTradeIn(Ledger.of(retailer, PERIOD, lifecycles), frozen, List.copyOf(made));
        }

        private TradeInViolation draw(double u) {
            double sum = 0;
            for (TradeInViolation v : TradeInViolation.values()) {
                sum += rates.getOrDefault(v, 0.0);
                if (u < sum) {
                    return v;
                }
            }
            return null;
        }

        private static Category itemCategory(ProgrammeCategory category) {
            return Category.of(category.itemCategories().get(0));
        }

        /** The old item: collected by trade-in an hour before the sale, then to a formal end (or a backyard recycler). */
        private static Lifecycle oldItem(ItemId id, EventId collectedId, Category category, Instant sale, boolean untraced,
                SplittableRandom random) {
            Instant in = sale.minus(Duration.ofHours(1));
            List<LifecycleEvent> events = new ArrayList<>();
            events.add(new Collected(collectedId, id, in, STAFF, Intake.of(CollectionChannel.TRADE_IN,
                    PersonCounterparty.unverified("trade-in customer"))));
            Instant later = in.plus(Duration.ofDays(1 + random.nextInt(29)));
            if (untraced) {
                events.add(new HandedOver(EventId.of(id.value() + "-H"), id, later, STAFF, BACKYARD));
            } else if (random.nextBoolean()) {
                events.add(new HandedOver(EventId.of(id.value() + "-H"), id, later, STAFF, PROCESSOR));
            } else {
                events.add(new Inspected(EventId.of(id.value() + "-I"), id, later, STAFF, Inspection.of(GOOD, "inspector-1", "R-" + id.value())));
                if (category.holdsPersonalData()) {
                    events.add(new DataErased(EventId.of(id.value() + "-E"), id, later.plusSeconds(60), STAFF,
                            Erasure.blockErase(StorageMedium.FLASH)));
                }
                events.add(new Sold(EventId.of(id.value() + "-S"), id, later.plusSeconds(120), STAFF,
                        Sale.of(cny(20_000 + random.nextInt(100_000)), SalesChannel.PHYSICAL_STORE)));
            }
            return Lifecycle.of(Item.of(id, Product.of("Old brand", "Old model", category)), events);
        }
    }
}
