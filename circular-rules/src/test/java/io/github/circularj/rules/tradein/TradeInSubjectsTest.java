package io.github.circularj.rules.tradein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.History;
import io.github.circularj.model.lifecycle.Intake;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.subsidy.TradeInLink;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a retailer's and a region's subjects read from the ledgers: the claims of the period, each with its old item. */
class TradeInSubjectsTest {

    private static final Actor STAFF = Actor.of("staff-01");
    private static final City QUENMORA = City.of("338100", "Quenmora (synthetic)");
    private static final Enterprise SHOP = new Enterprise(CreditCode.parse("91338100MA27TQ001"
            + CreditCode.checkCharacterFor("91338100MA27TQ001")), "Example Shop (synthetic)", QUENMORA,
            EnumSet.of(EnterpriseRole.DEALER));

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static SubsidyClaim fridgeClaim(String oldItem) {
        return SubsidyClaim.of(ProgrammeCategory.REFRIGERATOR, cny("300.00"), cny("3000.00"), BuyerReference.of("B-1"))
                .withTradeIn(TradeInLink.of(ItemId.of(oldItem), EventId.of(oldItem + "-1")));
    }

    private static Lifecycle collected(String id, CollectionChannel channel) {
        return History.of(Item.of(ItemId.of(id), Product.of("Acme", "Old", Category.LARGE_APPLIANCE))).by(STAFF)
                .at(Instant.parse("2025-03-01T01:00:00Z")).collected(Intake.of(channel, PersonCounterparty.unverified("c")))
                .lifecycle();
    }

    private static Lifecycle sold(String id, Instant at, Optional<SubsidyClaim> claim) {
        History h = History.of(Item.of(ItemId.of(id), Product.of("Acme", "New", Category.LARGE_APPLIANCE))).by(STAFF).at(at);
        return (claim.isPresent() ? h.soldNew(claim.get()) : h.soldNew()).lifecycle();
    }

    @Test
    void aRetailerReadsTheClaimsOfItsPeriodEachWithTheOldItemItCollectedByTradeIn() {
        Ledger ledger = Ledger.of(SHOP, ReportingPeriod.ofYear(2025), List.of(
                collected("OLD-1", CollectionChannel.TRADE_IN),
                collected("OLD-2", CollectionChannel.BUY_BACK),
                sold("N-1", Instant.parse("2025-03-01T02:00:00Z"), Optional.of(fridgeClaim("OLD-1"))),
                sold("N-2", Instant.parse("2025-03-01T03:00:00Z"), Optional.of(fridgeClaim("OLD-2"))),
                sold("N-3", Instant.parse("2025-03-01T04:00:00Z"), Optional.empty()),
                // 2025-12-31T16:30Z is 2026-01-01 in Shanghai: outside the period
                sold("N-4", Instant.parse("2025-12-31T16:30:00Z"), Optional.of(fridgeClaim("OLD-1"))),
                // 2024-12-31T16:30Z is 2025-01-01 in Shanghai: inside
                sold("N-5", Instant.parse("2024-12-31T16:30:00Z"), Optional.of(fridgeClaim("OLD-9")))));
        RetailerSubject shop = RetailerSubject.of(ledger);
        List<TradeInClaim> claims = shop.records().toList();
        assertThat(claims).extracting(TradeInClaim::id).containsExactlyInAnyOrder("N-1-1", "N-2-1", "N-5-1");
        TradeInClaim n1 = claims.stream().filter(c -> c.id().equals("N-1-1")).findFirst().orElseThrow();
        assertThat(n1.oldItem().map(Lifecycle::itemId)).contains(ItemId.of("OLD-1"));
        assertThat(n1.retailer()).isEqualTo(shop.id());
        // OLD-2 was bought back, not traded in; OLD-9 is not in the ledger
        assertThat(claims).filteredOn(c -> !c.id().equals("N-1-1")).allSatisfy(c -> assertThat(c.oldItem()).isEmpty());
        assertThat(shop.retailer()).isEqualTo(SHOP);
        assertThat(shop.ledger()).isSameAs(ledger);
        assertThat(shop.id()).isEqualTo(SHOP.creditCode().toString());
        assertThat(shop.name()).isEqualTo("Example Shop (synthetic)");
        assertThat(shop.toString()).isEqualTo(SHOP.creditCode() + " (Example Shop (synthetic)) " + ledger.period());
        assertThat(n1.toString()).isEqualTo("N-1-1 refrigerator CNY 300.00 of CNY 3000.00 for " + BuyerReference.of("B-1"));
    }

    @Test
    void aClaimNamesOnlyTheOldItemItLinks() {
        Lifecycle n1 = sold("N-1", Instant.parse("2025-03-01T02:00:00Z"), Optional.of(fridgeClaim("OLD-1")));
        SoldNew sale = n1.events(SoldNew.class).get(0);
        assertThat(new TradeInClaim("R", n1.item(), sale, Optional.of(collected("OLD-1", CollectionChannel.TRADE_IN)))
                .oldItem()).isPresent();
        assertThatIllegalArgumentException().isThrownBy(() -> new TradeInClaim("R", n1.item(), sale,
                Optional.of(collected("OLD-2", CollectionChannel.TRADE_IN))))
                .withMessage("oldItem \"OLD-2\" is not the old item the claim of sale \"N-1-1\" links");
        Lifecycle n2 = sold("N-2", Instant.parse("2025-03-01T02:00:00Z"),
                Optional.of(SubsidyClaim.of(ProgrammeCategory.PHONE, cny("1.00"), cny("10.00"), BuyerReference.of("B-1"))));
        assertThatIllegalArgumentException().isThrownBy(() -> new TradeInClaim("R", n2.item(), n2.events(SoldNew.class).get(0),
                Optional.of(collected("OLD-1", CollectionChannel.TRADE_IN))))
                .withMessage("oldItem \"OLD-1\" is not the old item the claim of sale \"N-2-1\" links");
    }

    @Test
    void aRegionIsNamedAndCountsItsRetailers() {
        RetailerSubject shop = RetailerSubject.of(Ledger.of(SHOP, ReportingPeriod.ofYear(2025), List.of()));
        ProgrammeRegion one = ProgrammeRegion.of(DivisionCode.parse("338100"), "Quenmora (synthetic)", List.of(shop));
        assertThat(one.id()).isEqualTo("338100");
        assertThat(one.name()).isEqualTo("Quenmora (synthetic)");
        assertThat(one.toString()).isEqualTo("338100 (Quenmora (synthetic)) 1 retailer");
        assertThat(ProgrammeRegion.of(DivisionCode.parse("338100"), "Quenmora (synthetic)", List.of()).toString())
                .isEqualTo("338100 (Quenmora (synthetic)) 0 retailers");
        assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeRegion.of(DivisionCode.parse("338100"), " ", List.of()))
                .withMessage("region name \" \" is blank; a region has a name");
        assertThat(TradeInProgramme.packs().versions()).containsExactly(TradeInProgramme.pack());
    }
}
