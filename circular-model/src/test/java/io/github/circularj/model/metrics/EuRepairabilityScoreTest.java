package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.metrics.EuRepairabilityScore.RepairabilityClass;
import io.github.circularj.model.metrics.EuRepairabilityScore.SmartphonePriorityPart;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Delegated Regulation (EU) 2023/1669, Annex IV, as summarised in the reference (metrics.md §3). */
class EuRepairabilityScoreTest {

    private static EuRepairabilityScore all(String parameter) {
        BigDecimal s = new BigDecimal(parameter);
        return EuRepairabilityScore.of(s, s, s, s, s, s);
    }

    @Test
    void weighsDisassemblyAQuarterAndEachOtherParameterFifteenPercent() {
        // R = 0.25 · 5 + 0.15 · (3 + 3 + 3 + 2 + 3) = 1.25 + 0.15 · 14 = 1.25 + 2.10 = 3.35
        EuRepairabilityScore score = EuRepairabilityScore.of(5, 3, 3, 3, 2, 3);

        assertThat(score.value()).isEqualByComparingTo("3.35");
        assertThat(score.repairabilityClass()).isEqualTo(RepairabilityClass.B);
    }

    @Test
    void aScoreOfExactlyThreePointThreeFiveIsClassB() {
        // R = 0.25 · 3.35 + 0.15 · 5 · 3.35 = 0.8375 + 2.5125 = 3.35, the inclusive lower bound of B
        EuRepairabilityScore score = all("3.35");

        assertThat(score.value()).isEqualByComparingTo("3.35");
        assertThat(score.repairabilityClass()).isEqualTo(RepairabilityClass.B);
    }

    @Test
    void aScoreOfExactlyFourIsClassA() {
        // R = 0.25 · 4 + 0.15 · 20 = 1 + 3 = 4.00
        EuRepairabilityScore score = all("4.00");

        assertThat(score.value()).isEqualByComparingTo("4.00");
        assertThat(score.repairabilityClass()).isEqualTo(RepairabilityClass.A);
    }

    @Test
    void aScoreJustBelowThreePointThreeFiveIsClassC() {
        // R = 3.3499999999 (every parameter 3.3499999999, weights adding up to 1)
        EuRepairabilityScore score = all("3.3499999999");

        assertThat(score.value()).isEqualByComparingTo("3.3499999999");
        assertThat(score.repairabilityClass()).isEqualTo(RepairabilityClass.C);
    }

    @Test
    void classesHaveInclusiveLowerBounds() {
        assertThat(RepairabilityClass.of(new BigDecimal("5"))).isEqualTo(RepairabilityClass.A);
        assertThat(RepairabilityClass.of(new BigDecimal("3.99"))).isEqualTo(RepairabilityClass.B);
        assertThat(RepairabilityClass.of(new BigDecimal("2.55"))).isEqualTo(RepairabilityClass.C);
        assertThat(RepairabilityClass.of(new BigDecimal("2.5499"))).isEqualTo(RepairabilityClass.D);
        assertThat(RepairabilityClass.of(new BigDecimal("1.75"))).isEqualTo(RepairabilityClass.D);
        assertThat(RepairabilityClass.of(new BigDecimal("1.7499"))).isEqualTo(RepairabilityClass.E);
        assertThat(RepairabilityClass.of(BigDecimal.ONE)).isEqualTo(RepairabilityClass.E);
    }

    @Test
    void rejectsAParameterOutsideOneToFive() {
        assertThatIllegalArgumentException().isThrownBy(() -> EuRepairabilityScore.of(3, 3, 0.5, 3, 3, 3))
                .withMessage("S_tools \"0.5\" is outside [1, 5]");
        assertThatIllegalArgumentException().isThrownBy(() -> EuRepairabilityScore.of(5.5, 3, 3, 3, 3, 3))
                .withMessage("S_disassembly \"5.5\" is outside [1, 5]");
        assertThatIllegalArgumentException().isThrownBy(() -> EuRepairabilityScore.of(3, 3, 3, 3, 3, Double.NaN))
                .withMessageStartingWith("S_repair_information \"NaN\" is not a finite number");
    }

    @Test
    void thePriorityPartWeightsAddUpToOne() {
        // 0.3 + 0.3 + 0.1 + 6 · 0.05 = 1
        BigDecimal sum = BigDecimal.ZERO;
        for (SmartphonePriorityPart part : SmartphonePriorityPart.values()) {
            sum = sum.add(part.weight());
        }
        assertThat(sum).isEqualByComparingTo("1");
        assertThat(SmartphonePriorityPart.values()).hasSize(9);
    }

    @Test
    void weighsPartScoresByPriorityPart() {
        // battery 1 · 0.3 + display 5 · 0.3 + the other seven parts 3 · (0.1 + 6 · 0.05) = 0.3 + 1.5 + 1.2 = 3.0
        Map<SmartphonePriorityPart, BigDecimal> scores = new EnumMap<>(SmartphonePriorityPart.class);
        for (SmartphonePriorityPart part : SmartphonePriorityPart.values()) {
            scores.put(part, BigDecimal.valueOf(3));
        }
        scores.put(SmartphonePriorityPart.BATTERY, BigDecimal.ONE);
        scores.put(SmartphonePriorityPart.DISPLAY, BigDecimal.valueOf(5));

        assertThat(EuRepairabilityScore.partWeighted(scores)).isEqualByComparingTo("3.0");
    }

    @Test
    void rejectsAPartWeightedScoreWithAMissingPart() {
        Map<SmartphonePriorityPart, BigDecimal> scores = Map.of(SmartphonePriorityPart.BATTERY, BigDecimal.ONE);

        assertThatIllegalArgumentException().isThrownBy(() -> EuRepairabilityScore.partWeighted(scores))
                .withMessageStartingWith("S_DISPLAY is missing;");
    }

    @Test
    void mapsDisassemblyDepthToPoints() {
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(0)).isEqualByComparingTo("5");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(2)).isEqualByComparingTo("5");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(3)).isEqualByComparingTo("4");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(5)).isEqualByComparingTo("4");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(6)).isEqualByComparingTo("3");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(10)).isEqualByComparingTo("3");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(11)).isEqualByComparingTo("2");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(15)).isEqualByComparingTo("2");
        assertThat(EuRepairabilityScore.disassemblyDepthPoints(16)).isEqualByComparingTo("1");
    }

    @Test
    void rejectsANegativeDisassemblyDepth() {
        assertThatIllegalArgumentException().isThrownBy(() -> EuRepairabilityScore.disassemblyDepthPoints(-1))
                .withMessage("steps \"-1\" is negative; a disassembly depth is 0 steps or more");
    }

    @Test
    void equalsComparesParametersNumerically() {
        assertThat(all("4.00")).isEqualTo(all("4")).hasSameHashCodeAs(all("4"));
        assertThat(all("3.35")).hasToString("EuRepairabilityScore[R=3.35, class B]");
    }
    @Test
    void exposesEachParameterScore() {
        EuRepairabilityScore score = EuRepairabilityScore.of(5, 4, 3, 2, 1, 1.5);
        assertThat(score.disassembly()).isEqualByComparingTo("5");
        assertThat(score.fasteners()).isEqualByComparingTo("4");
        assertThat(score.tools()).isEqualByComparingTo("3");
        assertThat(score.spareParts()).isEqualByComparingTo("2");
        assertThat(score.softwareUpdates()).isEqualByComparingTo("1");
        assertThat(score.repairInformation()).isEqualByComparingTo("1.5");
    }

    @Test
    void classLowerBoundsFollowAnnexIv() {
        // Regulation (EU) 2023/1669, Annex IV: A >= 4.00, B >= 3.35, C >= 2.55, D >= 1.75, E >= 1
        assertThat(RepairabilityClass.A.lowerBound()).isEqualByComparingTo("4.00");
        assertThat(RepairabilityClass.B.lowerBound()).isEqualByComparingTo("3.35");
        assertThat(RepairabilityClass.C.lowerBound()).isEqualByComparingTo("2.55");
        assertThat(RepairabilityClass.D.lowerBound()).isEqualByComparingTo("1.75");
        assertThat(RepairabilityClass.E.lowerBound()).isEqualByComparingTo("1");
        for (RepairabilityClass c : RepairabilityClass.values()) {
            assertThat(RepairabilityClass.of(c.lowerBound())).isEqualTo(c);
        }
    }

    @Test
    void scoresDifferingInAnyOneParameterAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                EuRepairabilityScore.of(3, 3, 3, 3, 3, 3), all("3.00"),
                java.util.List.of(
                        EuRepairabilityScore.of(4, 3, 3, 3, 3, 3),
                        EuRepairabilityScore.of(3, 4, 3, 3, 3, 3),
                        EuRepairabilityScore.of(3, 3, 4, 3, 3, 3),
                        EuRepairabilityScore.of(3, 3, 3, 4, 3, 3),
                        EuRepairabilityScore.of(3, 3, 3, 3, 4, 3),
                        EuRepairabilityScore.of(3, 3, 3, 3, 3, 4)));
    }
}
