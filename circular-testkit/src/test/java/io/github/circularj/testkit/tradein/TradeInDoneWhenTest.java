package io.github.circularj.testkit.tradein;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.rules.ComplianceEngine;
import io.github.circularj.rules.Finding;
import io.github.circularj.rules.Outcome;
import io.github.circularj.rules.RuleId;
import io.github.circularj.rules.Scorecard;
import io.github.circularj.rules.tradein.TradeInProgramme;
import io.github.circularj.testkit.SyntheticTradeIn;
import io.github.circularj.testkit.TradeInViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's "done when": a retailer with 1,000 claims and 7 kinds of planted violations gets exactly those
 * findings, each with the right evidence.
 */
class TradeInDoneWhenTest {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builder().evidenceLimit(1000).build();

    private static SyntheticTradeIn planted(long seed) {
        SyntheticTradeIn.Builder b = SyntheticTradeIn.retailer(seed).claims(1000);
        for (TradeInViolation v : TradeInViolation.values()) {
            b.rate(v, 0.02);
        }
        return b.build();
    }

    /** The claims of the ledger by sale id, read from the ledger itself (not from the pack). */
    private static Map<String, SubsidyClaim> claims(SyntheticTradeIn retailer) {
        Map<String, SubsidyClaim> out = new HashMap<>();
        for (Lifecycle l : retailer.ledger()) {
            for (SoldNew s : l.events(SoldNew.class)) {
                s.claim().ifPresent(c -> out.put(s.id().value(), c));
            }
        }
        return out;
    }

    private static TreeSet<String> saleIds(Finding f) {
        TreeSet<String> ids = new TreeSet<>();
        f.evidence().ids().forEach(id -> ids.add(id.substring(0, id.indexOf(':'))));
        return ids;
    }

    @Test
    void aRetailerWithSevenKindsOfPlantedViolationsGetsExactlyThoseFindings() {
        SyntheticTradeIn retailer = planted(22);
        assertThat(retailer.claimCount()).isEqualTo(1000);
        for (TradeInViolation v : TradeInViolation.values()) {
            assertThat(retailer.planted(v)).as("planted %s", v).isNotEmpty();
        }
        Scorecard card = ENGINE.score(retailer.subject(), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF);
        assertThat(card.findings()).hasSize(7);
        // the ledger was built from validated lifecycles: nothing was refused, and every claim read is a record
        Finding integrity = card.finding(TradeInProgramme.RECORD_INTEGRITY).orElseThrow();
        assertThat(integrity.outcome()).isEqualTo(Outcome.MET);
        assertThat(integrity.evidence().ids()).isEmpty();
        for (Finding f : card.findings()) {
            if (f == integrity) {
                continue;
            }
            TreeSet<String> expected = new TreeSet<>();
            for (TradeInViolation v : TradeInViolation.values()) {
                if (v.rule().equals(f.ruleId())) {
                    expected.addAll(retailer.planted(v));
                }
            }
            // Every claim must comply, except OLD-ITEM-TRACE's library-default 90 %, which 2 % untraced old items meet.
            assertThat(f.outcome()).as("%s", f.ruleId())
                    .isEqualTo(f.ruleId().equals(TradeInProgramme.OLD_ITEM_TRACE) ? Outcome.MET : Outcome.NOT_MET);
            assertThat(f.evidence().count()).as("%s", f.ruleId()).isEqualTo(expected.size());
            assertThat(saleIds(f)).as("%s", f.ruleId()).isEqualTo(expected);
            long inScope = f.measurement().denominator().orElseThrow();
            assertThat(f.measurement().numerator()).hasValue(inScope - expected.size());
        }
    }

    @Test
    void eachOffendingClaimSaysByHowMuch() {
        SyntheticTradeIn retailer = planted(22);
        Map<String, SubsidyClaim> claims = claims(retailer);
        Scorecard card = ENGINE.score(retailer.subject(), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF);
        Finding itemCap = card.finding(TradeInProgramme.ITEM_CAP).orElseThrow();
        for (String id : itemCap.evidence().ids()) {
            SubsidyClaim c = claims.get(id.substring(0, id.indexOf(':')));
            assertThat(id).endsWith(": claimed RMB " + c.claimed().amount().toPlainString() + ", at most RMB 500.00");
        }
        Finding rate = card.finding(TradeInProgramme.RATE).orElseThrow();
        for (String id : rate.evidence().ids()) {
            SubsidyClaim c = claims.get(id.substring(0, id.indexOf(':')));
            // The generator plants over-rate claims on phones of RMB 2,000: 15 % is RMB 300.00.
            assertThat(id).endsWith(": claimed RMB " + c.claimed().amount().toPlainString()
                    + ", at most RMB 300.00 (15 % of RMB 2000.00)");
        }
        Finding priceCap = card.finding(TradeInProgramme.PRICE_CAP).orElseThrow();
        for (String id : priceCap.evidence().ids()) {
            SubsidyClaim c = claims.get(id.substring(0, id.indexOf(':')));
            assertThat(id).endsWith(": unit price RMB " + c.finalPrice().amount().toPlainString() + ", at most RMB 6000.00");
        }
        Finding perPerson = card.finding(TradeInProgramme.PER_PERSON).orElseThrow();
        for (String id : perPerson.evidence().ids()) {
            SubsidyClaim c = claims.get(id.substring(0, id.indexOf(':')));
            assertThat(id).endsWith(": buyer " + c.buyer() + ", 2 " + c.category() + " claims, at most 1");
        }
        Finding eligible = card.finding(TradeInProgramme.ELIGIBLE).orElseThrow();
        assertThat(eligible.evidence().ids()).allSatisfy(id -> assertThat(id).matches(
                "S-001-\\d{4}: (item category electronics/phone is not a tablet|energy grade 3, grade 2 or better required)"));
        assertThat(eligible.evidence().ids().stream().filter(id -> id.contains("energy grade 3")).count())
                .isEqualTo(retailer.planted(TradeInViolation.LOW_GRADE).size());
        Finding trace = card.finding(TradeInProgramme.OLD_ITEM_TRACE).orElseThrow();
        assertThat(trace.evidence().ids()).allSatisfy(id -> assertThat(id).matches("S-001-(\\d{4}): old item O-001-\\1 collected"
                + " 2025-\\d\\d-\\d\\d reached neither resale after inspection nor a licensed processor within 90 days"));
        assertThat(itemCap.message()).startsWith(itemCap.evidence().count() + " of ").contains("claimed more than the per-item cap (S-001-");
    }

    @Test
    void aRetailerWithoutPlantedViolationsMeetsEveryRule() {
        SyntheticTradeIn clean = SyntheticTradeIn.retailer(7).claims(300).build();
        Scorecard card = ENGINE.score(clean.subject(), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF);
        assertThat(card.findings()).extracting(Finding::outcome).containsOnly(Outcome.MET);
        assertThat(card.score()).isEqualTo(100.0);
    }

    @Test
    void aProgrammeRegionSeesRepeatsAcrossRetailersThatNoRetailerSees() {
        SyntheticTradeIn first = SyntheticTradeIn.retailer(1).claims(120).build();
        SyntheticTradeIn second = SyntheticTradeIn.retailer(2).number(2).claims(80).repeatingBuyersOf(first, 9).build();
        RuleId perPerson = TradeInProgramme.PER_PERSON;
        for (SyntheticTradeIn r : List.of(first, second)) {
            assertThat(ENGINE.score(r.subject(), TradeInProgramme.pack(), SyntheticTradeIn.AS_OF).finding(perPerson)
                    .orElseThrow().outcome()).isEqualTo(Outcome.MET);
        }
        var region = io.github.circularj.rules.tradein.ProgrammeRegion.of(
                io.github.circularj.model.party.DivisionCode.parse("338100"), "Quenmora (synthetic)", List.of(first.subject(), second.subject()));
        Finding f = ENGINE.score(region, TradeInProgramme.pack(), SyntheticTradeIn.AS_OF).finding(perPerson).orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(f.evidence().count()).isEqualTo(9);
        assertThat(saleIds(f)).isEqualTo(second.planted(TradeInViolation.REPEAT_BUYER)).hasSize(9);
        assertThat(f.measurement().denominator()).hasValue(200);
    }
}
