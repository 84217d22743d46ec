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

    /** The expected citation: source text (title then article), rule basis and the term's basis. */
    record Expected(String rule, String source, Basis basis, Basis termBasis) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Expected of(String rule, String source, Basis basis) {
        return new Expected(rule, source, basis, basis);
    }

    static Stream<Expected> enterprise() {
        return Stream.of(
                of("SRC-REGISTRATION", "废旧金属收购业治安管理办法 Art. 7 (analogue); 电子商务法 Art. 27 (platform sellers)", Basis.STATUTE),
                of("SRC-PROVENANCE", "报废机动车回收管理办法 Art. 10, 13 (vehicles)", Basis.LIBRARY_DEFAULT),
                of("SRC-RETENTION", "电子商务法 Art. 31 (3 y); 废弃电器电子产品回收处理管理条例 Art. 17 (3 y); 拍卖法 Art. 54 (5 y)",
                        Basis.STATUTE),
                of("SRC-PROHIBITED", "废旧金属收购业治安管理办法 Art. 8; 拍卖法 Art. 7", Basis.STATUTE),
                // Reference: "STATUTE (24 h is LIBRARY_DEFAULT)": the 100 % target is the statute's "at once",
                // the hours are the parameter's, a default.
                of("SRC-POLICE-REPORT", "废旧金属收购业治安管理办法 Art. 9–10; 报废机动车回收管理办法 Art. 10", Basis.STATUTE),
                new Expected("RECORD-INTEGRITY", "电子商务法 Art. 31 (transaction records); 旧电器电子产品流通管理办法 per-item file"
                        + " (article not verified); 报废机动车回收管理办法 Art. 10", Basis.STATUTE, Basis.LIBRARY_DEFAULT),
                of("DATA-ERASURE", "数据安全技术 电子产品信息清除技术要求", Basis.STANDARD),
                of("DATA-ERASURE-METHOD", "数据安全技术 电子产品信息清除技术要求", Basis.STANDARD),
                of("DISC-SECONDHAND-LABEL", "循环经济促进法 Art. 39, 40, 56 (fine RMB 5,000–50,000); 废弃电器电子产品回收处理管理条例 Art. 12",
                        Basis.STATUTE),
                new Expected("DISC-CONDITION", "消费者权益保护法 Art. 20, 23; 电子商务法 Art. 17; GB/T 45656-2025"
                        + " (grading of used electronics); T/TAF 173-2023 (grading of used phones); GB/T 30323 (used cars)", Basis.STATUTE, Basis.LIBRARY_DEFAULT),
                of("DISC-REPAIR-HISTORY", "循环经济促进法 Art. 39", Basis.LIBRARY_DEFAULT),
                of("DISC-VEHICLE-HISTORY", "二手车流通管理办法 Art. 14", Basis.STATUTE),
                of("RETURN-7DAY", "消费者权益保护法 Art. 25", Basis.STATUTE),
                of("REFUND-7DAY", "消费者权益保护法 Art. 25", Basis.STATUTE),
                of("WARRANTY-REFURB", "二手车交易规范 used cars ≤ 3 years / 60,000 km: ≥ 3 months or 5,000 km (unverified)",
                        Basis.LIBRARY_DEFAULT),
                of("CAR-TRANSFER-30D", "机动车登记规定 Art. 25", Basis.STATUTE),
                of("WEEE-HANDOVER", "废弃电器电子产品回收处理管理条例 Art. 2, 6, 11, 28 (fine RMB 50,000–500,000)", Basis.STATUTE),
                of("ELV-HANDOVER", "报废机动车回收管理办法 Art. 5, 11, 12", Basis.STATUTE),
                of("REUSE-RATE", "二手商品流通试点工作方案", Basis.LIBRARY_DEFAULT));
    }

    static Stream<Expected> city() {
        return Stream.of(
                of("CITY-ENTERPRISE-COMPLIANCE", "二手商品流通试点工作方案", Basis.LIBRARY_DEFAULT),
                of("CITY-ENTERPRISE-COMPLIANT-SHARE", "二手商品流通试点工作方案", Basis.LIBRARY_DEFAULT),
                of("CITY-MARKET-GROWTH", "MOFCOM, 2025 national 6-year CAGR (benchmark)", Basis.POLICY_TARGET),
                of("CITY-APPLIANCE-RECOVERY", "商消费发〔2024〕58号; 商流通发〔2024〕18号", Basis.POLICY_TARGET),
                of("CITY-USED-CAR-GROWTH", "商消费发〔2024〕58号", Basis.POLICY_TARGET),
                of("CITY-COLLECTION-NETWORK", "商流通发〔2024〕18号", Basis.LIBRARY_DEFAULT),
                of("CITY-STANDARD-MARKETS", "GB/T 33492-2024 二手货交易市场经营管理规范", Basis.STANDARD),
                of("CITY-ERASURE-CAPACITY", "数据安全技术 电子产品信息清除技术要求", Basis.STANDARD));
    }

    /** Every source's title and article, joined as the reference's source column joins them. */
    static String source(Citation c) {
        List<String> parts = new ArrayList<>();
        for (Citation.Source s : c.sources()) {
            parts.add(s.title() + (s.article().isEmpty() ? "" : " " + s.article()));
        }
        return String.join("; ", parts);
    }

    static void check(Rule<?, ?> rule, Expected e) {
        assertThat(source(rule.citation())).isEqualTo(e.source());
        assertThat(rule.citation().basis()).isEqualTo(e.basis());
        for (Term term : rule.terms()) {
            Citation effective = term.citation().orElse(rule.citation());
            assertThat(effective.basis()).isEqualTo(e.termBasis());
            assertThat(effective.title()).isEqualTo(rule.citation().title());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enterprise")
    void everyEnterpriseRuleCitesItsSourceWithItsBasis(Expected e) {
        check(SecondhandPilot.enterprisePack().rule(RuleId.of(e.rule())).orElseThrow(), e);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("city")
    void everyCityRuleCitesItsSourceWithItsBasis(Expected e) {
        check(SecondhandPilot.cityPack().rule(RuleId.of(e.rule())).orElseThrow(), e);
    }

    @org.junit.jupiter.api.Test
    void thePacksHoldExactlyTheRulesOfTheReference() {
        assertThat(SecondhandPilot.enterprisePack().rules()).extracting(r -> r.id().value())
                .containsExactlyElementsOf(enterprise().map(Expected::rule).toList());
        assertThat(SecondhandPilot.cityPack().rules()).extracting(r -> r.id().value())
                .containsExactlyElementsOf(city().map(Expected::rule).toList());
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
