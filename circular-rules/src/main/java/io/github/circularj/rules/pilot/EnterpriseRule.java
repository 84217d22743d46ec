package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.EventType;
import io.github.circularj.model.lifecycle.EventTypes;
import io.github.circularj.model.lifecycle.Lifecycle;
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
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.blocks.Window;
import io.github.circularj.rules.blocks.TallyIndicator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

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

    /** Verify and record the seller's identity when buying in. */
    SRC_REGISTRATION(SecondhandPilot.TRACEABILITY, "Seller identity verified and recorded at intake", EventType.COLLECTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(Citation.of(source("废旧金属收购业治安管理办法", "Art. 7 (analogue)", SecondhandPilot.PUBLIC_SECURITY, Basis.STATUTE),
                            source("电子商务法", "Art. 27 (platform sellers)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .parameter(Parameter.of(VERIFICATION_TOLERANCE, "the longest time from an intake to the seller's"
                            + " verification that still registers the seller at intake", 24, Unit.HOURS,
                            cite("废旧金属收购业治安管理办法", "Art. 7 (analogue)", SecondhandPilot.PUBLIC_SECURITY,
                                    Basis.LIBRARY_DEFAULT)))
                    .appliesTo("operators that buy in (recyclers, dealers, consignment, trade-in)", s -> s.enterprise().buysIn())
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .mandatory(true)
                    .describedAs(items("intakes", "had no verified seller or no source record"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            Duration tolerance = hours(parameters.value(VERIFICATION_TOLERANCE));
            return l -> Judgements.registration(l, window(subject, parameters), tolerance);
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
            return l -> Judgements.provenance(l, window(subject, parameters));
        }
    },

    /** Keep registration and transaction records long enough; judged from the enterprise's profile, not its items. */
    SRC_RETENTION(SecondhandPilot.TRACEABILITY, "Records kept for the required years") {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(Citation.of(source("电子商务法", "Art. 31 (3 y)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE),
                            source("废弃电器电子产品回收处理管理条例", "Art. 17 (3 y)", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE),
                            source("拍卖法", "Art. 54 (5 y)", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .parameter(Parameter.of(REQUIRED_YEARS, "the years every operator keeps its records", 3, Unit.YEARS,
                            cite("电子商务法", "Art. 31", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .parameter(Parameter.of(AUCTIONEER_YEARS, "the years an auctioneer keeps its records", 5, Unit.YEARS,
                            cite("拍卖法", "Art. 54", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .measure((s, c) -> Indicators.<EnterpriseSubject, Lifecycle>profile("the declared record-retention period",
                            subject -> retentionShortfall(subject, c.parameters()), Unit.YEARS).indicatorFor(s, c))
                    .target(Target.atMost(0, Unit.YEARS))
                    .describedAs(m -> m.value().orElseThrow() == 0.0
                            ? "the declared record-retention period meets the required period ({" + REQUIRED_YEARS
                                    + "}; {" + AUCTIONEER_YEARS + "} for auctioneers)"
                            : "the declared record-retention period falls short of the required period ({"
                                    + REQUIRED_YEARS + "}; {" + AUCTIONEER_YEARS + "} for auctioneers) by "
                                    + Unit.YEARS.format(m.value().orElseThrow()));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            throw new UnsupportedOperationException(id() + " is judged from the enterprise's profile, not per item;"
                    + " see EnterpriseRule.retentionShortfall");
        }
    },

    /** Never buy or sell stolen, seized or banned goods (a count of offending items, zero tolerance). */
    SRC_PROHIBITED(SecondhandPilot.TRACEABILITY, "No trade in stolen, seized or banned goods", EventType.COLLECTED, EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(Citation.of(source("废旧金属收购业治安管理办法", "Art. 8", SecondhandPilot.PUBLIC_SECURITY, Basis.STATUTE),
                            source("拍卖法", "Art. 7", SecondhandPilot.NPC_STANDING_COMMITTEE, Basis.STATUTE)))
                    .measure((s, c) -> TallyIndicator.offendingItems(about(), judgement(s, c.parameters()), c.evidenceLimit()))
                    .target(Target.zeroTolerance(Unit.COUNT))
                    .mandatory(true)
                    .describedAs(withIds(m -> {
                        long n = (long) m.value().orElseThrow();
                        return n + (n == 1 ? " item bought in or sold carries" : " items bought in or sold carry")
                                + " an uncleared stolen, seized or prohibited flag";
                    }, "item", "items"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            return l -> Judgements.prohibitedTrade(l, window(subject, parameters));
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
            return l -> Judgements.policeReport(l, window(subject, parameters), within);
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

    /** Erase user data before resale or export. */
    DATA_ERASURE(SecondhandPilot.DATA_SECURITY, "User data erased before resale or export", EventType.SOLD, EventType.EXPORTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(erasureStandard())
                    .term(Term.of(EffectivePeriod.until(SecondhandPilot.ERASURE_STANDARD_IN_FORCE), Target.atLeast(0.95, Unit.SHARE), false))
                    .term(Term.of(EffectivePeriod.from(SecondhandPilot.ERASURE_STANDARD_IN_FORCE), Target.atLeast(1.0, Unit.SHARE), true))
                    .describedAs(items("devices holding personal data sold or exported", "had no data-erasure record before sale"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            return l -> Judgements.erasure(l, window(subject, parameters));
        }
    },

    /** Erase by a method the standard accepts, and verify it. */
    DATA_ERASURE_METHOD(SecondhandPilot.DATA_SECURITY, "Erasure by a method the standard accepts, verified",
            EventType.SOLD, EventType.EXPORTED) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation clauses = erasureStandard();
            return b.citation(clauses)
                    .parameter(Parameter.of(MAGNETIC_PASSES, "the fewest overwrite passes on magnetic media", 3, Unit.COUNT,
                            clauses))
                    .parameter(Parameter.of(FLASH_PASSES, "the fewest overwrite passes on flash media", 1, Unit.COUNT, clauses))
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("erased devices sold or exported", "had no verified block erase or sufficient overwrite"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int magnetic = (int) parameters.value(MAGNETIC_PASSES);
            int flash = (int) parameters.value(FLASH_PASSES);
            return l -> Judgements.erasureMethod(l, window(subject, parameters), magnetic, flash);
        }
    },

    /** Label goods as secondhand or refurbished. */
    DISC_SECONDHAND_LABEL(SecondhandPilot.DISCLOSURE_AND_QUALITY, "Goods labelled as secondhand or refurbished", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            return b.citation(Citation.of(source("循环经济促进法", "Art. 39, 40, 56 (fine RMB 5,000–50,000)", SecondhandPilot.NPC_STANDING_COMMITTEE,
                            Basis.STATUTE), source("废弃电器电子产品回收处理管理条例", "Art. 12", SecondhandPilot.STATE_COUNCIL, Basis.STATUTE)))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .mandatory(true)
                    .describedAs(items("sales", "did not disclose the secondhand or refurbished status"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            return l -> Judgements.secondhandLabel(l, window(subject, parameters));
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
            return l -> Judgements.condition(l, window(subject, parameters));
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
            return l -> Judgements.repairHistory(l, window(subject, parameters));
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
            return l -> Judgements.vehicleHistory(l, window(subject, parameters));
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
            return l -> Judgements.sevenDayReturn(l, window(subject, parameters));
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
            return l -> Judgements.sevenDayRefund(l, window(subject, parameters), within);
        }
    },

    /** Give refurbished goods a warranty. */
    WARRANTY_REFURB(SecondhandPilot.CONSUMER_PROTECTION, "Refurbished goods sold with a warranty of {minimum-warranty} or more",
            EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation source = cite("二手车交易规范", "used cars ≤ 3 years / 60,000 km: ≥ 3 months or 5,000 km (unverified)", "",
                    Basis.LIBRARY_DEFAULT);
            return b.citation(source)
                    .parameter(Parameter.of(MINIMUM_WARRANTY, "the shortest warranty on refurbished goods", 3, Unit.MONTHS, source))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(0.9, Unit.SHARE))
                    .describedAs(items("sales of refurbished goods", "carried no warranty of {" + MINIMUM_WARRANTY + "} or more"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int months = (int) parameters.value(MINIMUM_WARRANTY);
            return l -> Judgements.refurbishedWarranty(l, window(subject, parameters), months);
        }
    },

    /** Register a used car's ownership transfer within 30 days. */
    CAR_TRANSFER_30D(SecondhandPilot.CONSUMER_PROTECTION, "Used-car ownership transfer within {transfer-window}", EventType.SOLD) {
        @Override
        Rule.Builder<EnterpriseSubject, Lifecycle> declare(Rule.Builder<EnterpriseSubject, Lifecycle> b) {
            Citation statute = cite("机动车登记规定", "Art. 25", SecondhandPilot.PUBLIC_SECURITY, Basis.STATUTE);
            return b.citation(statute)
                    .parameter(Parameter.of(TRANSFER_WINDOW, "the longest time from a used car's sale to the registered transfer",
                            30, Unit.DAYS, statute))
                    .appliesTo("all sellers", s -> true)
                    .target(Target.atLeast(1.0, Unit.SHARE))
                    .describedAs(items("vehicle sales", "had no ownership transfer registered within {" + TRANSFER_WINDOW + "}"));
        }

        @Override
        Function<Lifecycle, Tally> bind(EnterpriseSubject subject, Parameters parameters) {
            int days = (int) parameters.value(TRANSFER_WINDOW);
            return l -> Judgements.carTransfer(l, window(subject, parameters), days);
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
            return l -> Judgements.weeeHandover(l, window(subject, parameters), subject.enterprise());
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
            return l -> Judgements.elvHandover(l, window(subject, parameters), subject.enterprise());
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
            return l -> Judgements.reuse(l, window(subject, parameters));
        }
    };

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
        return known(bind(subject, parameters), parameters.asOf());
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
                context.evidenceLimit());
    }

    /**
     * A judgement of each item's history as it stood at the end of the as-of day in {@link EnterpriseSubject#ZONE}:
     * an event, a refund or a transfer recorded later is not yet evidence.
     */
    static Function<Lifecycle, Tally> known(Function<Lifecycle, Tally> judgement, LocalDate asOf) {
        java.time.Instant cutoff = asOf.plusDays(1).atStartOfDay(EnterpriseSubject.ZONE).toInstant().minusNanos(1);
        return l -> judgement.apply(l.asOf(cutoff));
    }

    // ---- helpers of the declarations ----

    static Citation cite(String title, String article, String issuer, Basis basis) {
        return new Citation(title, article, issuer, Optional.empty(), basis);
    }

    static Citation.Source source(String title, String article, String issuer, Basis basis) {
        return new Citation.Source(title, article, issuer, Optional.empty(), basis);
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
