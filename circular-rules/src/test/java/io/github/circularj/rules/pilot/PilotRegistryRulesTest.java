package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PilotRegistryRulesTest {

    private static final String ZHIMEI = "Zhimei Life (Beijing) Technology Co., Ltd.";

    private static CreditCode code(String prefix) {
        String first17 = (prefix + "000000000000000000").substring(0, 17);
        return CreditCode.parse(first17 + CreditCode.checkCharacterFor(first17));
    }

    @Test
    void namesItsBatch() {
        assertThat(PilotRegistry.firstBatch().batch()).isEqualTo("first batch");
    }

    @Test
    void findsAListedCityByItsCode() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        assertThat(registry.city(DivisionCode.parse("370400"))).map(City::name).contains("枣庄 Zaozhuang");
        assertThat(registry.city(DivisionCode.parse("119900"))).isEmpty();
        assertThat(registry.isPilotCity(DivisionCode.parse("330100"))).isTrue();
    }

    @Test
    void handsOutUnmodifiableLists() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        assertThatThrownBy(() -> registry.cities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> registry.enterprises().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsNullMembers() {
        assertThatNullPointerException().isThrownBy(() -> PilotRegistry.firstBatch().withCity(null))
                .withMessage("city");
        assertThatNullPointerException().isThrownBy(() -> PilotRegistry.firstBatch().withEnterprise(null))
                .withMessage("enterprise");
    }

    @Test
    void namesTheDuplicateCityAndTheRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PilotRegistry.firstBatch().withCity(City.of("330100", "Hangzhou")))
                .withMessage("city \"330100\" is already a listed member of the first batch; a city is registered once");
    }

    @Test
    void namesTheCityThatDoesNotFitAnyMore() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        for (String c : new String[] {"119900", "129900", "319900", "329900", "449900", "509900", "519900"}) {
            registry = registry.withCity(City.of(c, "City " + c));
        }
        assertThat(registry.unlistedCityCount()).isEqualTo(1);
        PilotRegistry nine = registry.withCity(City.of("429900", "City 420100"));
        assertThat(nine.cities()).hasSize(10);
        assertThatIllegalArgumentException().isThrownBy(() -> nine.withCity(City.of("439900", "City 439900")))
                .withMessage("city \"439900\" cannot be added: the first batch has 10 cities and all are listed");
    }

    @Test
    void addsANewEnterpriseInNameOrder() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        PilotRegistry more = registry.withEnterprise(PilotEnterprise.named("Example Recycling Ltd. (fictional)"));
        assertThat(more.enterprises()).extracting(PilotEnterprise::name)
                .containsExactly("Example Recycling Ltd. (fictional)", ZHIMEI, "Zhonggu Youpin (Beijing) Technology Co., Ltd.");
        assertThat(more.unlistedEnterpriseCount()).isEqualTo(25);
        assertThat(registry.enterprises()).hasSize(2);
        assertThat(more).hasToString("first batch: 2 of 10 cities, 3 of 28 enterprises listed");
    }

    @Test
    void refusesTheSameNameTwiceWithoutACreditCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PilotRegistry.firstBatch().withEnterprise(PilotEnterprise.named(ZHIMEI)))
                .withMessage("enterprise \"" + ZHIMEI
                        + "\" is already a listed member of the first batch; an enterprise is registered once");
    }

    @Test
    void refusesASecondEnterpriseWithTheSameCreditCode() {
        CreditCode shared = code("91119905MA2");
        PilotRegistry registry = PilotRegistry.firstBatch()
                .withEnterprise(new PilotEnterprise("Alpha Ltd.", Optional.of(shared)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> registry.withEnterprise(new PilotEnterprise("Beta Ltd.", Optional.of(shared))))
                .withMessageStartingWith("enterprise \"Beta Ltd.\" is already a listed member");
    }

    @Test
    void acceptsDifferentCreditCodes() {
        PilotRegistry registry = PilotRegistry.firstBatch()
                .withEnterprise(new PilotEnterprise("Alpha Ltd.", Optional.of(code("91119905MA3"))))
                .withEnterprise(new PilotEnterprise("Beta Ltd.", Optional.of(code("91119905MA4"))));
        assertThat(registry.enterprises()).hasSize(4);
    }

    @Test
    void refusesANewEnterpriseWhenAllAreListedButStillCompletesAListedOne() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        for (int i = 0; i < 26; i++) {
            registry = registry.withEnterprise(PilotEnterprise.named(String.format("Member %02d Ltd.", i)));
        }
        assertThat(registry.unlistedEnterpriseCount()).isZero();
        PilotRegistry full = registry;
        assertThatIllegalArgumentException().isThrownBy(() -> full.withEnterprise(PilotEnterprise.named("Late Ltd.")))
                .withMessage("enterprise \"Late Ltd.\" cannot be added: the first batch has 28 enterprises and all are"
                        + " listed");
        PilotRegistry completed = full.withEnterprise(new PilotEnterprise("Member 07 Ltd.", Optional.of(code("91119905MA5"))));
        assertThat(completed.enterprises()).hasSize(28);
        assertThat(completed.enterprises()).filteredOn(m -> m.name().equals("Member 07 Ltd."))
                .singleElement().satisfies(m -> assertThat(m.creditCode()).isPresent());
    }
}
