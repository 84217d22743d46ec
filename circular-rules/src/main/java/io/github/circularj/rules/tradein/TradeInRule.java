package io.github.circularj.rules.tradein;

import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Measure;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.RecordIntegrity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rules of the 2025 consumer-goods trade-in programme, each declared once: its id (the constant's name with
 * hyphens), criterion, title, citation with every source, parameters, term and judgement of one claim.
 *
 * <p>The pack {@link TradeInProgramme#pack()} is built from these declarations in their order, grouped by
 * criterion. Every number is a {@link Parameter} or a {@link Term} with its source and {@link Basis}: the
 * programme's caps, rates and limits are the notices' published numbers ({@link Basis#POLICY_TARGET}, see
 * {@link TradeInProgramme}); the provincial product list, the old item's trace window, OLD-ITEM-TRACE's
 * target and RECORD-INTEGRITY's threshold are this library's defaults ({@link Basis#LIBRARY_DEFAULT}). Each claim is judged by the term of its
 * sale's day (tempus regit actum); the 2025 programme's term covers the sales from 2025-01-20 to 2025-12-31, so a
 * person's "programme year" is that term. No rule is mandatory: the notices are not statutes.
 *
 * <p>A finding's evidence names each offending claim by its sale's event id and says by how much it offends,
 * e.g. {@code "S-0042: claimed RMB 620.00, at most RMB 500.00"}. Amounts are exact decimals; a claim over a rate
 * by a fraction of a fen offends. Nothing here is legal advice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TradeInRule {

    /** Digital products: a unit price of at most RMB 6,000. */
    PRICE_CAP(TradeInProgramme.AMOUNTS, "Digital products priced at most RMB {price-cap} a unit") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            return b.citation(TradeInProgramme.digitalPlan("unit price at most RMB 6,000"))
                    .parameter(Parameter.of(PRICE_CAP_PARAMETER, "the highest unit price of a subsidised digital product,"
                            + " in yuan", 6000, Unit.AMOUNT, TradeInProgramme.digitalPlan("unit price at most RMB 6,000")))
                    .describedAs(claims("digital-product claims", "were for a unit priced over the cap"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            Money cap = Amounts.yuan(PRICE_CAP_PARAMETER, p.value(PRICE_CAP_PARAMETER));
            return c -> {
                SubsidyClaim claim = c.claim();
                if (!claim.category().isDigital()) {
                    return Verdict.NONE;
                }
                return Verdict.when(inRmb(claim) && !claim.finalPrice().isGreaterThan(cap), "unit price "
                        + Amounts.format(claim.finalPrice()) + ", at most " + Amounts.format(cap));
            };
        }
    },

    /** The claimed amount at most 15 % of the final price; 20 % for an appliance of grade 1; to the fen. */
    RATE(TradeInProgramme.AMOUNTS, "Claims at most {rate} of the final price, {grade-one-bonus} more for grade-1 appliances") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation both = TradeInProgramme.digitalPlan("15 % of the final price after all discounts")
                    .and(TradeInProgramme.applianceNotice("15 % of the final price, plus 5 % for grade 1").sources().get(0));
            return b.citation(both)
                    .parameter(Parameter.of(RATE_PARAMETER, "the share of the final price after all producer, retailer"
                            + " and carrier discounts a claim may be", 0.15, Unit.SHARE, both))
                    .parameter(Parameter.of(GRADE_ONE_BONUS, "the further share for an appliance of efficiency grade 1",
                            0.05, Unit.SHARE, TradeInProgramme.applianceNotice("plus 5 % for grade 1")))
                    .describedAs(claims("claims", "claimed more than the rate of the final price"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            BigDecimal rate = Amounts.factor(p.value(RATE_PARAMETER));
            BigDecimal bonus = rate.add(Amounts.factor(p.value(GRADE_ONE_BONUS)));
            return c -> {
                SubsidyClaim claim = c.claim();
                boolean gradeOne = !claim.category().isDigital() && c.item().product().efficiencyGrade()
                        .map(EfficiencyGrade::grade).filter(g -> g == EfficiencyGrade.BEST).isPresent();
                BigDecimal r = gradeOne ? bonus : rate;
                Money most = Amounts.atRate(claim.finalPrice(), r);
                return Verdict.when(!claim.claimed().isGreaterThan(most), "claimed " + Amounts.format(claim.claimed())
                        + ", at most " + Amounts.format(most) + " (" + Unit.SHARE.format(r.doubleValue()) + " of "
                        + Amounts.format(claim.finalPrice()) + (gradeOne ? ", grade 1" : "") + ")");
            };
        }
    },

    /** At most RMB 500 per digital item and RMB 2,000 per appliance. */
    ITEM_CAP(TradeInProgramme.AMOUNTS, "At most RMB {digital-item-cap} per digital item, RMB {appliance-item-cap} per appliance") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation digital = TradeInProgramme.digitalPlan("at most RMB 500 per item");
            Citation appliance = TradeInProgramme.applianceNotice("at most RMB 2,000 per item");
            return b.citation(digital.and(appliance.sources().get(0)))
                    .parameter(Parameter.of(DIGITAL_ITEM_CAP, "the most claimed for one digital product, in yuan", 500,
                            Unit.AMOUNT, digital))
                    .parameter(Parameter.of(APPLIANCE_ITEM_CAP, "the most claimed for one appliance, in yuan", 2000,
                            Unit.AMOUNT, appliance))
                    .describedAs(claims("claims", "claimed more than the per-item cap"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            Money digital = Amounts.yuan(DIGITAL_ITEM_CAP, p.value(DIGITAL_ITEM_CAP));
            Money appliance = Amounts.yuan(APPLIANCE_ITEM_CAP, p.value(APPLIANCE_ITEM_CAP));
            return c -> {
                SubsidyClaim claim = c.claim();
                Money cap = claim.category().isDigital() ? digital : appliance;
                return Verdict.when(inRmb(claim) && !claim.claimed().isGreaterThan(cap), "claimed "
                        + Amounts.format(claim.claimed()) + ", at most " + Amounts.format(cap));
            };
        }
    },

    /**
     * One item per category per person in the programme year (air conditioners: 3). A person's claims of a
     * category beyond the limit, in the order of their sales, offend; in a {@link ProgrammeRegion} across
     * retailers.
     */
    PER_PERSON(TradeInProgramme.ELIGIBILITY, "At most {items-per-category} item per category per person in the"
            + " programme year, {air-conditioners} air conditioners") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation both = TradeInProgramme.digitalPlan("one item per category per person")
                    .and(TradeInProgramme.applianceNotice("one item per category per person, air conditioners up to 3")
                            .sources().get(0));
            return b.citation(both)
                    .parameter(Parameter.of(ITEMS_PER_CATEGORY, "the most items of one category one person may claim"
                            + " for in the programme year", 1, Unit.COUNT, both))
                    .parameter(Parameter.of(AIR_CONDITIONERS, "the most air conditioners one person may claim for in"
                            + " the programme year", 3, Unit.COUNT,
                            TradeInProgramme.applianceNotice("air conditioners up to 3")))
                    .measure(perPerson())
                    .describedAs(claims("claims", "were beyond the person's limit for the category"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            throw new UnsupportedOperationException(id() + " counts a person's claims across the records; see"
                    + " its measure");
        }
    },

    /** The category is on the product list and matches the item; an appliance is of efficiency grade 2 or better. */
    ELIGIBLE(TradeInProgramme.ELIGIBILITY, "Category on the product list; appliances of efficiency grade"
            + " {worst-grade} or better") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation categories = TradeInProgramme.digitalPlan("phones, tablets, smart watches and bands")
                    .and(TradeInProgramme.applianceNotice("twelve appliances of grade 2 or better").sources().get(0));
            b.citation(categories)
                    .parameter(Parameter.of(WORST_GRADE, "the worst energy- or water-efficiency grade of a subsidised"
                            + " appliance", 2, Unit.NUMBER, TradeInProgramme.applianceNotice("grade 2 or better")));
            Citation list = TradeInProgramme.libraryDefault("provinces fix the exact product list; the national"
                    + " notices' 15 categories are listed unless overridden");
            for (ProgrammeCategory c : ProgrammeCategory.values()) {
                b.parameter(Parameter.of(listed(c), "1 if the province's product list includes " + c.chineseName() + " ("
                        + c.code() + "), 0 if not", 1, Unit.COUNT, list));
            }
            return b.describedAs(claims("claims", "were for a category or product the programme does not subsidise"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            boolean[] listed = new boolean[ProgrammeCategory.values().length];
            for (ProgrammeCategory c : ProgrammeCategory.values()) {
                double v = p.value(listed(c));
                if (v != 0.0 && v != 1.0) {
                    throw new IllegalArgumentException("parameter " + listed(c) + " value \"" + v + "\" is neither 0 nor 1;"
                            + " a category is on the product list (1) or not (0)");
                }
                listed[c.ordinal()] = v == 1.0;
            }
            int worst = (int) p.value(WORST_GRADE);
            return c -> {
                ProgrammeCategory category = c.claim().category();
                if (!listed[category.ordinal()]) {
                    return Verdict.offends(category + " is not on the product list");
                }
                if (!category.fits(c.item().category())) {
                    return Verdict.offends("item category " + c.item().category() + " is not a " + category);
                }
                if (category.isDigital()) {
                    return Verdict.OK;
                }
                Optional<EfficiencyGrade> grade = c.item().product().efficiencyGrade();
                if (grade.isEmpty()) {
                    return Verdict.offends("no efficiency grade recorded, grade " + worst + " or better required");
                }
                return Verdict.when(grade.get().isAtLeastAsGoodAs(worst), grade.get() + ", grade " + worst
                        + " or better required");
            };
        }
    },

    /**
     * The circular link: an appliance trade-in's old item, collected by trade-in, is resold after inspection (and
     * erasure, where it holds personal data) or handed to a licensed processor within a window of its collection.
     * A claim whose window is still open on the as-of day and whose old item has no such end yet is not judged
     * yet.
     */
    OLD_ITEM_TRACE(TradeInProgramme.CIRCULAR_LINK, "Old appliances resold after erasure and inspection, or handed to a"
            + " licensed processor, within {trace-window}") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation link = TradeInProgramme.applianceNotice("old item handed in at the trade-in");
            Citation window = TradeInProgramme.libraryDefault("no published time limit for the old item's end");
            return b.citation(link.and(TradeInProgramme.pilotWorkPlan()))
                    .parameter(Parameter.of(TRACE_WINDOW, "the longest time from the old item's collection to its"
                            + " resale or handover", 90, Unit.DAYS, window))
                    .term(Term.of(TradeInProgramme.PROGRAMME_2025, Target.atLeast(0.9, Unit.SHARE), false)
                            .citedTo(TradeInProgramme.libraryDefault("no published target for the share of old items"
                                    + " traced to the formal channel")))
                    .describedAs(claims("appliance trade-in claims", "had no old item traced to resale or a licensed"
                            + " processor within {" + TRACE_WINDOW + "}"));
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters p) {
            long days = Math.round(p.value(TRACE_WINDOW));
            Instant cutoff = p.asOf().plusDays(1).atStartOfDay(TradeInProgramme.ZONE).toInstant();
            return c -> {
                SubsidyClaim claim = c.claim();
                if (!claim.programme().isTradeIn()) {
                    return Verdict.NONE;
                }
                if (claim.tradeIn().isEmpty()) {
                    return Verdict.offends("no old item recorded");
                }
                TradeInLink link = claim.tradeIn().get();
                if (c.oldItem().isEmpty()) {
                    return Verdict.offends("old item " + link.oldItem() + " is not in the retailer's records of trade-ins");
                }
                Lifecycle old = c.oldItem().get().asOf(cutoff.minusNanos(1));
                Optional<Collected> collected = old.collected().stream().filter(e -> e.id().equals(link.collected()))
                        .findFirst();
                if (collected.isEmpty() || collected.get().intake().channel() != CollectionChannel.TRADE_IN) {
                    return Verdict.offends("old item " + link.oldItem() + " has no trade-in collection " + link.collected());
                }
                Instant from = collected.get().at();
                Instant deadline = from.atZone(TradeInProgramme.ZONE).plusDays(days).toInstant();
                Optional<String> end = formalEnd(old, from, deadline);
                if (end.isPresent()) {
                    return Verdict.OK;
                }
                if (!deadline.isBefore(cutoff)) {
                    return Verdict.NONE; // its window is still open: not yet judged
                }
                return Verdict.offends("old item " + link.oldItem() + " collected "
                        + LocalDate.ofInstant(from, TradeInProgramme.ZONE) + " reached neither resale after inspection"
                        + " nor a licensed processor within " + Unit.DAYS.format(days));
            };
        }

        @Override
        boolean ownTerm() {
            return true;
        }
    },

    /**
     * The claims submitted were accepted as records: a sale with a claim that the retailer's ledger refused (an
     * illegal transition, an unknown item, a duplicate), or a line of its file that could not be read and so may
     * have been a claim, lowers this share instead of vanishing from the audit. The threshold is this library's
     * default: the notices publish none.
     */
    RECORD_INTEGRITY(TradeInProgramme.ELIGIBILITY, "Submitted claims accepted as valid records") {
        @Override
        Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> b) {
            Citation basis = TradeInProgramme.libraryDefault("a claim the ledger refused or could not read cannot be"
                    + " audited; the notices publish no threshold");
            return b.citation(basis)
                    .measure((s, c) -> RecordIntegrity.<TradeInClaim>of(claim -> 1, TradeInRule.claimReport(s),
                            c.evidenceLimit()))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.99, Unit.SHARE), false).citedTo(basis))
                    .describedAs(m -> {
                        long submitted = m.denominator().orElseThrow();
                        long rejected = submitted - m.numerator().orElseThrow();
                        String ids = m.evidence().ids().isEmpty() ? "" : "; " + String.join(", ", m.evidence().ids())
                                + (m.evidence().isTruncated() ? "; " + m.evidence().ids().size() + " of " + rejected
                                + " listed" : "");
                        return rejected + " of " + submitted + " submitted claims and unreadable records ("
                                + Unit.SHARE.format((double) rejected / submitted) + ") were rejected"
                                + (m.reason().isEmpty() ? "" : " (" + m.reason() + ids + ")");
                    });
        }

        @Override
        Function<TradeInClaim, Verdict> bind(Parameters parameters) {
            throw new UnsupportedOperationException(id() + " is measured from the ledger's report; see RecordIntegrity");
        }

        @Override
        boolean ownTerm() {
            return true;
        }
    };

    /** PRICE-CAP's parameter: the highest unit price of a digital product, in yuan. */
    public static final String PRICE_CAP_PARAMETER = "price-cap";
    /** RATE's parameter: the share of the final price a claim may be. */
    public static final String RATE_PARAMETER = "rate";
    /** RATE's parameter: the further share for an appliance of grade 1. */
    public static final String GRADE_ONE_BONUS = "grade-one-bonus";
    /** ITEM-CAP's parameter: the most per digital item, in yuan. */
    public static final String DIGITAL_ITEM_CAP = "digital-item-cap";
    /** ITEM-CAP's parameter: the most per appliance, in yuan. */
    public static final String APPLIANCE_ITEM_CAP = "appliance-item-cap";
    /** PER-PERSON's parameter: items of one category per person. */
    public static final String ITEMS_PER_CATEGORY = "items-per-category";
    /** PER-PERSON's parameter: air conditioners per person. */
    public static final String AIR_CONDITIONERS = "air-conditioners";
    /** ELIGIBLE's parameter: the worst efficiency grade of a subsidised appliance. */
    public static final String WORST_GRADE = "worst-grade";
    /** OLD-ITEM-TRACE's parameter: days from the old item's collection to its end. */
    public static final String TRACE_WINDOW = "trace-window";

    private final RuleId id;
    private final String criterion;
    private final String title;

    TradeInRule(String criterion, String title) {
        this.id = RuleId.of(name().replace('_', '-'));
        this.criterion = criterion;
        this.title = title;
    }

    /**
     * Returns the name of ELIGIBLE's parameter that says whether a category is on the province's product list,
     * e.g. {@code "listed-air-conditioner"}.
     *
     * @param category the programme category, not null
     * @return the parameter's name
     */
    public static String listed(ProgrammeCategory category) {
        return "listed-" + category.code();
    }

    /** Declares the rule's citation, parameters, describer and, where it differs, term and measure. */
    abstract Rule.Builder<TradeInSubject, TradeInClaim> declare(Rule.Builder<TradeInSubject, TradeInClaim> builder);

    /** Whether the declaration gives the rule's terms itself (else one term, every 2025 claim complying). */
    boolean ownTerm() {
        return false;
    }

    /** The judgement of one claim of any day, with the parameters as of the evaluation. */
    abstract Function<TradeInClaim, Verdict> bind(Parameters parameters);

    /**
     * The judgement of one claim as the engine measures it: claims whose day is outside the act period
     * ({@link Parameters#actsIn()}) are not in scope.
     */
    Function<TradeInClaim, Verdict> judgement(Parameters parameters) {
        Function<TradeInClaim, Verdict> judge = bind(parameters);
        EffectivePeriod acts = parameters.actsIn();
        return c -> acts.contains(c.day()) ? judge.apply(c) : Verdict.NONE;
    }

    /**
     * Returns the rule's id: the constant's name with hyphens, e.g. {@code OLD-ITEM-TRACE}.
     *
     * @return the id
     */
    public RuleId id() {
        return id;
    }

    /**
     * Returns the name of the criterion the rule belongs to.
     *
     * @return the criterion's name
     */
    public String criterion() {
        return criterion;
    }

    /**
     * Builds the rule from its declaration, as the pack holds it: unless declared otherwise, one term for the
     * 2025 programme's sales (every claim complying, the notices' rule, not mandatory) and the share of claims
     * in scope that comply.
     *
     * @return the rule
     */
    public Rule<TradeInSubject, TradeInClaim> rule() {
        Rule.Builder<TradeInSubject, TradeInClaim> b = Rule.<TradeInSubject, TradeInClaim>builder(id, title)
                .appliesTo("retailers and programme regions", s -> true)
                .datedByAct(true)
                .measure(share());
        Rule.Builder<TradeInSubject, TradeInClaim> declared = declare(b);
        if (!ownTerm()) {
            declared.term(Term.of(TradeInProgramme.PROGRAMME_2025, Target.atLeast(1.0, Unit.SHARE), false));
        }
        return declared.build();
    }

    private Measure<TradeInSubject, TradeInClaim> share() {
        return (subject, context) -> {
            Function<TradeInClaim, Verdict> judge = judgement(context.parameters());
            return Indicators.<TradeInSubject, TradeInClaim>share(c -> judge.apply(c).inScope(),
                    c -> judge.apply(c).complies(), c -> c.id() + ": " + judge.apply(c).detail())
                    .indicatorFor(subject, context);
        };
    }

    private static Measure<TradeInSubject, TradeInClaim> perPerson() {
        return (subject, context) -> {
            Parameters p = context.parameters();
            int items = (int) p.value(ITEMS_PER_CATEGORY);
            int airConditioners = (int) p.value(AIR_CONDITIONERS);
            EffectivePeriod acts = p.actsIn();
            return new PerPersonIndicator(c -> acts.contains(c.day()),
                    category -> category == ProgrammeCategory.AIR_CONDITIONER ? airConditioners : items,
                    context.evidenceLimit());
        };
    }

    private static boolean inRmb(SubsidyClaim claim) {
        return claim.finalPrice().currency().equals(Amounts.CNY);
    }

    /**
     * The old item's formal end within the window: a handover to a licensed WEEE processor, or a resale preceded
     * (since the collection) by an inspection and, for an item that may hold personal data, an erasure.
     */
    static Optional<String> formalEnd(Lifecycle old, Instant from, Instant deadline) {
        boolean inspected = false;
        boolean erased = !old.item().category().holdsPersonalData();
        for (LifecycleEvent e : old.events()) {
            if (e.at().isBefore(from)) {
                continue;
            }
            if (e.at().isAfter(deadline)) {
                break;
            }
            if (e instanceof Inspected) {
                inspected = true;
            } else if (e instanceof DataErased) {
                erased = true;
            } else if (e instanceof HandedOver h && h.recipient().hasRole(EnterpriseRole.WEEE_PROCESSOR_LICENSED)) {
                return Optional.of("handed to " + h.recipient().name());
            } else if (e instanceof Sold && inspected && erased) {
                return Optional.of("resold");
            }
        }
        return Optional.empty();
    }

    /** A share phrased by its offending claims, followed by the offending claims and what is wrong with each. */
    static Describer claims(String population, String offence) {
        Describer phrase = Describer.share(population, offence);
        return m -> {
            Evidence e = m.evidence();
            if (e.ids().isEmpty()) {
                return phrase.describe(m);
            }
            return phrase.describe(m) + " (" + String.join("; ", e.ids())
                    + (e.isTruncated() ? "; " + e.ids().size() + " of " + e.count() + " listed" : "") + ")";
        };
    }

    /**
     * What the subject's ledgers refused or could not read, as far as it concerns claims: the rejected sales of new
     * products that carry a claim, and every unreadable record (it may have been one); accepted, the claims read.
     * Empty when no ledger has a report (ledgers made from lifecycles validated one by one refuse nothing).
     */
    private static boolean isClaim(RejectedEvent e) {
        return e.event() instanceof SoldNew sale && sale.claim().isPresent();
    }

    static Optional<LedgerReport> claimReport(TradeInSubject subject) {
        List<RetailerSubject> retailers = subject instanceof ProgrammeRegion region ? region.retailers()
                : List.of((RetailerSubject) subject);
        List<RejectedEvent> rejected = new ArrayList<>();
        List<UnreadableRecord> unreadable = new ArrayList<>();
        long unreadableCount = 0;
        boolean any = false;
        for (RetailerSubject r : retailers) {
            Optional<LedgerReport> report = r.ledger().report();
            if (report.isEmpty()) {
                continue;
            }
            any = true;
            boolean every = report.get().keepsEveryRejection();
            for (RejectedEvent e : report.get().rejected()) {
                // a report that kept only the first rejections still keeps every one of an unknown item
                if ((every || e.reason() == RejectedEvent.Reason.UNKNOWN_ITEM) && isClaim(e)) {
                    rejected.add(e);
                }
            }
            if (!every) { // the others travel with their items
                try (Stream<Lifecycle> all = r.ledger().lifecycles()) {
                    all.sequential().forEach(l -> l.refused().stream().filter(TradeInRule::isClaim).forEach(rejected::add));
                }
            }
            unreadable.addAll(report.get().unreadable());
            unreadableCount += report.get().unreadableCount();
        }
        // accepted is not used by RecordIntegrity (it counts the claims it reads); zero keeps the report honest
        return any ? Optional.of(LedgerReport.of(0, rejected, unreadable, unreadableCount)) : Optional.empty();
    }
}
