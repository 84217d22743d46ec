package io.github.circularj.model.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.CurrencyMismatchException;
import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.EventId;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.EfficiencyGrade;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Product;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubsidyClaimTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static final BuyerReference BUYER = BuyerReference.of("BUYER-7f3a9c");

    @Test
    void theProgrammeHasThreeDigitalAndTwelveApplianceCategories() {
        assertThat(Arrays.stream(ProgrammeCategory.values()).filter(ProgrammeCategory::isDigital)).hasSize(3);
        assertThat(Arrays.stream(ProgrammeCategory.values()).filter(c -> c.programme() == SubsidyProgramme.APPLIANCE_TRADE_IN))
                .hasSize(12);
        assertThat(ProgrammeCategory.ofCode("air-conditioner")).contains(ProgrammeCategory.AIR_CONDITIONER);
        assertThat(ProgrammeCategory.ofCode("bicycle")).isEmpty();
        assertThat(SubsidyProgramme.APPLIANCE_TRADE_IN.isTradeIn()).isTrue();
        assertThat(SubsidyProgramme.DIGITAL_PURCHASE.isTradeIn()).isFalse();
    }

    @Test
    void aProgrammeCategoryFitsItsBuiltInItemCategoryAndAFinerUserCategory() {
        assertThat(ProgrammeCategory.PHONE.fits(Category.PHONE)).isTrue();
        assertThat(ProgrammeCategory.PHONE.fits(Category.TABLET)).isFalse();
        assertThat(ProgrammeCategory.COMPUTER.fits(Category.LAPTOP)).isTrue();
        assertThat(ProgrammeCategory.COMPUTER.fits(Category.TABLET)).isFalse();
        assertThat(ProgrammeCategory.AIR_CONDITIONER.fits(Category.LARGE_APPLIANCE)).isTrue();
        assertThat(ProgrammeCategory.DISHWASHER.fits(Category.custom("appliance/dishwasher", "Dishwasher").build())).isTrue();
        assertThat(ProgrammeCategory.REFRIGERATOR.fits(Category.FURNITURE)).isFalse();
    }

    @Test
    void aBuyerReferenceNeverHoldsAnIdentityOrMobileNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> BuyerReference.of("ID-11010519491231002X"))
                .withMessageStartingWith("buyer reference \"")
                .withMessageContaining("identity")
                .withMessageNotContaining("11010519491231002X");
        assertThatIllegalArgumentException().isThrownBy(() -> BuyerReference.of("13812345678"))
                .withMessageContaining("mobile");
        assertThatIllegalArgumentException().isThrownBy(() -> BuyerReference.of(" B-1"))
                .withMessageStartingWith("buyer reference");
        assertThatIllegalArgumentException().isThrownBy(() -> BuyerReference.of("B".repeat(65)))
                .withMessage("buyer reference \"" + "B".repeat(65) + "\" has 65 characters; at most 64 are allowed");
    }

    @Test
    void aClaimIsAtMostThePositivePriceInItsCurrency() {
        SubsidyClaim ok = SubsidyClaim.of(ProgrammeCategory.PHONE, cny("450.00"), cny("3000.00"), BUYER);
        assertThat(ok.programme()).isEqualTo(SubsidyProgramme.DIGITAL_PURCHASE);
        assertThat(ok.tradeIn()).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubsidyClaim.of(ProgrammeCategory.PHONE, cny("3000.01"), cny("3000.00"), BUYER))
                .withMessage("claimed \"CNY 3000.01\" exceeds the finalPrice \"CNY 3000.00\"; a subsidy is at most the price");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubsidyClaim.of(ProgrammeCategory.PHONE, cny("0.00"), cny("0.00"), BUYER))
                .withMessageStartingWith("finalPrice \"CNY 0.00\" is zero");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SubsidyClaim.of(ProgrammeCategory.PHONE, cny("-1.00"), cny("10.00"), BUYER))
                .withMessageStartingWith("claimed");
        assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> SubsidyClaim.of(ProgrammeCategory.PHONE, Money.of("1.00", "USD"), cny("10.00"), BUYER));
        // Over the programme's rate or cap is recordable: the pack finds it, the model does not refuse it.
        assertThat(SubsidyClaim.of(ProgrammeCategory.PHONE, cny("2000.00"), cny("3000.00"), BUYER).claimed())
                .isEqualTo(cny("2000.00"));
    }

    @Test
    void aSaleCarriesItsClaimAndNeverLinksItselfAsTheOldItem() {
        Actor actor = Actor.of("staff-1");
        ItemId item = ItemId.of("NEW-1");
        SoldNew plain = new SoldNew(EventId.of("S-1"), item, Instant.parse("2025-03-01T02:00:00Z"), actor);
        assertThat(plain.claim()).isEmpty();
        SubsidyClaim claim = SubsidyClaim.of(ProgrammeCategory.REFRIGERATOR, cny("600.00"), cny("4000.00"), BUYER)
                .withTradeIn(TradeInLink.of(ItemId.of("OLD-1"), EventId.of("C-1")));
        assertThat(plain.withClaim(claim).claim()).contains(claim);
        SubsidyClaim self = claim.withTradeIn(TradeInLink.of(item, EventId.of("C-1")));
        assertThatIllegalArgumentException().isThrownBy(() -> plain.withClaim(self))
                .withMessage("claim trade-in old item \"NEW-1\" is the item sold; the old item handed in is another item");
        assertThat(new SoldNew(plain.id(), item, plain.at(), actor, Optional.of(claim))).isEqualTo(plain.withClaim(claim));
    }

    @Test
    void anEfficiencyGradeIsOneToFiveAndPartOfTheProduct() {
        assertThatIllegalArgumentException().isThrownBy(() -> EfficiencyGrade.energy(0))
                .withMessage("efficiency grade \"0\" is outside 1 to 5; an energy- or water-efficiency label has grades 1 (best) to 5");
        assertThatIllegalArgumentException().isThrownBy(() -> EfficiencyGrade.water(6));
        assertThat(EfficiencyGrade.energy(1).isAtLeastAsGoodAs(2)).isTrue();
        assertThat(EfficiencyGrade.energy(3).isAtLeastAsGoodAs(2)).isFalse();
        assertThat(EfficiencyGrade.water(2)).hasToString("water grade 2");
        Product graded = Product.builder("Brand", "F1", Category.LARGE_APPLIANCE).efficiencyGrade(EfficiencyGrade.energy(1)).build();
        Product other = Product.builder("Brand", "F1", Category.LARGE_APPLIANCE).efficiencyGrade(EfficiencyGrade.energy(2)).build();
        assertThat(graded.efficiencyGrade()).contains(EfficiencyGrade.energy(1));
        assertThat(graded).isNotEqualTo(other).isNotEqualTo(Product.of("Brand", "F1", Category.LARGE_APPLIANCE));
        assertThat(Product.of("Brand", "F1", Category.LARGE_APPLIANCE).efficiencyGrade()).isEmpty();
    }
}
