package io.github.circularj.model.lifecycle;

import static io.github.circularj.model.lifecycle.Fixtures.STAFF;
import static io.github.circularj.model.lifecycle.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Mass;
import io.github.circularj.model.party.City;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.Listing;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.SalesChannel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventsTest {

    private static final EventId E = EventId.of("e1");
    private static final ItemId I = ItemId.of("HZ-1");

    @Test
    void rejectsABlankOrPaddedEventId() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventId.of(" "))
                .withMessage("eventId \" \" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> EventId.of("e1 "))
                .withMessageContaining("leading or trailing whitespace");
    }

    @Test
    void rejectsAnOverwriteWithFewerThanOnePass() {
        assertThatIllegalArgumentException().isThrownBy(() -> Erasure.overwrite(0, StorageMedium.MAGNETIC))
                .withMessage("passes \"0\" of erasure method OVERWRITE is less than 1; an erasure runs at least once");
    }

    @Test
    void rejectsANegativeRefund() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Refunded(E, I, T0, STAFF, Fixtures.cny("-1.00")))
                .withMessage("refund amount \"CNY -1.00\" is negative; it must be zero or more");
    }

    @Test
    void acceptsOnlyIsoCountryCodesAsExportDestinations() {
        assertThat(new Exported(E, I, T0, STAFF, "KZ").destinationCountry()).isEqualTo("KZ");
        assertThatIllegalArgumentException().isThrownBy(() -> new Exported(E, I, T0, STAFF, "kz"))
                .withMessageContaining("destinationCountry \"kz\" is not an ISO 3166-1 alpha-2 country code");
        assertThatIllegalArgumentException().isThrownBy(() -> new Exported(E, I, T0, STAFF, "XX"));
    }

    @Test
    void aCollectedSellerIsVerifiedOnlyWithAVerifiedCounterpartyAndASourceRecord() {
        Collected verified = (Collected) Fixtures.event(EventType.COLLECTED, I, "e1", T0);
        assertThat(verified.isSellerVerified()).isTrue();
        Collected noRecord = new Collected(E, I, T0, STAFF,
                Intake.of(CollectionChannel.TRADE_IN, verified.intake().seller()));
        assertThat(noRecord.isSellerVerified()).isFalse();
        PersonCounterparty unverified = PersonCounterparty.unverified("seller-9");
        Collected anonymous = new Collected(E, I, T0, STAFF, new Intake(CollectionChannel.TRADE_IN,
                (Counterparty) unverified, verified.intake().sourceRecord()));
        assertThat(anonymous.isSellerVerified()).isFalse();
    }

    @Test
    void recycledMassesAreCopiedAndOrderedByMaterial() {
        Map<Material, Mass> given = new LinkedHashMap<>();
        given.put(Material.technical("steel"), Mass.ofKilograms(2));
        given.put(Material.technical("copper"), Mass.ofKilograms(1));
        Recycled recycled = new Recycled(E, I, T0, STAFF, given);
        given.clear();
        assertThat(recycled.recovered().keySet()).extracting(Material::name).containsExactly("copper", "steel");
        assertThat(recycled.totalRecovered()).isEqualTo(Mass.ofKilograms(3));
    }

    @Test
    void aHandoverTellsTheRecipientsQualification() {
        HandedOver handover = (HandedOver) Fixtures.event(EventType.HANDED_OVER, I, "e1", T0);
        assertThat(handover.toLicensedWeeeProcessor()).isTrue();
        assertThat(handover.toQualifiedVehicleDismantler()).isFalse();
        assertThat(handover.toRecycler()).isFalse();
    }

    @Test
    void rejectsABlankFlaggedBy() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Flag.of(FlagReason.SEIZED, ""))
                .withMessageContaining("flaggedBy \"\" is blank");
    }

    @Test
    void anEnterpriseActorCarriesItsCreditCode() {
        assertThat(Actor.of(Fixtures.DEALER).creditCode()).contains(Fixtures.CODE);
        assertThat(Actor.of("staff-07").creditCode()).isEmpty();
        assertThat(Actor.of("staff-07")).hasToString("staff-07");
    }

    @Test
    void aHandOverNamesWhichKindOfRecipientTookTheItem() {
        ItemId id = ItemId.of("IT-1");
        EventId e = EventId.of("E-1");
        Enterprise recycler = Enterprise.of(Fixtures.CODE, "Example Recycling Co.", City.of("330100", "杭州"),
                EnterpriseRole.RECYCLER);
        Enterprise dismantler = Enterprise.of(Fixtures.CODE, "Example Dismantling Co.", City.of("330100", "杭州"),
                EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED);
        HandedOver toProcessor = new HandedOver(e, id, T0, STAFF, Fixtures.PROCESSOR);
        HandedOver toRecycler = new HandedOver(e, id, T0, STAFF, recycler);
        HandedOver toDismantler = new HandedOver(e, id, T0, STAFF, dismantler);
        assertThat(toProcessor.toLicensedWeeeProcessor()).isTrue();
        assertThat(toRecycler.toLicensedWeeeProcessor()).isFalse();
        assertThat(toDismantler.toQualifiedVehicleDismantler()).isTrue();
        assertThat(toProcessor.toQualifiedVehicleDismantler()).isFalse();
        assertThat(toRecycler.toRecycler()).isTrue();
        assertThat(toDismantler.toRecycler()).isFalse();
    }

    @Test
    void anErasureEventSaysWhetherItsResultWasVerified() {
        ItemId id = ItemId.of("IT-1");
        Erasure unverified = Erasure.overwrite(1, StorageMedium.FLASH).withCertificate("CERT-1");
        assertThat(new DataErased(EventId.of("E-1"), id, T0, STAFF, unverified).verified()).isFalse();
        assertThat(new DataErased(EventId.of("E-2"), id, T0, STAFF, unverified.withVerified(true)).verified()).isTrue();
    }

    @Test
    void aListingSaysWhatItDiscloses() {
        Listing listing = new Listing(SalesChannel.ONLINE_PLATFORM, Fixtures.cny("1200.00"),
                Set.of(Disclosure.SECONDHAND_STATUS), ReturnPolicy.sevenDayNoReason());
        assertThat(listing.discloses(Disclosure.SECONDHAND_STATUS)).isTrue();
        assertThat(listing.discloses(Disclosure.CONDITION_GRADE)).isFalse();
    }
}
