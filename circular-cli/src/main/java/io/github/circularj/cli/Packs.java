package io.github.circularj.cli;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.Parameter;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.Target;
import io.github.circularj.rules.Term;
import io.github.circularj.rules.pilot.CitySubject;
import io.github.circularj.rules.pilot.EnterpriseResult;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.rules.platform.PlatformOperator;
import io.github.circularj.rules.platform.PlatformSubject;
import io.github.circularj.rules.tradein.TradeInClaim;
import io.github.circularj.rules.tradein.TradeInProgramme;
import io.github.circularj.rules.tradein.TradeInSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The built-in packs by name, as of a date, with {@code --set} applied. */
final class Packs {

    /** A built-in pack. */
    enum Name {
        /** {@link SecondhandPilot#enterprisePacks()}. */
        ENTERPRISE("enterprise", SecondhandPilot.ENTERPRISE_PACK_ID),
        /** {@link SecondhandPilot#cityPack()}. */
        CITY("city", SecondhandPilot.CITY_PACK_ID),
        /** {@link TradeInProgramme#packs()}. */
        TRADE_IN(TradeInProgramme.NAME, TradeInProgramme.PACK_ID),
        /** {@link PlatformOperator#packs()}: platform files ({@code circular-platform}), one platform operator each. */
        PLATFORM(PlatformOperator.NAME, PlatformOperator.PACK_ID);

        private final String shortName;
        private final String id;

        Name(String shortName, String id) {
            this.shortName = shortName;
            this.id = id;
        }

        String shortName() {
            return shortName;
        }

        /**
         * Reads a pack's name: {@code enterprise}, {@code city}, {@code trade-in}, {@code platform}, or the pack's id.
         *
         * @throws Failure (usage) for any other name
         */
        static Name parse(String text) {
            for (Name n : values()) {
                if (n.shortName.equalsIgnoreCase(text) || n.id.equals(text)) {
                    return n;
                }
            }
            throw Failure.usage("unknown pack \"" + text + "\"; the packs are " + List.of(values()).stream()
                    .map(n -> n.shortName + " (" + n.id + ")").collect(Collectors.joining(", ")));
        }
    }

    /** The names of every pack, for help texts. */
    static final String NAMES = "enterprise, city, trade-in, platform";

    private Packs() {
    }

    /**
     * The version of the enterprise pack in force on a date.
     *
     * @throws Failure (usage) if the date is before the first version
     */
    static RulePack<EnterpriseSubject, Lifecycle> enterprise(LocalDate asOf) {
        return SecondhandPilot.enterprisePacks().asOf(asOf).orElseThrow(() -> beforePack(asOf,
                SecondhandPilot.enterprisePacks().versions().get(0)));
    }

    /**
     * The city pack, if in force on a date.
     *
     * @throws Failure (usage) if it is not
     */
    static RulePack<CitySubject, EnterpriseResult> city(LocalDate asOf) {
        RulePack<CitySubject, EnterpriseResult> pack = SecondhandPilot.cityPack();
        if (!pack.effectivePeriod().contains(asOf)) {
            throw beforePack(asOf, pack);
        }
        return pack;
    }

    /**
     * The version of the trade-in pack in force on a date.
     *
     * @throws Failure (usage) if the date is before the first version
     */
    static RulePack<TradeInSubject, TradeInClaim> tradeIn(LocalDate asOf) {
        return TradeInProgramme.packs().asOf(asOf).orElseThrow(() -> beforePack(asOf,
                TradeInProgramme.packs().versions().get(0)));
    }

    /**
     * The version of the platform-operator pack in force on a date.
     *
     * @throws Failure (usage) if the date is before the first version
     */
    static RulePack<PlatformSubject, SellerActivity> platform(LocalDate asOf) {
        return PlatformOperator.packs().asOf(asOf).orElseThrow(() -> beforePack(asOf,
                PlatformOperator.packs().versions().get(0)));
    }

    /** The latest version of a pack, for listings without a date. */
    static RulePack<?, ?> latest(Name name) {
        return switch (name) {
            case ENTERPRISE -> SecondhandPilot.enterprisePack();
            case CITY -> SecondhandPilot.cityPack();
            case TRADE_IN -> TradeInProgramme.pack();
            case PLATFORM -> PlatformOperator.pack();
        };
    }

    /** A pack as of a date, for listings. */
    static RulePack<?, ?> asOf(Name name, LocalDate asOf) {
        return switch (name) {
            case ENTERPRISE -> enterprise(asOf);
            case CITY -> city(asOf);
            case TRADE_IN -> tradeIn(asOf);
            case PLATFORM -> platform(asOf);
        };
    }

    private static Failure beforePack(LocalDate asOf, RulePack<?, ?> pack) {
        return Failure.usage("--as-of " + asOf + ": pack " + pack.id() + " is not in force on that date (version "
                + pack.version() + " is in force " + inForce(pack) + ")");
    }

    private static String inForce(RulePack<?, ?> pack) {
        return "from " + pack.effectivePeriod().start() + pack.effectivePeriod().endExclusive()
                .map(end -> " until " + end.minusDays(1)).orElse("");
    }

    /** Whether a pack holds a rule. */
    static boolean holds(RulePack<?, ?> pack, String ruleId) {
        return pack.rules().stream().anyMatch(r -> r.id().toString().equals(ruleId));
    }

    /**
     * Applies settings to a pack.
     *
     * @throws Failure (usage) for an unknown rule or parameter, a value of the wrong unit or a value the
     *     rule refuses
     */
    static <S, T> RulePack<S, T> apply(RulePack<S, T> pack, List<Setting> settings, LocalDate asOf) {
        RulePack<S, T> result = pack;
        for (Setting s : settings) {
            RuleId id = ruleId(s);
            Rule<S, T> rule = result.rule(id).orElseThrow(() -> Failure.usage("--set " + s.format() + ": pack "
                    + pack.id() + " has no rule " + s.rule() + "; `circular rules` lists them"));
            try {
                if (s.name().equals(Setting.TARGET)) {
                    Term term = rule.termAsOf(asOf).orElseThrow(() -> Failure.usage("--set " + s.format() + ": rule "
                            + id + " has no term in force on " + asOf));
                    Target old = term.target();
                    result = result.withTarget(id, new Target(old.direction(),
                            s.valueIn(old.unit(), id + "'s target"), old.unit()));
                } else if (s.name().equals(Setting.WEIGHT)) {
                    result = result.withRuleWeight(id, s.valueIn(io.github.circularj.rules.Unit.NUMBER, id + "'s weight"));
                } else {
                    Parameter parameter = rule.parameter(s.name()).orElseThrow(() -> Failure.usage("--set " + s.format()
                            + ": rule " + id + " has no parameter \"" + s.name() + "\"; it has " + names(rule)));
                    result = result.withParameter(id, s.name(), s.valueIn(parameter.unit(),
                            id + "'s " + s.name()));
                }
            } catch (IllegalArgumentException e) {
                throw Failure.usage("--set " + s.format() + ": " + e.getMessage());
            }
        }
        return result;
    }

    private static RuleId ruleId(Setting s) {
        try {
            return RuleId.of(s.rule().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failure.usage("--set " + s.format() + ": " + e.getMessage());
        }
    }

    private static String names(Rule<?, ?> rule) {
        List<String> names = rule.parameters().stream().map(Parameter::name).collect(Collectors.toList());
        names.add(Setting.TARGET);
        names.add(Setting.WEIGHT);
        return String.join(", ", names);
    }
}
