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
        PilotRegistry more = registry.withCity(City.of("119900", "示例市 Example City (fictional)"));
        assertThat(more.cities()).extracting(city -> city.code().toString()).containsExactly("119900", "330100", "370400");
        assertThat(more.unlistedCityCount()).isEqualTo(7);
        assertThat(registry.unlistedCityCount()).isEqualTo(8);
        assertThat(more.isPilotCity(DivisionCode.parse("119900"))).isTrue();
        assertThat(registry.isPilotCity(DivisionCode.parse("119900"))).isFalse();
    }

    /** A fictional member (tests never give a real member a credit code, role or location the reference does not). */
    private static final String FICTIONAL = "Example Member (fictional) Ltd.";

    @Test
    void aMemberKnownByNameCanBeCompletedWithItsCreditCode() {
        CreditCode code = CreditCode.parse(validCode("91119905MA0"));
        PilotRegistry named = PilotRegistry.firstBatch().withEnterprise(PilotEnterprise.named(FICTIONAL));
        PilotRegistry completed = named.withEnterprise(new PilotEnterprise(FICTIONAL, Optional.of(code)));
        assertThat(completed.enterprises()).hasSize(3);
        assertThat(completed.unlistedEnterpriseCount()).isEqualTo(25);
        Enterprise enterprise = new Enterprise(code, "Another registered name",
                City.of("119900", "示例市 Example City (fictional)"), java.util.Set.of(EnterpriseRole.PLATFORM));
        assertThat(completed.member(enterprise)).map(PilotEnterprise::name).contains(FICTIONAL);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> completed.withEnterprise(PilotEnterprise.named(FICTIONAL)))
                .withMessageContaining("is already a listed member");
    }

    @Test
    void aNameOnlyMemberMatchesAnEnterpriseByItsExactName() {
        CreditCode code = CreditCode.parse(validCode("91119905MA1"));
        PilotRegistry registry = PilotRegistry.firstBatch().withEnterprise(PilotEnterprise.named(FICTIONAL));
        Enterprise same = new Enterprise(code, FICTIONAL, City.of("119900", "示例市 Example City (fictional)"),
                java.util.Set.of(EnterpriseRole.PLATFORM));
        Enterprise other = new Enterprise(code, "Example Member", City.of("119900", "示例市 Example City (fictional)"),
                java.util.Set.of(EnterpriseRole.PLATFORM));
        assertThat(registry.member(same)).isPresent();
        assertThat(registry.member(other)).isEmpty();
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
