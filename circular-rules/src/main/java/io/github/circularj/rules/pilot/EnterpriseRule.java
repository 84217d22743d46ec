package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Describer;
import io.github.circularj.rules.EffectivePeriod;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.Indicators;
import io.github.circularj.rules.Measure;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.Parameters;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.Unit;
import io.github.circularj.rules.blocks.RecordIntegrity;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.Window;
import io.github.circularj.rules.blocks.TallyIndicator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The enterprise rules of the secondhand goods circulation pilot, each declared once: its id (the constant's
 * name with hyphens), criterion, title, citation with every source, the event types it is about, its
 * parameters, its target terms and its judgement of one item.
 *
 * <p>The enterprise pack ({@link SecondhandPilot#enterprisePack()}) is built from these declarations in
 * their order, grouped by criterion; {@link io.github.circularj.rules.RulePack#describe()} lists them as
 * data. A hand-written loop that scores without the engine calls the same judgements:
 * {@link #judgement(EnterpriseSubject, Parameters)} once per subject, then the returned function once per
 * item whose history holds an event of a type the rule is {@link #about()}.
 *
 * <p>An enum rather than a class per rule: the set of built-in rules is closed and ordered (the pack's
 * order), a constant is addressable from tests and the testkit without re-typing its id, and one file holds
 * every declaration side by side, the way the policy documentation lists them. The judgements themselves
 * are one package-private method each in {@code Judgements}, which reads a history once. So a new rule
 * takes a constant here, a judgement there, and its tests.
 *
 * <p>Every number of a rule is a {@link Parameter} or a {@link Term} with its source and {@link Basis};
 * titles and messages write the numbers from them ({@code {name}} placeholders). Nothing here is legal
 * advice.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EnterpriseRule {

    /**
     * Verify and record the seller's identity when buying in: a statute's mandatory duty for used electrical
     * and electronic products, used cars and pawn; this library's default, not mandatory, for other goods.
     */
    SRC_REGISTRATION(SecondhandPilot.TRACEABILITY, "Seller identity verified and recorded at intake", EventType.COLLECTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statutes = Citation.of(
                    source("旧电器电子产品流通管理办法", "MOFCOM Order 2013 No. 1, in force 2013-05-01: buy-in registration"
                            + " of the seller's identity and a per-item file (article not verified)", SecondhandPilot.MOFCOM, Basis.STATUTE),
                    source("二手车流通管理办法", "buy-in registration (article not verified)", SecondhandPilot.MOFCOM_ET_AL, Basis.STATUTE),
                    source("治安管理处罚法", "Art. 59 (2012 text, pawn; renumbering by the 2025 revision not verified)",
                            SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE));
            Citation analogue = cite("废旧金属收购业治安管理办法", "Art. 7 (an analogue only; no statute names the duty for these goods)",
                    SecondhandPilot.PUBLIC_SECURITY, Basis.LIBRARY_DEFAULT);
            return b.citation(statutes.and(analogue.sources().get(0)))
                    .parameter(Parameter.of(VERIFICATION_TOLERANCE, "the longest time from an intake to the seller's"
                            + " verification that still registers the seller at intake", 24, Unit.HOURS, analogue))
                    .appliesTo("operators that buy in (recyclers, dealers, consignment, trade-in, pawn)", s -> s.enterprise().buysIn())
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), true).citedTo(statutes)
                            .scopedTo(STATUTORY_INTAKES))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), false).citedTo(analogue)
                            .scopedTo(OTHER_GOODS))
                    .describedAs(items("intakes", "had no verified seller or no source record"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Duration tolerance = hours(parameters.value(VERIFICATION_TOLERANCE));
            Window window = window(subject, parameters);
            return l -> Judgements.registration(l, window, tolerance);
        }

        @Override
        Predicate<Lifecycle> scope(String scope, EnterpriseSubject subject) {
            boolean pawn = subject.enterprise().hasRole(EnterpriseRole.PAWNSHOP);
            Predicate<Lifecycle> statutory = l -> pawn || Judgements.electrical(l.item().category())
                    || l.item().category().isVehicle();
            return scopes(scope, STATUTORY_INTAKES, statutory);
        }
    },

    /** Keep a per-item record: origin and identifiers. */
    SRC_PROVENANCE(SecondhandPilot.TRACEABILITY, "Per-item record of origin and identifiers", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("报废机动车回收管理办法", "Art. 10, 13 (vehicles)", SecondhandPilot.STATE_COUNCIL, Basis.LIBRARY_DEFAULT))
                    .appliesTo("dealers in electronics, appliances and vehicles (by what they sell)", s -> true)
                    .target(Target.atLeast(0.99, Unit.SHARE))
                    .describedAs(items("electronics, appliances and vehicles sold", "had no intake record or no identifier"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.provenance(l, window);
        }
    },

    /**
     * Keep registration and transaction records long enough; judged from the enterprise's profile, not its
     * items. A statute sets the years for platforms, licensed WEEE processors and auctioneers; for other
     * operators the 3 years are this library's default.
     */
    SRC_RETENTION(SecondhandPilot.TRACEABILITY, "Records kept for the required years") {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statutes = Citation.of(source("电子商务法", "Art. 31 (platforms: 3 years)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE),
                    source("废弃电器电子产品回收处理管理条例", "Art. 17 (WEEE processors: 3 years)", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE),
                    source("拍卖法", "Art. 54 (auctioneers: 5 years)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE));
            Citation other = cite("电子商务法", "Art. 31 (3 years, for platforms; applied to other operators by analogy)",
                    SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.LIBRARY_DEFAULT);
            return b.citation(statutes)
                    .parameter(Parameter.of(REQUIRED_YEARS, "the years a platform, a WEEE processor or any other operator"
                            + " keeps its records (a statute's for the first two, this library's default for the rest)", 3,
                            Unit.YEARS, statutes.withBasis(Basis.STATUTE)))
                    .parameter(Parameter.of(AUCTIONEER_YEARS, "the years an auctioneer keeps its records", 5, Unit.YEARS,
                            cite("拍卖法", "Art. 54", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .measure((s, c) -> Indicators.<EnterpriseSubject, Lifecycle>fromSubject(
                            subject -> retention(subject, c.parameters())).indicatorFor(s, c))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atMost(0, Unit.YEARS_SHORT), false).citedTo(statutes)
                            .scopedTo(STATUTORY_KEEPERS))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atMost(0, Unit.YEARS_SHORT), false).citedTo(other)
                            .scopedTo(OTHER_OPERATORS))
                    .describedAs(m -> m.reason().isEmpty() ? Unit.YEARS_SHORT.format(m.value().orElseThrow()) : m.reason());
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            throw new UnsupportedOperationException(id() + " is judged from the enterprise's profile, not per item;"
                    + " see EnterpriseRule.retentionShortfall");
        }
    },

    /**
     * Never buy or sell stolen, seized, banned or recalled goods: a count of the items bought in or sold while a
     * flag stood, zero tolerance. Flagging an item held, reporting it and handing it over is the path the law
     * asks for and never an offence.
     */
    SRC_PROHIBITED(SecondhandPilot.TRACEABILITY, "No trade in stolen, seized or banned goods", EventType.COLLECTED, EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(Citation.of(source("废旧金属收购业治安管理办法", "Art. 8", SecondhandPilot.PUBLIC_SECURITY, Basis.STATUTE),
                            source("拍卖法", "Art. 7", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE),
                            source("治安管理处罚法", "Art. 59 (2012 text, pawn and scrap operators; renumbering by the 2025"
                                    + " revision not verified)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .measure((s, c) -> TallyIndicator.offendingItems(about(), judgement(s, c.parameters()), c.evidenceLimit()))
                    .target(Target.zeroTolerance(Unit.COUNT))
                    .mandatory(true)
                    .describedAs(withIds(m -> {
                        long n = (long) m.value().orElseThrow();
                        return n + (n == 1 ? " item was" : " items were") + " bought in or sold while flagged (suspected"
                                + " stolen, seized, prohibited or recalled) and not cleared";
                    }, "item", "items"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.prohibitedTrade(l, window, refusedTrades(l));
        }
    },

    /** Report suspected stolen goods to the police at once. */
    SRC_POLICE_REPORT(SecondhandPilot.TRACEABILITY, "Suspected stolen goods reported to the police within {report-window}",
            EventType.FLAGGED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statute = Citation.of(source("废旧金属收购业治安管理办法", "Art. 9–10", SecondhandPilot.PUBLIC_SECURITY, Basis.STATUTE),
                    source("报废机动车回收管理办法", "Art. 10", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE));
            return b.citation(statute)
                    .parameter(Parameter.of(REPORT_WINDOW, "the longest time from a suspected-stolen flag to the police report",
                            24, Unit.HOURS, statute.withBasis(Basis.LIBRARY_DEFAULT)))
                    .target(Target.atLeast(1.0, Unit.SHARE)) // the statute's "at once": every flag; the hours are the default
                    .describedAs(items("items flagged as suspected stolen", "were not reported to the police within {"
                            + REPORT_WINDOW + "}"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Duration within = hours(parameters.value(REPORT_WINDOW));
            Window window = window(subject, parameters);
            return l -> Judgements.policeReport(l, window, within);
        }
    },

    /**
     * Keep complete and valid records: the share of submitted events that the ledger accepted. A rejected
     * event (an illegal transition, an unknown item, a duplicate, an unreadable line of an import) is
     * evidence the records are not what the law asks, and it must not vanish from the score. The duty to
     * keep per-item and transaction records is the pack's sources'; the 99 % threshold is this library's
     * default.
     */
    RECORD_INTEGRITY(SecondhandPilot.TRACEABILITY, "Submitted records accepted as valid", EventType.values()) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation duties = Citation.of(source("电子商务法", "Art. 31 (transaction records)", SecondhandPilot.NPC_STANDING_COMMITTEE,
                            Basis.STATUTE),
                    source("旧电器电子产品流通管理办法", "per-item file (article not verified)", SecondhandPilot.MOFCOM, Basis.STATUTE),
                    source("报废机动车回收管理办法", "Art. 10", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE));
            return b.citation(duties)
                    .measure((s, c) -> RecordIntegrity.<Lifecycle>of(l -> l.events().size(), s.report(), c.evidenceLimit()))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.99, Unit.SHARE), false)
                            .citedTo(duties.withBasis(Basis.LIBRARY_DEFAULT)))
                    .describedAs(m -> {
                        long submitted = m.denominator().orElseThrow();
                        long rejected = submitted - m.numerator().orElseThrow();
                        String ids = m.evidence().ids().isEmpty() ? "" : "; " + String.join(", ", m.evidence().ids())
                                + (m.evidence().isTruncated() ? "; " + m.evidence().ids().size() + " of " + rejected + " listed" : "");
                        return rejected + " of " + submitted + " submitted events (" + Unit.SHARE.format((double) rejected / submitted)
                                + ") were rejected" + (m.reason().isEmpty() ? "" : " (" + m.reason() + ids + ")");
                    });
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            throw new UnsupportedOperationException(id() + " is judged from the ledger's report and its event count;"
                    + " see RecordIntegrity");
        }

        @Override
        public boolean isPerItem() {
            return false;
        }
    },

    /**
     * Erase user data before resale or export, again after a buyer's return. Each sale or export is judged by
     * the term of its day: before 2027-01-01 at 95 %, this library's default (the standard is not yet in
     * force); from 2027-01-01 at 100 %, the standard's mandatory duty.
     */
    DATA_ERASURE(SecondhandPilot.DATA_SECURITY, "User data erased before resale or export", EventType.SOLD, EventType.EXPORTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return erasureTerms(b.citation(erasureStandard()), 0.95)
                    .describedAs(items("devices holding personal data sold or exported",
                            "had no erasure since they last came in (collected or returned)"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.erasure(l, window);
        }

        @Override
        Function<Lifecycle, Optional<String>> explain(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.erasureGap(l, window);
        }
    },

    /**
     * Erase by a method the standard accepts, and verify it: each erasure is judged by the term of its day,
     * this library's default before 2027-01-01 and the standard's mandatory duty from then.
     */
    DATA_ERASURE_METHOD(SecondhandPilot.DATA_SECURITY, "Erasure by a method the standard accepts, verified",
            EventType.DATA_ERASED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation standard = erasureStandard();
            Citation passes = cite(SecondhandPilot.ERASURE_STANDARD_TITLE, "overwrite passes (clause numbers not verified)",
                    SecondhandPilot.STANDARDS_BODIES, Basis.STANDARD).inForceFrom(SecondhandPilot.ERASURE_STANDARD_IN_FORCE);
            return erasureTerms(b.citation(standard)
                    .parameter(Parameter.of(MAGNETIC_PASSES, "the fewest overwrite passes on magnetic media", 3, Unit.COUNT,
                            passes))
                    .parameter(Parameter.of(FLASH_PASSES, "the fewest overwrite passes on flash media", 1, Unit.COUNT, passes)), 1.0)
                    .describedAs(items("erasures of devices holding personal data",
                            "were not verified, or neither a block erase nor an overwrite with enough passes"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int magnetic = (int) parameters.value(MAGNETIC_PASSES);
            int flash = (int) parameters.value(FLASH_PASSES);
            Window window = window(subject, parameters);
            return l -> Judgements.erasureMethod(l, window, magnetic, flash);
        }
    },

    /**
     * Label goods as secondhand or refurbished: mandatory for used electrical and electronic products and for
     * refurbished goods (statutes that name the duty); for other goods the consumer law's duty of truthful
     * information, not mandatory here.
     */
    DISC_SECONDHAND_LABEL(SecondhandPilot.DISCLOSURE_AND_QUALITY, "Goods labelled as secondhand or refurbished", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation named = Citation.of(source("废弃电器电子产品回收处理管理条例", "Art. 12 (repaired used electrical and"
                            + " electronic products sold as used and labelled)", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE),
                    source("旧电器电子产品流通管理办法", "labelling of used products (article not verified)", SecondhandPilot.MOFCOM,
                            Basis.STATUTE),
                    source("循环经济促进法", "Art. 40 (remanufactured and refurbished goods labelled), Art. 56 (fine RMB"
                            + " 5,000–50,000)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE));
            Citation truthful = cite("消费者权益保护法", "Art. 20 (truthful information)", SecondhandPilot.NPC_STANDING_COMMITTEE,
                    Basis.STATUTE);
            return b.citation(named.and(truthful.sources().get(0)))
                    .appliesTo("all sellers", s -> true)
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), true).citedTo(named)
                            .scopedTo(ELECTRICAL_OR_REFURBISHED))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), false).citedTo(truthful)
                            .scopedTo(OTHER_GOODS))
                    .describedAs(items("sales", "did not disclose the secondhand or refurbished status"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.secondhandLabel(l, window);
        }

        @Override
        Predicate<Lifecycle> scope(String scope, EnterpriseSubject subject) {
            return scopes(scope, ELECTRICAL_OR_REFURBISHED,
                    l -> Judgements.electrical(l.item().category()) || l.has(EventType.REFURBISHED));
        }
    },

    /** Disclose the condition with a grade. */
    DISC_CONDITION(SecondhandPilot.DISCLOSURE_AND_QUALITY, "Condition graded before listing", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statute = Citation.of(source("消费者权益保护法", "Art. 20, 23", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE),
                    source("电子商务法", "Art. 17", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE),
                    source("GB/T 45656-2025", "(grading of used electronics)", SecondhandPilot.STANDARDS_BODIES, Basis.STANDARD),
                    source("T/TAF 173-2023", "(grading of used phones)", "", Basis.STANDARD),
                    source("GB/T 30323", "(used cars)", "", Basis.STANDARD));
            return b.citation(statute)
                    .appliesTo("all sellers", s -> true)
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.95, Unit.SHARE), false)
                            .citedTo(statute.withBasis(Basis.LIBRARY_DEFAULT)))
                    .describedAs(items("sales of gradable goods", "had no inspection grade before listing"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.condition(l, window);
        }
    },

    /** Disclose the repair history of refurbished goods. */
    DISC_REPAIR_HISTORY(SecondhandPilot.DISCLOSURE_AND_QUALITY, "Repair history of refurbished goods disclosed", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("循环经济促进法", "Art. 39", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.LIBRARY_DEFAULT))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("sales of refurbished goods", "did not disclose the repair history"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.repairHistory(l, window);
        }
    },

    /** Disclose a used car's history. */
    DISC_VEHICLE_HISTORY(SecondhandPilot.DISCLOSURE_AND_QUALITY, "Used-car history disclosed", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("二手车流通管理办法", "Art. 14", "", Basis.STATUTE))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("vehicle sales", "had no vehicle-history disclosure"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.vehicleHistory(l, window);
        }
    },

    /** Offer the 7-day no-reason return on remote sales (the 7 days are the model's {@code ReturnPolicy}). */
    RETURN_7DAY(SecondhandPilot.CONSUMER_PROTECTION, "7-day no-reason return on remote sales", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("消费者权益保护法", "Art. 25", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("remote sales", "offered no 7-day no-reason return and recorded no buyer-confirmed exception"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.sevenDayReturn(l, window);
        }
    },

    /** Refund within 7 days of receiving returned goods. */
    REFUND_7DAY(SecondhandPilot.CONSUMER_PROTECTION, "Refund within {refund-window} of receiving the return", EventType.RETURNED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statute = cite("消费者权益保护法", "Art. 25", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE);
            return b.citation(statute)
                    .parameter(Parameter.of(REFUND_WINDOW, "the longest time from receiving returned goods to the refund",
                            7, Unit.DAYS, statute))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("returns received", "were not refunded within {" + REFUND_WINDOW + "}"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Duration within = days(parameters.value(REFUND_WINDOW));
            Window window = window(subject, parameters);
            return l -> Judgements.sevenDayRefund(l, window, within);
        }
    },

    /**
     * Give refurbished goods a warranty: a library default everywhere (90 % of sales, at least 3 months), each
     * category citing its own source — never a used-car rule for a phone.
     */
    WARRANTY_REFURB(SecondhandPilot.CONSUMER_PROTECTION, "Refurbished goods sold with a warranty of {minimum-warranty} or more",
            EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation electronics = cite("旧电器电子产品流通管理办法", "the 2011 and 2012 drafts asked a warranty of at least 3"
                    + " months unless agreed otherwise; the final text is not verified", SecondhandPilot.MOFCOM, Basis.LIBRARY_DEFAULT);
            Citation cars = cite("二手车交易规范", "cars up to 3 years or 60,000 km: at least 3 months or 5,000 km (not verified)",
                    SecondhandPilot.MOFCOM, Basis.LIBRARY_DEFAULT);
            Citation other = Citation.libraryDefault("no published warranty duty for refurbished goods of other categories");
            return b.citation(electronics.and(cars.sources().get(0)))
                    .parameter(Parameter.of(MINIMUM_WARRANTY, "the shortest warranty on refurbished goods", 3, Unit.MONTHS,
                            electronics.and(cars.sources().get(0))))
                    .appliesTo("all sellers", s -> true)
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.9, Unit.SHARE), false).citedTo(electronics)
                            .scopedTo(ELECTRICAL))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.9, Unit.SHARE), false).citedTo(cars)
                            .scopedTo(VEHICLES))
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(0.9, Unit.SHARE), false).citedTo(other)
                            .scopedTo(OTHER_GOODS))
                    .describedAs(items("sales of refurbished goods", "carried no warranty of {" + MINIMUM_WARRANTY + "} or more"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int months = (int) parameters.value(MINIMUM_WARRANTY);
            Window window = window(subject, parameters);
            return l -> Judgements.refurbishedWarranty(l, window, months);
        }

        @Override
        Predicate<Lifecycle> scope(String scope, EnterpriseSubject subject) {
            Predicate<Lifecycle> vehicle = l -> l.item().category().isVehicle();
            Predicate<Lifecycle> electrical = l -> !vehicle.test(l) && Judgements.electrical(l.item().category());
            return switch (scope) {
                case ELECTRICAL -> electrical;
                case VEHICLES -> vehicle;
                default -> scopes(scope, ELECTRICAL, electrical.or(vehicle));
            };
        }
    },

    /**
     * Register a used car's ownership transfer within 30 days: the statute's duty is the new owner's; holding
     * the selling enterprise to it is this library's default, and the finding says so.
     */
    CAR_TRANSFER_30D(SecondhandPilot.CONSUMER_PROTECTION, "Used-car ownership transfer within {transfer-window}", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statute = cite("机动车登记规定", "Art. 25 (30 days; the duty is the new owner's)", SecondhandPilot.PUBLIC_SECURITY,
                    Basis.STATUTE);
            return b.citation(statute)
                    .parameter(Parameter.of(TRANSFER_WINDOW, "the longest time from a used car's sale to the registered transfer",
                            30, Unit.DAYS, statute))
                    .appliesTo("all sellers", s -> true)
                    .term(Term.of(EffectivePeriod.ALWAYS, Target.atLeast(1.0, Unit.SHARE), false)
                            .citedTo(statute.withBasis(Basis.LIBRARY_DEFAULT)))
                    .describedAs(m -> withIds(Describer.share("vehicle sales", "had no ownership transfer registered within {"
                            + TRANSFER_WINDOW + "}"), "item", "items").describe(m) + "; the statute puts the duty on the new"
                            + " owner, and holding the seller to it is this library's default");
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int days = (int) parameters.value(TRANSFER_WINDOW);
            Window window = window(subject, parameters);
            return l -> Judgements.carTransfer(l, window, days);
        }
    },

    /** Hand waste electronics to a licensed processor. */
    WEEE_HANDOVER(SecondhandPilot.END_OF_LIFE, "Waste electronics to a licensed processor",
            EventType.HANDED_OVER, EventType.DISMANTLED, EventType.RECYCLED, EventType.DISPOSED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("废弃电器电子产品回收处理管理条例", "Art. 2, 6, 11, 28 (fine RMB 50,000–500,000)",
                            SecondhandPilot.STATE_COUNCIL, Basis.STATUTE))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .mandatory(true)
                    .describedAs(items("waste electrical and electronic items at end of life",
                            "did not go to a licensed WEEE processor or were disposed of"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.weeeHandover(l, window, subject.enterprise());
        }
    },

    /** Hand end-of-life vehicles to a qualified dismantler. */
    ELV_HANDOVER(SecondhandPilot.END_OF_LIFE, "End-of-life vehicles to a qualified dismantler",
            EventType.HANDED_OVER, EventType.DISMANTLED, EventType.RECYCLED, EventType.DISPOSED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite("报废机动车回收管理办法", "Art. 5, 11, 12", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .mandatory(true)
                    .describedAs(items("end-of-life vehicles", "did not go to a qualified dismantler or were disposed of"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.elvHandover(l, window, subject.enterprise());
        }
    },

    /** Keep goods in use: resell what is collected. */
    REUSE_RATE(SecondhandPilot.CIRCULARITY, "Collected goods resold", EventType.COLLECTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(cite(SecondhandPilot.PILOT_WORK_PLAN, "", SecondhandPilot.PILOT_ISSUERS, Basis.LIBRARY_DEFAULT)
                            .inForceFrom(SecondhandPilot.PILOT_NOTICE))
                    .appliesTo("operators that buy in", s -> s.enterprise().buysIn())
                    .target(Target.atLeast(0.6, Unit.SHARE))
                    .describedAs(items("items collected", "were not resold in the period"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Window window = window(subject, parameters);
            return l -> Judgements.reuse(l, window);
        }
    };

    /** The scope of SRC-REGISTRATION's statutory, mandatory term. */
    public static final String STATUTORY_INTAKES = "used electrical and electronic products, used cars, and every intake of a pawnshop";
    /** The scope of DISC-SECONDHAND-LABEL's mandatory term. */
    public static final String ELECTRICAL_OR_REFURBISHED = "used electrical and electronic products, and refurbished goods";
    /** The scope of WARRANTY-REFURB's term for electrical and electronic products (vehicles apart). */
    public static final String ELECTRICAL = "electrical and electronic products";
    /** The scope of WARRANTY-REFURB's term for vehicles. */
    public static final String VEHICLES = "used cars and other vehicles";
    /** The scope of a rule's term for the goods no other term of the rule names. */
    public static final String OTHER_GOODS = "other goods";
    /** The scope of SRC-RETENTION's statutory term: the operators whose years a statute sets. */
    public static final String STATUTORY_KEEPERS = "platforms, licensed WEEE processors and auctioneers";
    /** The scope of SRC-RETENTION's term for the operators no statute names. */
    public static final String OTHER_OPERATORS = "other operators";

    /** SRC-REGISTRATION's parameter: hours from an intake within which the seller's verification registers the seller. */
    public static final String VERIFICATION_TOLERANCE = "verification-tolerance";
    /** SRC-POLICE-REPORT's parameter: hours from flag to police report. */
    public static final String REPORT_WINDOW = "report-window";
    /** REFUND-7DAY's parameter: days from receiving returned goods to the refund. */
    public static final String REFUND_WINDOW = "refund-window";
    /** WARRANTY-REFURB's parameter: the shortest warranty, in months. */
    public static final String MINIMUM_WARRANTY = "minimum-warranty";
    /** CAR-TRANSFER-30D's parameter: days from sale to registered transfer. */
    public static final String TRANSFER_WINDOW = "transfer-window";
    /** SRC-RETENTION's parameter: the years every operator keeps its records. */
    public static final String REQUIRED_YEARS = "required-years";
    /** SRC-RETENTION's parameter: the years an auctioneer keeps its records. */
    public static final String AUCTIONEER_YEARS = "auctioneer-years";
    /** DATA-ERASURE-METHOD's parameter: the fewest overwrite passes on magnetic media. */
    public static final String MAGNETIC_PASSES = "magnetic-passes";
    /** DATA-ERASURE-METHOD's parameter: the fewest overwrite passes on flash media. */
    public static final String FLASH_PASSES = "flash-passes";

    private final RuleId id;
    private final String criterion;
    private final String title;
    private final EventTypes about;

    EnterpriseRule(String criterion, String title, EventType... about) {
        this.id = RuleId.of(name().replace('_', '-'));
        this.criterion = criterion;
        this.title = title;
        this.about = about.length == 0 ? EventTypes.none() : EventTypes.copyOf(List.of(about));
    }

    /**
     * Declares the rule on a builder that already holds its id and title: citation, applicability,
     * parameters, terms and describer. A per-item rule that sets no measure gets the share of its
     * {@link #judgement} over the items it is {@link #about()}.
     */
    abstract Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> builder);

    /**
     * Returns the judgement of one item for a subject: how many of the item's records the rule judged, and
     * how many complied, in the item's history as it stood at the end of the as-of day (later events are not yet
     * evidence). Call it once per subject, outside the loop over its items; the function it returns
     * is stateless and may be applied to items in any order and from any thread.
     *
     * @param subject the enterprise scored, not null
     * @param parameters the rule's parameters as of the evaluation, not null (see {@link #rule()})
     * @return the judgement of one item
     * @throws UnsupportedOperationException for {@link #SRC_RETENTION}, which is judged from the profile
     *     ({@link #retentionShortfall})
     */
    public Function<Lifecycle, Tally> judgement(EnterpriseSubject subject, Parameters parameters) {
        Function<Lifecycle, Tally> judge = bind(subject, parameters);
        if (!parameters.scope().isEmpty()) {
            Predicate<Lifecycle> in = scope(parameters.scope(), subject);
            Function<Lifecycle, Tally> whole = judge;
            judge = l -> in.test(l) ? whole.apply(l) : Tally.NONE;
        }
        return known(judge, parameters.asOf());
    }

    /**
     * Returns how an offending item is named in a finding's evidence: its id, followed for DATA-ERASURE by
     * what is missing, such as {@code "P-7: no erasure since it was returned on 2026-03-04"}. Call it once per
     * subject, like {@link #judgement}; apply it only to the items that judgement found offending.
     *
     * @param subject the enterprise scored, not null
     * @param parameters the rule's parameters as of the evaluation, not null
     * @return the evidence id of an offending item
     */
    public Function<Lifecycle, String> evidenceId(EnterpriseSubject subject, Parameters parameters) {
        Function<Lifecycle, Optional<String>> why = explain(subject, parameters);
        java.time.Instant cutoff = cutoff(parameters.asOf());
        return l -> why.apply(l.asOf(cutoff)).map(w -> l.itemId().value() + ": " + w).orElse(l.itemId().value());
    }

    /** What is missing in an offending item, for its evidence id; empty by default. */
    Function<Lifecycle, Optional<String>> explain(EnterpriseSubject subject, Parameters parameters) {
        return l -> Optional.empty();
    }

    /**
     * The items of one of the rule's scopes ({@link Term#scope()}), for a rule with scoped terms.
     *
     * @throws IllegalArgumentException if the rule has no such scope
     */
    Predicate<Lifecycle> scope(String scope, EnterpriseSubject subject) {
        throw new IllegalArgumentException("rule " + id + " has no scoped terms; scope \"" + scope + "\" is unknown");
    }

    /** A rule's two scopes: the named one, and {@link #OTHER_GOODS} for every item outside it. */
    Predicate<Lifecycle> scopes(String scope, String named, Predicate<Lifecycle> inNamed) {
        if (scope.equals(named)) {
            return inNamed;
        }
        if (scope.equals(OTHER_GOODS)) {
            return inNamed.negate();
        }
        throw new IllegalArgumentException("rule " + id + ": scope \"" + scope + "\" is unknown; its scopes are \""
                + named + "\" and \"" + OTHER_GOODS + "\"");
    }

    /** The judgement of one item's whole history, for {@link #judgement}, which first cuts it at the as-of day. */
    abstract Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters);

    /**
     * Returns the rule's id: the constant's name with hyphens, e.g. {@code DATA-ERASURE}.
     *
     * @return the id
     */
    public RuleId id() {
        return id;
    }

    /**
     * Returns the name of the criterion the rule belongs to in the enterprise pack.
     *
     * @return the criterion's name
     */
    public String criterion() {
        return criterion;
    }

    /**
     * Returns the event types the rule is about: an item whose history holds none of them is not in its
     * scope, and its judgement would find nothing in it.
     *
     * @return the event types; empty for {@link #SRC_RETENTION}, which reads the profile
     */
    public EventTypes about() {
        return about;
    }

    /**
     * Returns whether the rule judges items ({@link #judgement}), rather than the enterprise's profile.
     *
     * @return false for {@link #SRC_RETENTION}, which reads the profile, and {@link #RECORD_INTEGRITY}, which
     *     reads the ledger's report
     */
    public boolean isPerItem() {
        return !about.isEmpty();
    }

    /**
     * Builds the rule from its declaration, as the enterprise pack holds it.
     *
     * @return the rule
     */
    public Rule<EnterpriseSubject, Lifecycle> rule() {
        Rule.Builder<EnterpriseSubject, Lifecycle> b = Rule.builder(id, title);
        if (isPerItem() && !about.isEmpty()) {
            b.measure(share()); // a declaration may set another measure over the same judgement
            b.datedByAct(true); // each act is judged by the term in force on its day
        }
        return declare(b).build();
    }

    /** Finds the declaration of a rule id. */
    static Optional<EnterpriseRule> of(RuleId ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        for (EnterpriseRule r : values()) {
            if (r.id.equals(ruleId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * SRC-RETENTION: the years by which an enterprise's declared record retention falls short of the
     * required years (parameter {@code auctioneer-years} for an auctioneer, {@code required-years} for any
     * other operator), zero when it meets them.
     *
     * @param subject the enterprise, not null
     * @param parameters SRC-RETENTION's parameters, not null
     * @return the shortfall in years, or empty when the profile declares no retention period
     */
    public static OptionalDouble retentionShortfall(EnterpriseSubject subject, Parameters parameters) {
        return Judgements.retentionShortfall(subject.enterprise(), subject.profile(),
                (int) parameters.value(REQUIRED_YEARS), (int) parameters.value(AUCTIONEER_YEARS));
    }

    /**
     * The subject's window, counting only the acts of the parameters' act period: one term's days up to the
     * as-of date, when the engine dates terms by act.
     */
    static Window window(EnterpriseSubject subject, Parameters parameters) {
        EffectivePeriod acts = parameters.actsIn();
        if (acts.equals(EffectivePeriod.ALWAYS)) {
            return subject.window();
        }
        return subject.window().actsBetween(acts.start(), acts.endExclusive().orElse(LocalDate.MAX));
    }

    private Measure<EnterpriseSubject, Lifecycle> share() {
        return (subject, context) -> TallyIndicator.share(about, judgement(subject, context.parameters()),
                evidenceId(subject, context.parameters()), context.evidenceLimit());
    }

    /**
     * A judgement of each item's history as it stood at the end of the as-of day in {@link EnterpriseSubject#ZONE}:
     * an event, a refund or a transfer recorded later is not yet evidence.
     */
    static Function<Lifecycle, Tally> known(Function<Lifecycle, Tally> judgement, LocalDate asOf) {
        java.time.Instant cutoff = cutoff(asOf);
        return l -> judgement.apply(l.asOf(cutoff));
    }

    /** The last instant of the as-of day in {@link EnterpriseSubject#ZONE}. */
    private static java.time.Instant cutoff(LocalDate asOf) {
        return asOf.plusDays(1).atStartOfDay(EnterpriseSubject.ZONE).toInstant().minusNanos(1);
    }

    /**
     * SRC-RETENTION's measurement for the scope being measured: the years short, with a detail that reads as a
     * shortfall ("keeps records 2 years; 3 are required"); not applicable in the scope the enterprise is not
     * in, insufficient evidence when the profile declares no period.
     */
    static Measurement retention(EnterpriseSubject subject, Parameters parameters) {
        Enterprise e = subject.enterprise();
        boolean statutory = e.hasRole(EnterpriseRole.PLATFORM) || e.hasRole(EnterpriseRole.WEEE_PROCESSOR_LICENSED)
                || e.hasRole(EnterpriseRole.AUCTIONEER);
        if (parameters.scope().equals(STATUTORY_KEEPERS) && !statutory) {
            return Measurement.notApplicable(Unit.YEARS_SHORT, "not a platform, a licensed WEEE processor or an auctioneer");
        }
        if (parameters.scope().equals(OTHER_OPERATORS) && statutory) {
            return Measurement.notApplicable(Unit.YEARS_SHORT, "a statute sets the years of a platform, a WEEE processor or an auctioneer");
        }
        OptionalDouble shortfall = retentionShortfall(subject, parameters);
        if (shortfall.isEmpty()) {
            return Measurement.insufficientEvidence(Unit.YEARS_SHORT, "the profile declares no record-retention period");
        }
        int required = Judgements.requiredRetentionYears(e, (int) parameters.value(REQUIRED_YEARS),
                (int) parameters.value(AUCTIONEER_YEARS));
        int declared = subject.profile().recordRetentionYears().getAsInt();
        String who = e.hasRole(EnterpriseRole.AUCTIONEER) ? "an auctioneer" : e.hasRole(EnterpriseRole.PLATFORM) ? "a platform"
                : e.hasRole(EnterpriseRole.WEEE_PROCESSOR_LICENSED) ? "a WEEE processor" : "an operator";
        String detail = "keeps records " + years(declared) + "; " + required + (required == 1 ? " is" : " are")
                + " required of " + who;
        return Measurement.of(shortfall.getAsDouble(), Unit.YEARS_SHORT).withDetail(detail);
    }

    private static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }

    /**
     * The intakes and sales refused for an item ({@link Lifecycle#refused()}): trades the accepted history does not
     * show, which SRC-PROHIBITED still judges. They travel with the item, so a streamed ledger judges them in its one
     * pass without holding every item's refusals.
     */
    static List<LifecycleEvent> refusedTrades(Lifecycle lifecycle) {
        List<RejectedEvent> refused = lifecycle.refused();
        if (refused.isEmpty()) {
            return List.of();
        }
        List<LifecycleEvent> trades = new ArrayList<>(refused.size());
        for (RejectedEvent r : refused) {
            EventType type = r.event().type();
            if (type == EventType.COLLECTED || type == EventType.SOLD) {
                trades.add(r.event());
            }
        }
        return trades;
    }

    // ---- helpers of the declarations ----

    static Citation cite(String title, String article, String issuer, Basis basis) {
        return new Citation(title, article, issuer, Optional.empty(), basis);
    }

    static Citation.Source source(String title, String article, String issuer, Basis basis) {
        return new Citation.Source(title, article, issuer, Optional.empty(), basis);
    }

    /**
     * The two terms of an erasure rule, each act judged by the term of its day: before the standard is in force,
     * {@code before} as this library's default, not mandatory; from then 100 %, the standard's mandatory duty.
     */
    static Rule.Builder<EnterpriseSubject, Lifecycle> erasureTerms(Rule.Builder<EnterpriseSubject, Lifecycle> b, double before) {
        LocalDate inForce = SecondhandPilot.ERASURE_STANDARD_IN_FORCE;
        return b.term(Term.of(EffectivePeriod.until(inForce), Target.atLeast(before, Unit.SHARE), false)
                        .citedTo(cite(SecondhandPilot.ERASURE_STANDARD_TITLE, "in force only from " + inForce,
                                SecondhandPilot.STANDARDS_BODIES, Basis.LIBRARY_DEFAULT)))
                .term(Term.of(EffectivePeriod.from(inForce), Target.atLeast(1.0, Unit.SHARE), true).citedTo(erasureStandard()));
    }

    static Citation erasureStandard() {
        return cite(SecondhandPilot.ERASURE_STANDARD_TITLE, "", SecondhandPilot.STANDARDS_BODIES, Basis.STANDARD)
                .inForceFrom(SecondhandPilot.ERASURE_STANDARD_IN_FORCE);
    }

    private static Duration hours(double value) {
        return Duration.ofMinutes(Math.round(value * 60.0));
    }

    private static Duration days(double value) {
        return Duration.ofMinutes(Math.round(value * 24.0 * 60.0));
    }

    /** A share phrased by its offending records, followed by the offending items. */
    static Describer items(String population, String offence) {
        return withIds(Describer.share(population, offence), "item", "items");
    }

    /**
     * Appends the offending ids to a phrase: "… (item P2)", "… (items P2, P3)", or when the evidence was cut
     * at the engine's limit "… (items P01, …, P20; 20 of 31 listed)".
     */
    static Describer withIds(Describer phrase, String singular, String plural) {
        return m -> {
            Evidence e = m.evidence();
            if (e.ids().isEmpty()) {
                return phrase.describe(m);
            }
            return phrase.describe(m) + " (" + (e.count() == 1 ? singular : plural) + " " + String.join(", ", e.ids())
                    + (e.isTruncated() ? "; " + e.ids().size() + " of " + e.count() + " listed" : "") + ")";
        };
    }
}
