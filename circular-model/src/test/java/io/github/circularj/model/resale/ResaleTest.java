package io.github.circularj.model.resale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.CurrencyMismatchException;
import io.github.circularj.model.Money;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResaleTest {

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    @Test
    void onlyOnlineAndLivestreamChannelsAreRemote() {
        for (SalesChannel channel : SalesChannel.values()) {
            assertThat(channel.isRemote()).isEqualTo(channel == SalesChannel.ONLINE_PLATFORM || channel == SalesChannel.LIVESTREAM);
        }
    }

    @Test
    void aSaleOnARemoteChannelCannotBeMarkedNotRemote() {
        Sale online = Sale.of(cny("100.00"), SalesChannel.ONLINE_PLATFORM);
        assertThat(online.remote()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> online.withRemote(false))
                .withMessage("remote \"false\" contradicts channel ONLINE_PLATFORM; a sale on a remote channel is always remote");
        assertThat(Sale.of(cny("100.00"), SalesChannel.PHYSICAL_STORE).withRemote(true).remote()).isTrue();
    }

    @Test
    void aSubsidyIsAtMostThePriceInItsCurrency() {
        Sale sale = Sale.of(cny("3000.00"), SalesChannel.TRADE_IN_COUNTER);
        assertThat(sale.withSubsidy(cny("450.00")).subsidy()).contains(cny("450.00"));
        assertThatIllegalArgumentException().isThrownBy(() -> sale.withSubsidy(cny("3000.01")))
                .withMessageContaining("exceeds the price");
        assertThatIllegalArgumentException().isThrownBy(() -> sale.withSubsidy(cny("-1.00")));
        org.assertj.core.api.Assertions.assertThatExceptionOfType(CurrencyMismatchException.class)
                .isThrownBy(() -> sale.withSubsidy(Money.of("10.00", "USD")));
    }

    @Test
    void returnPoliciesDistinguishOfferExceptionAndNone() {
        assertThat(ReturnPolicy.sevenDayNoReason().meetsRemoteSaleDuty()).isTrue();
        assertThat(ReturnPolicy.sevenDayNoReason().offersSevenDayNoReasonReturn()).isTrue();
        ReturnPolicy exception = ReturnPolicy.exceptionConfirmedByBuyer("CONF-1");
        assertThat(exception.meetsRemoteSaleDuty()).isTrue();
        assertThat(exception.offersSevenDayNoReasonReturn()).isFalse();
        assertThat(exception.confirmationReference()).contains("CONF-1");
        assertThat(ReturnPolicy.none().meetsRemoteSaleDuty()).isFalse();
    }

    @Test
    void anExceptionNeedsAConfirmationReferenceAndOnlyItHasOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReturnPolicy(ReturnPolicy.Kind.EXCEPTION_CONFIRMED_BY_BUYER, Optional.empty()))
                .withMessageContaining("confirmationReference \"\" is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReturnPolicy(ReturnPolicy.Kind.NONE, Optional.of("CONF-1")))
                .withMessageContaining("only an exception confirmed by the buyer has one");
        assertThatIllegalArgumentException().isThrownBy(() -> ReturnPolicy.exceptionConfirmedByBuyer(" "));
    }

    @Test
    void aListingCopiesItsDisclosuresAndRefusesANegativePrice() {
        Listing listing = new Listing(SalesChannel.MARKET_STALL, cny("50.00"),
                Set.of(Disclosure.DEFECTS, Disclosure.SECONDHAND_STATUS), ReturnPolicy.none());
        assertThat(listing.disclosures()).containsExactly(Disclosure.SECONDHAND_STATUS, Disclosure.DEFECTS);
        assertThat(listing.discloses(Disclosure.REPAIR_HISTORY)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Listing(SalesChannel.MARKET_STALL, cny("-5.00"),
                Set.of(), ReturnPolicy.none())).withMessageContaining("askingPrice \"CNY -5.00\" is negative");
    }
    @Test
    void eachWithMethodSetsItsTermAndKeepsTheOthers() {
        io.github.circularj.model.party.Counterparty buyer =
                io.github.circularj.model.party.PersonCounterparty.unverified("buyer-0007");
        io.github.circularj.model.refurbish.Warranty warranty = io.github.circularj.model.refurbish.Warranty.ofMonths(12);
        Sale sale = Sale.of(cny("800.00"), SalesChannel.PHYSICAL_STORE)
                .withBuyer(buyer)
                .withReturnPolicy(ReturnPolicy.sevenDayNoReason())
                .withWarranty(warranty)
                .withDisclosures(Set.of(Disclosure.SECONDHAND_STATUS, Disclosure.DEFECTS));
        assertThat(sale.price()).isEqualTo(cny("800.00"));
        assertThat(sale.channel()).isEqualTo(SalesChannel.PHYSICAL_STORE);
        assertThat(sale.buyer()).contains(buyer);
        assertThat(sale.returnPolicy()).isEqualTo(ReturnPolicy.sevenDayNoReason());
        assertThat(sale.warranty()).contains(warranty);
        assertThat(sale.discloses(Disclosure.DEFECTS)).isTrue();
        assertThat(sale.discloses(Disclosure.REPAIR_HISTORY)).isFalse();
        assertThat(sale.disclosures()).containsExactly(Disclosure.SECONDHAND_STATUS, Disclosure.DEFECTS);
    }
}
