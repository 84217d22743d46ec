package io.github.circularj.model.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Money;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.ValueContract;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.model.subsidy.SubsidyProgramme;
import io.github.circularj.model.subsidy.TradeInLink;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform and subsidy values read back what they were given, and compare as values. */
class PlatformValuesTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private static final Enterprise PLATFORM = new Enterprise(CreditCode.parse("91338100MA27TX001"
            + CreditCode.checkCharacterFor("91338100MA27TX001")), "Example Platform (synthetic)",
            City.of("338100", "Quenmora (synthetic)"), EnumSet.of(EnterpriseRole.PLATFORM));

    private static SellerAccount.Builder account(String id) {
        return SellerAccount.builder(id, SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K", T))
                .recheck(SellerCheck.of("K2", T.plusSeconds(10))).operatorRegistration(SellerCheck.of("R", T.plusSeconds(5)))
                .suspendedAt(T.plusSeconds(20));
    }

    @Test
    void anAccountReadsBackWhatItWasGivenAndComparesByEveryField() {
        SellerAccount a = account("S-1").build();
        assertThat(a.id()).isEqualTo("S-1");
        assertThat(a.kind()).isEqualTo(SellerKind.PRIVATE_PERSON);
        assertThat(a.openedAt()).isEqualTo(T);
        assertThat(a.verification()).contains(SellerCheck.of("K", T));
        assertThat(a.rechecks()).containsExactly(SellerCheck.of("K2", T.plusSeconds(10)));
        assertThat(a.operatorRegistration()).contains(SellerCheck.of("R", T.plusSeconds(5)));
        assertThat(a.suspendedAt()).contains(T.plusSeconds(20));
        assertThat(a.isLicenceDisplayed()).isFalse();
        assertThat(a).hasToString("S-1 (PRIVATE_PERSON)");
        SellerAccount shop = SellerAccount.builder("S-1", SellerKind.ENTERPRISE, T).licenceDisplayed().build();
        assertThat(shop.isLicenceDisplayed()).isTrue();
        assertThat(shop.verification()).isEmpty();
        ValueContract.assertValueSemantics(a, account("S-1").build(), List.of(
                account("S-2").build(),
                shop,
                SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T.minusSeconds(1)).verified(SellerCheck.of("K", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).operatorRegistration(SellerCheck.of("R", T.plusSeconds(5)))
                        .suspendedAt(T.plusSeconds(20)).build(),
                SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K0", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).operatorRegistration(SellerCheck.of("R", T.plusSeconds(5)))
                        .suspendedAt(T.plusSeconds(20)).build(),
                SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K", T))
                        .operatorRegistration(SellerCheck.of("R", T.plusSeconds(5))).suspendedAt(T.plusSeconds(20)).build(),
                SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).suspendedAt(T.plusSeconds(20)).build(),
                SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).operatorRegistration(SellerCheck.of("R", T.plusSeconds(5)))
                        .build(),
                SellerAccount.builder("S-1", SellerKind.ENTERPRISE, T).verified(SellerCheck.of("K", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).suspendedAt(T.plusSeconds(20)).build(),
                SellerAccount.builder("S-1", SellerKind.ENTERPRISE, T).verified(SellerCheck.of("K", T))
                        .recheck(SellerCheck.of("K2", T.plusSeconds(10))).suspendedAt(T.plusSeconds(20)).licenceDisplayed()
                        .build()));
    }

    @Test
    void checksMayShareAnInstantButAnOperatorRegistrationMayNotPrecedeTheOpening() {
        SellerAccount same = SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).verified(SellerCheck.of("K", T))
                .recheck(SellerCheck.of("K2", T)).build();
        assertThat(same.checks()).hasSize(2);
        assertThatIllegalArgumentException().isThrownBy(() -> SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T)
                .operatorRegistration(SellerCheck.of("R", T.minusSeconds(1))).build())
                .withMessageContaining("operator registration");
        assertThat(SellerAccount.builder("S-1", SellerKind.PRIVATE_PERSON, T).operatorRegistration(SellerCheck.of("R", T))
                .suspendedAt(T).build().suspendedAt()).contains(T);
    }

    @Test
    void aListingFindsItsFirstFlagAndItsFirstActionFromAnInstant() {
        PlatformListing plain = PlatformListing.of("L-1", "S-1", Category.PHONE, T);
        assertThat(plain.firstFlag()).isEmpty();
        ListingFlag first = ListingFlag.of(T.plusSeconds(1), ListingFlag.Source.AUTHORITY, FlagReason.SEIZED);
        PlatformListing flagged = plain.withFlag(first).withFlag(ListingFlag.of(T.plusSeconds(1), ListingFlag.Source.USER_REPORT,
                FlagReason.RECALLED));
        assertThat(flagged.firstFlag()).contains(first);
        assertThat(flagged.flags()).hasSize(2);
        PlatformAction cleared = PlatformAction.of(PlatformAction.Type.CLEARED, T.plusSeconds(5));
        PlatformAction down = PlatformAction.of(PlatformAction.Type.TAKEN_DOWN, T.plusSeconds(9));
        PlatformListing acted = flagged.withAction(cleared).withAction(down);
        assertThat(acted.firstActionFrom(T)).contains(cleared);
        assertThat(acted.firstActionFrom(T.plusSeconds(5))).contains(cleared);
        assertThat(acted.firstActionFrom(T.plusSeconds(6))).contains(down);
        assertThat(acted.firstActionFrom(T.plusSeconds(10))).isEmpty();
        assertThat(down.stopsTrade()).isTrue();
        assertThat(cleared.stopsTrade()).isFalse();
        assertThat(PlatformAction.of(PlatformAction.Type.SELLER_WARNED, T).stopsTrade()).isFalse();
        // a flag at the listing's very instant is in order; one before the previous flag is not
        assertThat(plain.withFlag(ListingFlag.of(T, ListingFlag.Source.PLATFORM_CHECK, FlagReason.RECALLED)).flags()).hasSize(1);
        assertThatIllegalArgumentException().isThrownBy(() -> flagged.withFlag(ListingFlag.of(T, ListingFlag.Source.USER_REPORT,
                FlagReason.RECALLED))).withMessageContaining("before the flag before it");
    }

    @Test
    void recordsReadBackAndCompareAsValuesAndTheReportOrdersSellersFirst() {
        PlatformRecords.Builder b = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025));
        assertThat(b.seller(account("Z-1").build())).isSameAs(b);
        assertThat(b.seller(account("Z-1").build())).isSameAs(b); // a duplicate seller, refused
        assertThat(b.listing(PlatformListing.of("A-1", "S-404", Category.BOOK, T))).isSameAs(b);
        assertThat(b.transaction(PlatformTransaction.of("A-0", "A-404", BuyerReference.of("B"), T, Money.of("1.00", "CNY"))))
                .isSameAs(b);
        PlatformRecords.Result r = b.build();
        assertThat(r.report().rejected()).extracting(PlatformRecords.Rejected::kind).containsExactly("seller", "listing",
                "transaction");
        assertThat(r.report().isClean()).isFalse();
        assertThat(r.records().platform()).isEqualTo(PLATFORM);
        assertThat(r.records().period()).isEqualTo(ReportingPeriod.ofYear(2025));
        assertThat(r.records().sellerCount()).isEqualTo(1);
        assertThat(r.records()).hasToString(PLATFORM.creditCode() + " " + ReportingPeriod.ofYear(2025) + ", 1 sellers");
        PlatformRecords.Result clean = PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025)).seller(account("Z-1").build())
                .build();
        assertThat(clean.report().isClean()).isTrue();
        ValueContract.assertValueSemantics(clean.records(), PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025))
                .seller(account("Z-1").build()).build().records(), List.of(
                PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2024)).seller(account("Z-1").build()).build().records(),
                PlatformRecords.builder(PLATFORM, ReportingPeriod.ofYear(2025)).seller(account("Z-2").build()).build().records(),
                PlatformRecords.builder(new Enterprise(CreditCode.parse("91338100MA27TX002"
                        + CreditCode.checkCharacterFor("91338100MA27TX002")), "Other (synthetic)", PLATFORM.city(),
                        EnumSet.of(EnterpriseRole.PLATFORM)), ReportingPeriod.ofYear(2025)).seller(account("Z-1").build()).build()
                        .records()));
    }

    @Test
    void theSubsidyValuesReadBackWhatTheyHold() {
        assertThat(ProgrammeCategory.PHONE.code()).isEqualTo("phone");
        assertThat(ProgrammeCategory.PHONE.chineseName()).isEqualTo("手机");
        assertThat(ProgrammeCategory.PHONE.itemCategories()).containsExactly("electronics/phone");
        assertThat(ProgrammeCategory.SMART_WATCH).hasToString("smart-watch");
        assertThat(SubsidyProgramme.APPLIANCE_TRADE_IN.chineseName()).isEqualTo("家电以旧换新");
        assertThat(BuyerReference.of("B-1").compareTo(BuyerReference.of("B-2"))).isNegative();
        assertThat(BuyerReference.of("B-2").compareTo(BuyerReference.of("B-1"))).isPositive();
        assertThat(BuyerReference.of("B-1")).hasToString("B-1");
        assertThat(TradeInLink.of(ItemId.of("OLD-1"), EventId.of("OLD-1-1"))).hasToString("OLD-1 (collected OLD-1-1)");
        assertThat(EfficiencyGrade.energy(2).isAtLeastAsGoodAs(2)).isTrue();
        assertThat(EfficiencyGrade.energy(3).isAtLeastAsGoodAs(2)).isFalse();
        assertThat(EfficiencyGrade.energy(1)).hasToString("energy grade 1");
        assertThat(EfficiencyGrade.water(1)).hasToString("water grade 1");
        assertThat(EfficiencyGrade.energy(1).compareTo(EfficiencyGrade.energy(2))).isNegative();
        assertThat(EfficiencyGrade.energy(2).compareTo(EfficiencyGrade.energy(1))).isPositive();
        assertThat(EfficiencyGrade.energy(2).compareTo(EfficiencyGrade.energy(2))).isZero();
        assertThat(EfficiencyGrade.energy(5).compareTo(EfficiencyGrade.water(1))).isNotZero();
    }
}
