package io.github.circularj.model.refurbish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.Money;
import io.github.circularj.model.product.GradingScale;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RefurbishTest {

    private static final GradingScale AD = GradingScale.LETTER_A_TO_D;

    private static WorkOrder order(double hours, String cost) {
        return new WorkOrder("WO-1", List.of("battery replaced"), List.of(PartReplacement.of("battery", PartOrigin.COMPATIBLE)),
                hours, Money.of(cost, "CNY"), AD.grade("C"), AD.grade("A"), Optional.of(Warranty.ofMonths(3)));
    }

    @Test
    void aWorkOrderKnowsWhetherItImprovedTheGrade() {
        assertThat(order(1, "80.00").improvedGrade()).isTrue();
        assertThat(order(1, "80.00").replacedParts()).isTrue();
    }

    @Test
    void aWorkOrderThatKeptTheGradeAndReplacedNoPartSaysSo() {
        WorkOrder cleaning = new WorkOrder("WO-2", List.of("cleaned"), List.of(), 0.5, Money.of("20.00", "CNY"),
                AD.grade("B"), AD.grade("B"), Optional.empty());
        assertThat(cleaning.improvedGrade()).isFalse();
        assertThat(cleaning.replacedParts()).isFalse();
        WorkOrder worse = new WorkOrder("WO-3", List.of("opened"), List.of(), 0.5, Money.of("20.00", "CNY"),
                AD.grade("B"), AD.grade("C"), Optional.empty());
        assertThat(worse.improvedGrade()).isFalse();
    }

    @Test
    void rejectsNegativeLabourAndCost() {
        assertThatIllegalArgumentException().isThrownBy(() -> order(-0.5, "80.00"))
                .withMessageContaining("labourHours \"-0.5\"");
        assertThatIllegalArgumentException().isThrownBy(() -> order(Double.NaN, "80.00"))
                .withMessageContaining("labourHours \"NaN\"");
        assertThatIllegalArgumentException().isThrownBy(() -> order(1, "-1.00"))
                .withMessage("work order cost \"CNY -1.00\" is negative; it must be zero or more");
    }

    @Test
    void rejectsGradesOnDifferentScales() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkOrder("WO-1", List.of(), List.of(), 0,
                Money.of("0", "CNY"), AD.grade("C"), GradingScale.SCORE_0_TO_100.grade("90"), Optional.empty()))
                .withMessageContaining("on another scale");
    }

    @Test
    void aWarrantyComparesItsMonthsAndRefusesNegatives() {
        assertThat(Warranty.ofMonths(3).isAtLeast(3)).isTrue();
        assertThat(Warranty.ofMonths(2).isAtLeast(3)).isFalse();
        assertThat(Warranty.ofMonthsOrKilometres(3, 5_000)).hasToString("3 months or 5000 km");
        assertThatIllegalArgumentException().isThrownBy(() -> Warranty.ofMonths(-1))
                .withMessage("warranty months \"-1\" is negative; a warranty lasts zero months or more");
        assertThatIllegalArgumentException().isThrownBy(() -> Warranty.ofMonthsOrKilometres(3, -1))
                .withMessageContaining("warranty kilometres \"-1\"");
    }

    @Test
    void copiesItsLists() {
        List<String> repairs = new java.util.ArrayList<>(List.of("screen"));
        WorkOrder o = new WorkOrder("WO-2", repairs, List.of(), 0, Money.of("0", "CNY"), AD.grade("B"), AD.grade("B"),
                Optional.empty());
        repairs.add("battery");
        assertThat(o.repairs()).containsExactly("screen");
    }
}
