package io.github.circularj.rules.platform;

import io.github.circularj.model.platform.ListingFlag;
import io.github.circularj.model.platform.PlatformAction;
import io.github.circularj.model.platform.PlatformListing;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.model.platform.PlatformTransaction;
import io.github.circularj.model.platform.SellerAccount;
import io.github.circularj.model.platform.SellerCheck;
import io.github.circularj.model.platform.SellerKind;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.Window;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of the platform pack, each declared once: its id (the constant's name with hyphens, prefixed
 * {@code PLAT-} except RECORD-INTEGRITY), criterion, title, citation with its sources and {@link Basis},
 * parameters, target and the judgement of one seller's records.
 *
 * <p>Every rule judges the acts of the reporting period in {@link PlatformOperator#ZONE} as known at the end of the
 * as-of day: a listing, flag, check or transaction recorded later is not yet evidence. A seller is
 * <em>active</em> when it posted a listing in the period. The duties are the E-Commerce Law's (电子商务法, in
 * force 2019-01-01): its numbers (six months, three years) are statutory; the action window, the frequent-seller
 * threshold and the record-integrity share are this library's defaults, and reports say so. Nothing here is
 * legal advice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PlatformRule {

    /** Art. 27: verify a seller's identity, address and contact details before it sells. */
    PLAT_SELLER_VERIFIED(PlatformOperator.SELLERS, "Active sellers verified before their first listing") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            return b.citation(ecommerce("Art. 27 (verification and registration of sellers)"))
                    .target(Target.atLeast(1.0, Unit.SHARE)).mandatory(true)
                    .describedAs(listed("active sellers", "were not verified before their first listing"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            return s -> {
                if (!active(s, w, cut)) {
                    return Judged.NONE;
                }
                Instant first = s.listings().get(0).listedAt();
                Optional<SellerCheck> v = s.account().verification().filter(c -> c.at().isBefore(cut));
                boolean ok = v.isPresent() && !v.get().at().isAfter(first);
                return Judged.one(ok, s.account().id() + (v.isEmpty() ? ": never verified"
                        : ": verified " + day(v.get().at()) + ", after its first listing on " + day(first)));
            };
        }
    },

    /** Art. 27: re-check the sellers' information at least every six months. */
    PLAT_SELLER_RECHECK(PlatformOperator.SELLERS, "Sellers re-checked within {recheck-interval} of the last check") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            Citation statute = ecommerce("Art. 27 (re-check at least every six months)");
            return b.citation(statute)
                    .parameter(Parameter.of(RECHECK_INTERVAL, "the longest time from one check of a seller to the"
                            + " next", 6, Unit.MONTHS, statute))
                    .target(Target.atLeast(1.0, Unit.SHARE)).mandatory(true)
                    .describedAs(listed("active sellers with a re-check due in the period",
                            "were not re-checked in time"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            long months = Math.round(p.value(RECHECK_INTERVAL));
            Instant periodStart = subject.period().start().atStartOfDay(PlatformOperator.ZONE).toInstant();
            return s -> {
                if (!active(s, w, cut) || s.account().verification().filter(c -> c.at().isBefore(cut)).isEmpty()) {
                    return Judged.NONE; // an unverified seller offends PLAT-SELLER-VERIFIED, not this rule
                }
                Instant end = earliest(w.end(), cut, s.account().suspendedAt().orElse(cut));
                List<SellerCheck> checks = s.account().checks().stream().filter(c -> c.at().isBefore(end)).toList();
                boolean due = false;
                for (int i = 0; i < checks.size(); i++) {
                    Instant dueAt = plusMonths(checks.get(i).at(), months);
                    if (!dueAt.isBefore(end) || dueAt.isBefore(periodStart)) {
                        continue; // not due before the end, or due before the period: not this period's duty
                    }
                    due = true;
                    Optional<SellerCheck> next = i + 1 < checks.size() ? Optional.of(checks.get(i + 1)) : Optional.empty();
                    if (next.isEmpty() || next.get().at().isAfter(dueAt)) {
                        return Judged.one(false, s.account().id() + ": checked " + day(checks.get(i).at()) + ", next due "
                                + day(dueAt) + next.map(n -> ", re-checked only " + day(n.at())).orElse(", not re-checked"));
                    }
                }
                return due ? Judged.one(true, "") : Judged.NONE;
            };
        }
    },

    /** Art. 15: an enterprise seller displays its licence information. */
    PLAT_LICENCE_DISPLAY(PlatformOperator.SELLERS, "Enterprise sellers' licence information displayed") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            return b.citation(ecommerce("Art. 15 (display of licence information)"))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(listed("active enterprise sellers", "did not display their licence information"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            return s -> s.account().kind() != SellerKind.ENTERPRISE || !active(s, w, cut) ? Judged.NONE
                    : Judged.one(s.account().isLicenceDisplayed(), s.account().id() + ": licence not displayed");
        }
    },

    /** Consumer law: a private person who sells frequently is an operator and registers as one. */
    PLAT_FREQUENT_SELLER(PlatformOperator.SELLERS, "Private sellers of more than {sales-per-year} sales a year"
            + " registered as operators") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            Citation basis = Citation.of(ecommerceSource("Art. 27 (the platform verifies the operators on it)"),
                    new Citation.Source("最高人民法院 消费者权益保护典型案例", "a frequent private seller on a secondhand"
                            + " platform is an operator (published 2022-03-15; case not verified)", "Supreme People's Court",
                            Optional.of(LocalDate.of(2022, 3, 15)), Basis.LIBRARY_DEFAULT));
            return b.citation(basis)
                    .parameter(Parameter.of(SALES_PER_YEAR, "the most sales in 12 months of a private seller who is not"
                            + " yet an operator (no number is published)", 36, Unit.COUNT,
                            PlatformOperator.libraryDefault("how many sales make a seller frequent is not published")))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(listed("frequent private sellers", "were not registered as operators"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            long most = Math.round(p.value(SALES_PER_YEAR));
            return s -> {
                if (s.account().kind() != SellerKind.PRIVATE_PERSON) {
                    return Judged.NONE;
                }
                Instant end = earliest(w.end(), cut, cut);
                Instant yearBefore = end.atZone(PlatformOperator.ZONE).minusYears(1).toInstant();
                long sales = s.transactions().stream()
                        .filter(t -> !t.completedAt().isBefore(yearBefore) && t.completedAt().isBefore(end)).count();
                if (sales <= most) {
                    return Judged.NONE;
                }
                boolean registered = s.account().operatorRegistration().filter(r -> r.at().isBefore(end)).isPresent();
                return Judged.one(registered, s.account().id() + ": " + sales + " sales in the 12 months to "
                        + day(end.minusNanos(1)) + ", not registered as an operator");
            };
        }
    },

    /** Art. 29: act on the violations the platform finds (a flag) within a few days. */
    PLAT_VIOLATION_ACTION(PlatformOperator.LISTINGS, "Flagged listings acted on within {action-window}") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            Citation statute = ecommerce("Art. 29 (necessary measures against violations found)");
            return b.citation(statute)
                    .parameter(Parameter.of(ACTION_WINDOW, "the longest time from a flag on a listing to the platform's"
                            + " action (the statute says \"promptly\"; no number is published)", 3, Unit.DAYS,
                            statute.withBasis(Basis.LIBRARY_DEFAULT)))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(listed("listings flagged in the period", "were not acted on within {" + ACTION_WINDOW + "}"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            long days = Math.round(p.value(ACTION_WINDOW));
            return s -> {
                Judged.Counter c = new Judged.Counter();
                for (PlatformListing l : s.listings()) {
                    Optional<ListingFlag> flag = l.firstFlag().filter(f -> f.at().isBefore(cut) && w.contains(f.at()));
                    if (flag.isEmpty()) {
                        continue;
                    }
                    Instant deadline = flag.get().at().atZone(PlatformOperator.ZONE).plusDays(days).toInstant();
                    Optional<PlatformAction> action = l.firstActionFrom(flag.get().at()).filter(a -> a.at().isBefore(cut));
                    boolean inTime = action.isPresent() && !action.get().at().isAfter(deadline);
                    if (!inTime && !deadline.isBefore(cut)) {
                        continue; // its window is still open on the as-of day: not yet judged
                    }
                    c.add(inTime, l.id() + ": flagged " + day(flag.get().at()) + " (" + flag.get().reason() + "), "
                            + action.map(a -> "first action " + day(a.at())).orElse("no action") + ", at most "
                            + Unit.DAYS.format(days));
                }
                return c.judged();
            };
        }
    },

    /** No trade in flagged goods: a sale completed after a flag the platform had not cleared. */
    PLAT_PROHIBITED(PlatformOperator.LISTINGS, "No flagged listing sold") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            return b.citation(ecommerce("Art. 29 (necessary measures: a flagged listing does not trade on)"))
                    .target(Target.atMost(0, Unit.COUNT)).mandatory(true)
                    .describedAs(m -> m.value().isEmpty() ? Describer.plain().describe(m)
                            : Math.round(m.value().getAsDouble()) + " flagged listings sold after the flag" + ids(m.evidence()))
                    .measure((s, c) -> new SellerIndicator(judgement(s, c.parameters()), c.evidenceLimit(), true));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            return s -> {
                // the seller's sales in the period by listing, once: a seller may have many listings
                Map<String, List<PlatformTransaction>> salesOf = new HashMap<>();
                for (PlatformTransaction t : s.transactions()) {
                    if (w.contains(t.completedAt()) && t.completedAt().isBefore(cut)) {
                        salesOf.computeIfAbsent(t.listingId(), k -> new ArrayList<>()).add(t);
                    }
                }
                Judged.Counter c = new Judged.Counter();
                for (PlatformListing l : s.listings()) {
                    Optional<ListingFlag> flag = l.firstFlag().filter(f -> f.at().isBefore(cut));
                    if (flag.isEmpty()) {
                        continue;
                    }
                    List<PlatformTransaction> sold = salesOf.getOrDefault(l.id(), List.of());
                    if (sold.isEmpty() && !w.contains(flag.get().at())) {
                        continue; // neither flagged nor sold in the period
                    }
                    Optional<PlatformTransaction> after = sold.stream()
                            .filter(t -> !t.completedAt().isBefore(flag.get().at())
                                    && !cleared(l, flag.get().at(), t.completedAt()))
                            .findFirst();
                    c.add(after.isEmpty(), l.id() + after.map(t -> ": flagged " + day(flag.get().at()) + " ("
                            + flag.get().reason() + "), sold " + day(t.completedAt()) + " (" + t.id() + ")").orElse(""));
                }
                return c.judged();
            };
        }
    },

    /** Art. 31: keep transaction records at least three years from the transaction's completion. */
    PLAT_RECORD_RETENTION(PlatformOperator.RECORDS, "Transaction records kept {retention-years} from completion") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            Citation statute = ecommerce("Art. 31 (records kept at least three years from the transaction's completion)");
            return b.citation(statute)
                    .parameter(Parameter.of(RETENTION_YEARS, "the shortest time a transaction record is kept from the"
                            + " transaction's completion", 3, Unit.YEARS, statute))
                    .target(Target.atLeast(1.0, Unit.SHARE)).mandatory(true)
                    .describedAs(listed("transactions completed in the period", "are not kept for {" + RETENTION_YEARS + "}"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters p) {
            Window w = subject.window();
            Instant cut = cutoff(p);
            long years = Math.round(p.value(RETENTION_YEARS));
            return s -> {
                Judged.Counter c = new Judged.Counter();
                for (PlatformTransaction t : s.transactions()) {
                    if (!w.contains(t.completedAt()) || !t.completedAt().isBefore(cut)) {
                        continue;
                    }
                    LocalDate lastRequired = day(t.completedAt()).plusYears(years).minusDays(1);
                    boolean ok = t.retainedUntil().filter(d -> !d.isBefore(lastRequired)).isPresent();
                    c.add(ok, t.id() + ": " + t.retainedUntil().map(d -> "kept until " + d).orElse("no retention declared")
                            + ", to be kept until " + lastRequired);
                }
                return c.judged();
            };
        }
    },

    /** The records submitted were accepted: a refused record lowers the score instead of vanishing. */
    RECORD_INTEGRITY(PlatformOperator.RECORDS, "Submitted records accepted as valid") {
        @Override
        Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b) {
            Citation basis = ecommerce("Art. 31 (complete, authentic records)").withBasis(Basis.LIBRARY_DEFAULT);
            return b.citation(basis)
                    .measure((subject, c) -> Indicators.<PlatformSubject, SellerActivity>fromSubject(
                            s -> integrity(s.report(), c.evidenceLimit())).indicatorFor(subject, c))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.99, Unit.SHARE), false).citedTo(basis))
                    .describedAs(listed("submitted records", "were refused"));
        }

        @Override
        Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters parameters) {
            throw new UnsupportedOperationException(id() + " is measured from the records' report");
        }

        @Override
        boolean perSeller() {
            return false;
        }
    };

    /** PLAT-SELLER-RECHECK's parameter: months from one check to the next. */
    public static final String RECHECK_INTERVAL = "recheck-interval";
    /** PLAT-FREQUENT-SELLER's parameter: the most sales a year of a private seller who is not an operator. */
    public static final String SALES_PER_YEAR = "sales-per-year";
    /** PLAT-VIOLATION-ACTION's parameter: days from a flag to the platform's action. */
    public static final String ACTION_WINDOW = "action-window";
    /** PLAT-RECORD-RETENTION's parameter: years a transaction record is kept. */
    public static final String RETENTION_YEARS = "retention-years";

    private final RuleId id;
    private final String criterion;
    private final String title;

    PlatformRule(String criterion, String title) {
        this.id = RuleId.of(name().replace('_', '-'));
        this.criterion = criterion;
        this.title = title;
    }

    /** Declares the rule's citation, parameters, target or terms and describer (and measure, where it differs). */
    abstract Rule.Builder<PlatformSubject, SellerActivity> declare(Rule.Builder<PlatformSubject, SellerActivity> b);

    /** The judgement of one seller's records, with the parameters as of the evaluation. */
    abstract Function<SellerActivity, Judged> bind(PlatformSubject subject, Parameters parameters);

    /** Whether the rule judges seller by seller (all but RECORD-INTEGRITY). */
    boolean perSeller() {
        return true;
    }

    /**
     * Returns the judgement of one seller's records for a subject: the records of it in scope, those that
     * comply, and the evidence id of each that does not. Call it once per subject.
     *
     * @param subject the platform scored, not null
     * @param parameters the rule's parameters as of the evaluation, not null
     * @return the judgement of one seller
     * @throws UnsupportedOperationException for RECORD-INTEGRITY, which is measured from the report
     */
    Function<SellerActivity, Judged> judgement(PlatformSubject subject, Parameters parameters) {
        return bind(subject, parameters);
    }

    /**
     * Returns the rule's id, e.g. {@code PLAT-SELLER-VERIFIED}.
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
     * Builds the rule from its declaration, as the pack holds it: unless declared otherwise, the share of the
     * records in scope that comply.
     *
     * @return the rule
     */
    public Rule<PlatformSubject, SellerActivity> rule() {
        Rule.Builder<PlatformSubject, SellerActivity> b = Rule.<PlatformSubject, SellerActivity>builder(id, title)
                .appliesTo("platform operators", s -> true);
        if (perSeller()) {
            b.measure((s, c) -> new SellerIndicator(judgement(s, c.parameters()), c.evidenceLimit(), false));
        }
        return declare(b).build();
    }

    // ---- helpers of the judgements ----

    /** The first instant after the as-of day in the pack's zone: what is recorded from then on is not yet evidence. */
    static Instant cutoff(Parameters p) {
        return p.asOf().plusDays(1).atStartOfDay(PlatformOperator.ZONE).toInstant();
    }

    /** Whether the seller posted a listing in the period, known by the cutoff. */
    static boolean active(SellerActivity s, Window w, Instant cut) {
        for (PlatformListing l : s.listings()) {
            if (w.contains(l.listedAt()) && l.listedAt().isBefore(cut)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the platform cleared the listing's flag between the flag and a sale. */
    static boolean cleared(PlatformListing l, Instant flagged, Instant sold) {
        return l.actions().stream().anyMatch(a -> a.type() == PlatformAction.Type.CLEARED
                && !a.at().isBefore(flagged) && !a.at().isAfter(sold));
    }

    static Instant earliest(Instant a, Instant b, Instant c) {
        Instant m = a.isBefore(b) ? a : b;
        return m.isBefore(c) ? m : c;
    }

    static Instant plusMonths(Instant at, long months) {
        ZonedDateTime z = at.atZone(PlatformOperator.ZONE);
        return z.plusMonths(months).toInstant();
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, PlatformOperator.ZONE);
    }

    static Citation ecommerce(String article) {
        return Citation.of(ecommerceSource(article));
    }

    static Citation.Source ecommerceSource(String article) {
        return new Citation.Source("电子商务法", article, PlatformOperator.NPC_STANDING_COMMITTEE,
                Optional.of(PlatformOperator.IN_FORCE), Basis.STATUTE);
    }

    /** A share's words followed by the ids of the evidence. */
    static Describer listed(String population, String offence) {
        Describer phrase = Describer.share(population, offence);
        return m -> phrase.describe(m) + ids(m.evidence());
    }

    static String ids(Evidence e) {
        return e.ids().isEmpty() ? "" : " (" + String.join("; ", e.ids())
                + (e.isTruncated() ? "; " + e.ids().size() + " of " + e.count() + " listed" : "") + ")";
    }

    /**
     * RECORD-INTEGRITY: the share of the records submitted that were accepted; the refused records and the
     * unreadable lines kept as evidence, all in one ascending order (as evidence ids are), the first up to the limit.
     */
    static Measurement integrity(PlatformRecords.Report report, int limit) {
        List<String> ids = new ArrayList<>();
        report.rejected().forEach(r -> ids.add(r.toString()));
        report.unreadable().forEach(u -> ids.add(u.source() + " line " + u.line() + ": unreadable"));
        ids.sort(null);
        List<String> kept = ids.subList(0, Math.min(limit, ids.size()));
        return Measurement.share(report.accepted(), report.submitted(),
                new Evidence(report.submitted() - report.accepted(), new ArrayList<>(kept)));
    }
}
