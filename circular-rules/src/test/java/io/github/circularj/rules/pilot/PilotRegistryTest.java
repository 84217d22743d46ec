package io.github.circularj.rules.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.party.City;
import io.github.circularj.model.party.CreditCode;
import io.github.circularj.model.party.DivisionCode;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseRole;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PilotRegistryTest {

    private static final String ZHIMEI = "Zhimei Life (Beijing) Technology Co., Ltd.";

    @Test
    void theFirstBatchAnnouncedTenCitiesAndTwentyEightEnterprises() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        assertThat(registry.announcedCityCount()).isEqualTo(10);
        assertThat(registry.announcedEnterpriseCount()).isEqualTo(28);
        assertThat(registry.noticeDate()).isEqualTo(LocalDate.of(2024, 12, 11));
    }

    @Test
    void listsOnlyTheMembersTheReferenceNames() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        assertThat(registry.cities()).extracting(city -> city.code().toString()).containsExactly("330100", "370400");
        assertThat(registry.cities()).extracting(City::provinceName).containsExactly("浙江省", "山东省");
        assertThat(registry.enterprises()).extracting(PilotEnterprise::name)
                .containsExactly(ZHIMEI, "Zhonggu Youpin (Beijing) Technology Co., Ltd.");
        assertThat(registry.enterprises()).allSatisfy(member -> assertThat(member.creditCode()).isEmpty());
        assertThat(registry.unlistedCityCount()).isEqualTo(8);
        assertThat(registry.unlistedEnterpriseCount()).isEqualTo(26);
        assertThat(registry).hasToString("first batch: 2 of 10 cities, 2 of 28 enterprises listed");
    }

    @Test
    void registeringACityReturnsANewRegistryInCodeOrder() {
        PilotRegistry registry = PilotRegistry.firstBatch();
        PilotRegistry more = registry.withCity(City.of("110100", "北京 Beijing"));
        assertThat(more.cities()).extracting(city -> city.code().toString()).containsExactly("110100", "330100", "370400");
        assertThat(more.unlistedCityCount()).isEqualTo(7);
        assertThat(registry.unlistedCityCount()).isEqualTo(8);
        assertThat(more.isPilotCity(DivisionCode.parse("110100"))).isTrue();
        assertThat(registry.isPilotCity(DivisionCode.parse("110100"))).isFalse();
    }

    @Test
    void aMemberKnownByNameCanBeCompletedWithItsCreditCode() {
        CreditCode code = CreditCode.parse(validCode("91110105MA0"));
        PilotRegistry completed = PilotRegistry.firstBatch()
                .withEnterprise(new PilotEnterprise(ZHIMEI, Optional.of(code)));
        assertThat(completed.enterprises()).hasSize(2);
        assertThat(completed.unlistedEnterpriseCount()).isEqualTo(26);
        Enterprise enterprise = new Enterprise(code, "Another registered name",
                City.of("110100", "北京 Beijing"), java.util.Set.of(EnterpriseRole.PLATFORM));
        assertThat(completed.member(enterprise)).map(PilotEnterprise::name).contains(ZHIMEI);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> completed.withEnterprise(PilotEnterprise.named(ZHIMEI)))
                .withMessageContaining("is already a listed member");
    }

    @Test
    void aNameOnlyMemberMatchesAnEnterpriseByItsExactName() {
        CreditCode code = CreditCode.parse(validCode("91110105MA1"));
        Enterprise same = new Enterprise(code, ZHIMEI, City.of("110100", "北京 Beijing"),
                java.util.Set.of(EnterpriseRole.PLATFORM));
        Enterprise other = new Enterprise(code, "Zhimei Life", City.of("110100", "北京 Beijing"),
                java.util.Set.of(EnterpriseRole.PLATFORM));
        assertThat(PilotRegistry.firstBatch().member(same)).isPresent();
        assertThat(PilotRegistry.firstBatch().member(other)).isEmpty();
    }

    @Test
    void refusesABlankEnterpriseName() {
        assertThatIllegalArgumentException().isThrownBy(() -> PilotEnterprise.named(" "))
                .withMessageContaining("pilot enterprise name \" \" is blank");
    }

    private static String validCode(String prefix) {
        String first17 = (prefix + "000000000000000000").substring(0, 17);
        return first17 + CreditCode.checkCharacterFor(first17);
    }
}
