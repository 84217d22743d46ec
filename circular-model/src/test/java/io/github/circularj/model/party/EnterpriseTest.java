package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.model.lifecycle.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    /** A synthetic code built by the algorithm; it belongs to no real enterprise. */
    private static final CreditCode CODE = CreditCode.parse("91330100MA27XK1A0L");
    private static final City EXAMPLE_CITY = City.of("339900", "示例市 (fictional)");

    @Test
    void buysInExactlyForDealersRecyclersAuctioneersPawnshopsAndTradeInOperators() {
        assertThat(Arrays.stream(EnterpriseRole.values()).filter(EnterpriseRole::buysIn))
                .containsExactlyInAnyOrder(EnterpriseRole.DEALER, EnterpriseRole.RECYCLER, EnterpriseRole.AUCTIONEER,
                        EnterpriseRole.PAWNSHOP, EnterpriseRole.TRADE_IN_OPERATOR);
    }

    @Test
    void anEnterpriseBuysInWhenAnyOfItsRolesDoes() {
        Enterprise refurbishingDealer = Enterprise.of(CODE, "示例再生科技有限公司", EXAMPLE_CITY,
                EnterpriseRole.REFURBISHER, EnterpriseRole.DEALER);
        Enterprise platform = Enterprise.of(CODE, "示例平台有限公司", EXAMPLE_CITY, EnterpriseRole.PLATFORM);
        assertThat(refurbishingDealer.buysIn()).isTrue();
        assertThat(refurbishingDealer.hasRole(EnterpriseRole.REFURBISHER)).isTrue();
        assertThat(refurbishingDealer.hasRole(EnterpriseRole.PLATFORM)).isFalse();
        assertThat(platform.buysIn()).isFalse();
        assertThat(platform).hasToString("示例平台有限公司 (91330100MA27XK1A0L, " + EXAMPLE_CITY + ", [PLATFORM])");
        assertThat(Actor.of(platform)).hasToString("示例平台有限公司 (91330100MA27XK1A0L)");
    }

    @Test
    void copiesTheRolesAndHandsThemOutUnmodifiable() {
        Set<EnterpriseRole> roles = new HashSet<>(Set.of(EnterpriseRole.RECYCLER));
        Enterprise enterprise = new Enterprise(CODE, "示例回收有限公司", EXAMPLE_CITY, roles);
        roles.add(EnterpriseRole.EXPORTER);
        assertThat(enterprise.roles()).containsExactly(EnterpriseRole.RECYCLER);
        assertThatThrownBy(() -> enterprise.roles().add(EnterpriseRole.DEALER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void listsRolesInDeclarationOrderWhateverTheInputOrder() {
        Set<EnterpriseRole> given = new LinkedHashSet<>(List.of(EnterpriseRole.PAWNSHOP, EnterpriseRole.PLATFORM,
                EnterpriseRole.DEALER));
        Enterprise enterprise = new Enterprise(CODE, "示例有限公司", EXAMPLE_CITY, given);
        assertThat(new ArrayList<>(enterprise.roles()))
                .containsExactly(EnterpriseRole.PLATFORM, EnterpriseRole.DEALER, EnterpriseRole.PAWNSHOP);
        assertThat(enterprise).isEqualTo(new Enterprise(CODE, "示例有限公司", EXAMPLE_CITY,
                EnumSet.of(EnterpriseRole.DEALER, EnterpriseRole.PAWNSHOP, EnterpriseRole.PLATFORM)));
    }

    @Test
    void rejectsAnEnterpriseWithoutRoles() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Enterprise(CODE, "示例有限公司", EXAMPLE_CITY, Set.of()))
                .withMessage("enterprise roles \"[]\" is empty; an enterprise plays at least one role");
    }

    @Test
    void rejectsANullRole() {
        Set<EnterpriseRole> withNull = new HashSet<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> new Enterprise(CODE, "示例有限公司", EXAMPLE_CITY, withNull))
                .withMessage("roles element");
    }

    @Test
    void rejectsABlankName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Enterprise.of(CODE, "", EXAMPLE_CITY, EnterpriseRole.DEALER))
                .withMessage("enterprise name \"\" is blank; it needs at least one visible character");
    }
}
