package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.rules.Basis;
import io.github.circularj.rules.Citation;
import io.github.circularj.rules.Rule;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule's citation and basis against the project's policy reference (source and basis columns of the
 * enterprise and city tables). Where the reference says "STATUTE (n is LIBRARY_DEFAULT)", the rule cites
 * the statute and its term the same document as a library default.
 */
class CitationsTest {

    /** One term as the reference states it: its days or scope (the term's label), its basis and whether mandatory. */
    record TermBasis(String label, Basis basis, boolean mandatory) {
    }

    /** An enterprise rule as the reference states it: its documents in order, the rule's basis and every term. */
    record Declared(String rule, List<String> titles, Basis basis, List<TermBasis> terms) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Declared rule(String rule, List<String> titles, Basis basis, TermBasis... terms) {
        return new Declared(rule, titles, basis, List.of(terms));
    }

    static TermBasis always(Basis basis, boolean mandatory) {
        return new TermBasis("always", basis, mandatory);
    }

    static TermBasis scoped(String scope, Basis basis, boolean mandatory) {
        return new TermBasis("always; " + scope, basis, mandatory);
    }

    private static final String STD = "数据安全技术 电子产品信息清除技术要求";
    private static final String USED_EEE = "旧电器电子产品流通管理办法";

    /**
     * The reference's enterprise table, row by row: the documents of the source column, the basis column and,
     * where the basis differs by goods, role or date, one term for each with its own basis and mandatoriness.
     */
    static Stream<Declared> enterprise() {
        return Stream.of(
                // STATUTE for used EEE, used cars and pawn, mandatory there; LIBRARY_DEFAULT elsewhere; Art. 27 of the
                // E-Commerce Law binds platforms, not buyers-in, so it is not cited.
                rule("SRC-REGISTRATION", List.of(USED_EEE, "二手车流通管理办法", "治安管理处罚法", "废旧金属收购业治安管理办法"), Basis.STATUTE,
                        scoped(EnterpriseRule.STATUTORY_INTAKES, Basis.STATUTE, true),
                        scoped(EnterpriseRule.OTHER_GOODS, Basis.LIBRARY_DEFAULT, false)),
                rule("SRC-PROVENANCE", List.of("报废机动车回收管理办法"), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                // STATUTE for platforms, WEEE processors and auctioneers; LIBRARY_DEFAULT 3 y for other operators.
                rule("SRC-RETENTION", List.of("电子商务法", "废弃电器电子产品回收处理管理条例", "拍卖法"), Basis.STATUTE,
                        scoped(EnterpriseRule.STATUTORY_KEEPERS, Basis.STATUTE, false),
                        scoped(EnterpriseRule.OTHER_OPERATORS, Basis.LIBRARY_DEFAULT, false)),
                rule("SRC-PROHIBITED", List.of("废旧金属收购业治安管理办法", "拍卖法", "治安管理处罚法"), Basis.STATUTE,
                        always(Basis.STATUTE, true)),
                // "STATUTE (24 h is LIBRARY_DEFAULT)": the 100 % target is the statute's "at once"; the hours a default.
                rule("SRC-POLICE-REPORT", List.of("废旧金属收购业治安管理办法", "报废机动车回收管理办法"), Basis.STATUTE,
                        always(Basis.STATUTE, false)),
                rule("RECORD-INTEGRITY", List.of("电子商务法", USED_EEE, "报废机动车回收管理办法"), Basis.STATUTE,
                        always(Basis.LIBRARY_DEFAULT, false)),
                // Before 2027-01-01: 95 %, LIBRARY_DEFAULT, not mandatory; from 2027-01-01: 100 %, STANDARD, mandatory.
                rule("DATA-ERASURE", List.of(STD), Basis.STANDARD, new TermBasis("before 2027-01-01", Basis.LIBRARY_DEFAULT, false),
                        new TermBasis("from 2027-01-01", Basis.STANDARD, true)),
                rule("DATA-ERASURE-METHOD", List.of(STD), Basis.STANDARD,
                        new TermBasis("before 2027-01-01", Basis.LIBRARY_DEFAULT, false),
                        new TermBasis("from 2027-01-01", Basis.STANDARD, true)),
                // Mandatory for used EEE and refurbished goods; STATUTE but not mandatory for other goods (Art. 20).
                rule("DISC-SECONDHAND-LABEL", List.of("废弃电器电子产品回收处理管理条例", USED_EEE, "循环经济促进法", "消费者权益保护法"),
                        Basis.STATUTE, scoped(EnterpriseRule.ELECTRICAL_OR_REFURBISHED, Basis.STATUTE, true),
                        scoped(EnterpriseRule.OTHER_GOODS, Basis.STATUTE, false)),
                rule("DISC-CONDITION", List.of("消费者权益保护法", "电子商务法", "GB/T 45656-2025", "T/TAF 173-2023", "GB/T 30323"),
                        Basis.STATUTE, always(Basis.LIBRARY_DEFAULT, false)),
                rule("DISC-REPAIR-HISTORY", List.of("循环经济促进法"), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                rule("DISC-VEHICLE-HISTORY", List.of("二手车流通管理办法"), Basis.STATUTE, always(Basis.STATUTE, false)),
                rule("RETURN-7DAY", List.of("消费者权益保护法"), Basis.STATUTE, always(Basis.STATUTE, false)),
                rule("REFUND-7DAY", List.of("消费者权益保护法"), Basis.STATUTE, always(Basis.STATUTE, false)),
                // LIBRARY_DEFAULT; each category cites its own source.
                rule("WARRANTY-REFURB", List.of(USED_EEE, "二手车交易规范"), Basis.LIBRARY_DEFAULT,
                        scoped(EnterpriseRule.ELECTRICAL, Basis.LIBRARY_DEFAULT, false),
                        scoped(EnterpriseRule.VEHICLES, Basis.LIBRARY_DEFAULT, false),
                        scoped(EnterpriseRule.OTHER_GOODS, Basis.LIBRARY_DEFAULT, false)),
                // STATUTE for the 30 days, the new owner's duty; holding the dealer to it is LIBRARY_DEFAULT.
                rule("CAR-TRANSFER-30D", List.of("机动车登记规定"), Basis.STATUTE, always(Basis.LIBRARY_DEFAULT, false)),
                rule("WEEE-HANDOVER", List.of("废弃电器电子产品回收处理管理条例"), Basis.STATUTE, always(Basis.STATUTE, true)),
                rule("ELV-HANDOVER", List.of("报废机动车回收管理办法"), Basis.STATUTE, always(Basis.STATUTE, true)),
                rule("REUSE-RATE", List.of("二手商品流通试点工作方案"), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)));
    }

    static TermBasis year(int year, Basis basis) {
        return new TermBasis("from " + year + "-01-01, before " + (year + 1) + "-01-01", basis, false);
    }

    static TermBasis from(int year, Basis basis) {
        return new TermBasis("from " + year + "-01-01", basis, false);
    }

    /**
     * The reference's city table: published targets are POLICY_TARGET for their end years, the years between a
     * straight line (LIBRARY_DEFAULT); benchmarks and defaults say so and cite no document as if it set them.
     */
    static Stream<Declared> city() {
        String def = "Circular library default";
        return Stream.of(
                rule("CITY-ENTERPRISE-COMPLIANCE", List.of(def), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                rule("CITY-ENTERPRISE-COMPLIANT-SHARE", List.of(def), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                rule("CITY-MARKET-GROWTH", List.of("MOFCOM figures, 2025"), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                rule("CITY-APPLIANCE-RECOVERY", List.of("商消费发〔2024〕58号", "商流通发〔2024〕18号"), Basis.POLICY_TARGET,
                        year(2024, Basis.LIBRARY_DEFAULT), year(2025, Basis.POLICY_TARGET), year(2026, Basis.LIBRARY_DEFAULT),
                        from(2027, Basis.POLICY_TARGET)),
                rule("CITY-USED-CAR-GROWTH", List.of("商消费发〔2024〕58号"), Basis.POLICY_TARGET, year(2024, Basis.LIBRARY_DEFAULT),
                        year(2025, Basis.LIBRARY_DEFAULT), year(2026, Basis.LIBRARY_DEFAULT), from(2027, Basis.POLICY_TARGET)),
                rule("CITY-ELV-RECOVERY", List.of("商消费发〔2024〕58号"), Basis.POLICY_TARGET, year(2024, Basis.LIBRARY_DEFAULT),
                        year(2025, Basis.POLICY_TARGET), year(2026, Basis.LIBRARY_DEFAULT), from(2027, Basis.POLICY_TARGET)),
                rule("CITY-COLLECTION-NETWORK", List.of("商流通发〔2024〕18号"), Basis.LIBRARY_DEFAULT, always(Basis.LIBRARY_DEFAULT, false)),
                // a LIBRARY_DEFAULT number on a STANDARD
                rule("CITY-STANDARD-MARKETS", List.of("GB/T 33492-2024 二手货交易市场经营管理规范"), Basis.STANDARD,
                        always(Basis.LIBRARY_DEFAULT, false)),
                rule("CITY-ERASURE-CAPACITY", List.of("数据安全技术 电子产品信息清除技术要求"), Basis.STANDARD, from(2027, Basis.STANDARD)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enterprise")
    void everyEnterpriseRuleCitesItsSourcesWithTheBasisOfEachTerm(Declared d) {
        check(SecondhandPilot.enterprisePack().rule(RuleId.of(d.rule())).orElseThrow(), d);
    }

    static void check(Rule<?, ?> rule, Declared d) {
        assertThat(rule.citation().sources()).extracting(Citation.Source::title).containsExactlyElementsOf(d.titles());
        assertThat(rule.citation().basis()).isEqualTo(d.basis());
        List<TermBasis> actual = new ArrayList<>();
        for (Term term : rule.terms()) {
            actual.add(new TermBasis(term.label(), term.citation().orElse(rule.citation()).basis(), term.mandatory()));
        }
        assertThat(actual).containsExactlyElementsOf(d.terms());
    }

    @org.junit.jupiter.api.Test
    void sourcesWhoseArticleCouldNotBeVerifiedSaySo() {
        // The reference: 旧电器电子产品流通管理办法 and 二手车流通管理办法 (registration): "article(s) not verified";
        // 治安管理处罚法 Art. 59: "renumbering by the 2025 revision not verified".
        Citation registration = SecondhandPilot.enterprisePack().rule(SecondhandPilot.SRC_REGISTRATION).orElseThrow().citation();
        assertThat(registration.sources()).filteredOn(src -> !src.title().equals("废旧金属收购业治安管理办法"))
                .allSatisfy(src -> assertThat(src.article()).contains("not verified"));
        Citation warranty = SecondhandPilot.enterprisePack().rule(SecondhandPilot.WARRANTY_REFURB).orElseThrow().citation();
        assertThat(warranty.sources()).allSatisfy(src -> assertThat(src.article()).contains("not verified"));
        Citation passes = SecondhandPilot.enterprisePack().rule(SecondhandPilot.DATA_ERASURE_METHOD).orElseThrow()
                .parameter(EnterpriseRule.MAGNETIC_PASSES).orElseThrow().latest().citation();
        assertThat(passes.article()).contains("not verified");
    }

    @org.junit.jupiter.api.Test
    void aPhonesWarrantyNeverCitesAUsedCarRule() {
        Rule<?, ?> warranty = SecondhandPilot.enterprisePack().rule(SecondhandPilot.WARRANTY_REFURB).orElseThrow();
        for (Term term : warranty.terms()) {
            List<String> titles = term.citation().orElseThrow().sources().stream().map(Citation.Source::title).toList();
            if (term.scope().equals(EnterpriseRule.ELECTRICAL)) {
                assertThat(titles).containsExactly(USED_EEE);
            } else if (term.scope().equals(EnterpriseRule.VEHICLES)) {
                assertThat(titles).containsExactly("二手车交易规范");
            } else {
                assertThat(titles).doesNotContain("二手车交易规范", USED_EEE);
                assertThat(term.citation().orElseThrow().basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theECommerceLawsPlatformArticleIsNotCitedForBuyingIn() {
        Rule<?, ?> registration = SecondhandPilot.enterprisePack().rule(SecondhandPilot.SRC_REGISTRATION).orElseThrow();
        assertThat(registration.citation().sources()).noneMatch(src -> src.title().equals("电子商务法"));
        for (Term term : registration.terms()) {
            assertThat(term.citation().orElseThrow().sources()).noneMatch(src -> src.title().equals("电子商务法"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city")
    void everyCityRuleCitesItsSourcesWithTheBasisOfEachTerm(Declared d) {
        check(SecondhandPilot.cityPack().rule(RuleId.of(d.rule())).orElseThrow(), d);
    }

    @org.junit.jupiter.api.Test
    void thePacksHoldExactlyTheRulesOfTheReference() {
        assertThat(SecondhandPilot.enterprisePack().rules()).extracting(r -> r.id().value())
                .containsExactlyElementsOf(enterprise().map(Declared::rule).toList());
        assertThat(SecondhandPilot.cityPack().rules()).extracting(r -> r.id().value())
                .containsExactlyElementsOf(city().map(Declared::rule).toList());
    }

    @org.junit.jupiter.api.Test
    void theErasureStandardIsCitedWithItsIssuersAndInForceDate() {
        Citation c = SecondhandPilot.enterprisePack().rule(SecondhandPilot.DATA_ERASURE).orElseThrow().citation();

        assertThat(c.date()).isEqualTo(Optional.of(LocalDate.of(2027, 1, 1)));
        assertThat(c.issuer()).contains("State Administration for Market Regulation");
        assertThat(List.of(c.toString())).containsExactly("数据安全技术 电子产品信息清除技术要求, in force 2027-01-01");
    }

    @org.junit.jupiter.api.Test
    void thePoliceReportWindowIsALibraryDefaultOnEverySource() {
        Citation window = SecondhandPilot.enterprisePack().rule(SecondhandPilot.SRC_POLICE_REPORT).orElseThrow()
                .parameter(EnterpriseRule.REPORT_WINDOW).orElseThrow().latest().citation();
        assertThat(window.sources()).hasSize(2).allMatch(source -> source.basis() == Basis.LIBRARY_DEFAULT);
    }
}
