package io.github.circularj.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.circularj.model.metrics.FrenchRepairabilityIndex.ColourBand;
import io.github.circularj.model.metrics.FrenchRepairabilityIndex.SubCriterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed example of the reference (metrics.md §3) and the colour bands. */
class FrenchRepairabilityIndexTest {

    @Test
    void thePrintedExampleScoresSixPointFiveLightGreen() {
        // 10 + 19 + 16 + 0 + 20 = 65 out of 100; index = 65 / 10 = 6.5; 6 ≤ 6.5 < 8: light green
        FrenchRepairabilityIndex index = FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 20);

        assertThat(index.index()).isEqualByComparingTo("6.5");
        assertThat(index.total()).isEqualByComparingTo("65");
        assertThat(index.colourBand()).isEqualTo(ColourBand.LIGHT_GREEN);
    }

    @Test
    void isExactInDecimal() {
        // 0.1 + 0.2 + 0 + 0 + 0 = 0.3; index 0.03 exactly (0.1 + 0.2 is 0.30000000000000004 in double)
        FrenchRepairabilityIndex index = FrenchRepairabilityIndex.ofCriteria(
                new BigDecimal("0.1"), new BigDecimal("0.2"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(index.index()).isEqualByComparingTo("0.03");
    }

    @Test
    void scoresACriterionFromSubCriterionNotesAndCoefficients() {
        // 8 · 1 + 6 · 0.5 + 5 · 0.5 = 8 + 3 + 2.5 = 13.5 out of 20
        BigDecimal score = FrenchRepairabilityIndex.criterionScore(
                List.of(SubCriterion.of(8, 1), SubCriterion.of(6, 0.5), SubCriterion.of(5, 0.5)));

        assertThat(score).isEqualByComparingTo("13.5");
    }

    @Test
    void subCriteriaReproduceThePrintedExample() {
        // C_1 = 5 · 2 = 10; C_2 = 10 · 1.5 + 8 · 0.5 = 19; C_3 = 8 · 2 = 16; C_4 = 0 · 2 = 0;
        // C_5 = 10 · 1 + 10 · 1 = 20; index = 65 / 10 = 6.5
        FrenchRepairabilityIndex index = FrenchRepairabilityIndex.ofSubCriteria(
                List.of(SubCriterion.of(5, 2)),
                List.of(SubCriterion.of(10, 1.5), SubCriterion.of(8, 0.5)),
                List.of(SubCriterion.of(8, 2)),
                List.of(SubCriterion.of(0, 2)),
                List.of(SubCriterion.of(10, 1), SubCriterion.of(10, 1)));

        assertThat(index).isEqualTo(FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 20));
        assertThat(index.index()).isEqualByComparingTo("6.5");
    }

    @Test
    void rejectsCoefficientsNotAddingUpToTwo() {
        List<SubCriterion> ok = List.of(SubCriterion.of(5, 2));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FrenchRepairabilityIndex.ofSubCriteria(ok,
                        List.of(SubCriterion.of(10, 1), SubCriterion.of(10, 1.5)), ok, ok, ok))
                .withMessage("C_2 coefficients add up to \"2.5\"; the coefficients of a criterion add up to 2");
    }

    @Test
    void rejectsANoteAboveTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> SubCriterion.of(11, 1))
                .withMessage("note \"11.0\" is outside [0, 10]");
    }

    @Test
    void rejectsACriterionAboveTwenty() {
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchRepairabilityIndex.ofCriteria(10, 20.5, 0, 0, 0))
                .withMessage("C_2 \"20.5\" is outside [0, 20]");
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchRepairabilityIndex.ofCriteria(-1, 0, 0, 0, 0))
                .withMessage("C_1 \"-1.0\" is outside [0, 20]");
    }

    @Test
    void colourBandsHaveInclusiveLowerBounds() {
        assertThat(ColourBand.of(new BigDecimal("0"))).isEqualTo(ColourBand.RED);
        assertThat(ColourBand.of(new BigDecimal("1.99"))).isEqualTo(ColourBand.RED);
        assertThat(ColourBand.of(new BigDecimal("2"))).isEqualTo(ColourBand.ORANGE);
        assertThat(ColourBand.of(new BigDecimal("3.9"))).isEqualTo(ColourBand.ORANGE);
        assertThat(ColourBand.of(new BigDecimal("4.0"))).isEqualTo(ColourBand.YELLOW);
        assertThat(ColourBand.of(new BigDecimal("5.99"))).isEqualTo(ColourBand.YELLOW);
        assertThat(ColourBand.of(new BigDecimal("6"))).isEqualTo(ColourBand.LIGHT_GREEN);
        assertThat(ColourBand.of(new BigDecimal("7.9"))).isEqualTo(ColourBand.LIGHT_GREEN);
        assertThat(ColourBand.of(new BigDecimal("8"))).isEqualTo(ColourBand.DARK_GREEN);
        assertThat(ColourBand.of(BigDecimal.TEN)).isEqualTo(ColourBand.DARK_GREEN);
    }

    @Test
    void equalsComparesCriteriaNumerically() {
        FrenchRepairabilityIndex a = FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 20);
        FrenchRepairabilityIndex b = FrenchRepairabilityIndex.ofCriteria(new BigDecimal("10.00"),
                new BigDecimal("19"), new BigDecimal("16"), BigDecimal.ZERO, new BigDecimal("20"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).hasToString("FrenchRepairabilityIndex[6.5, LIGHT_GREEN, criteria=[10, 19, 16, 0, 20]]");
    }
    @Test
    void handsOutTheFiveCriterionScoresInOrder() {
        assertThat(FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 20).criteria())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.TEN, new BigDecimal("19"), new BigDecimal("16"), BigDecimal.ZERO,
                        new BigDecimal("20"));
    }

    @Test
    void rejectsACriterionWithoutSubCriteria() {
        assertThatIllegalArgumentException().isThrownBy(() -> FrenchRepairabilityIndex.criterionScore(List.of()))
                .withMessage("criterion has no sub-criteria; a criterion needs sub-criteria whose coefficients add up to 2");
    }

    @Test
    void indicesDifferingInAnyOneCriterionAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 20),
                FrenchRepairabilityIndex.ofCriteria(new BigDecimal("10.0"), new BigDecimal("19"), new BigDecimal("16.00"),
                        new BigDecimal("0.0"), new BigDecimal("20")),
                List.of(FrenchRepairabilityIndex.ofCriteria(11, 19, 16, 0, 20),
                        FrenchRepairabilityIndex.ofCriteria(10, 18, 16, 0, 20),
                        FrenchRepairabilityIndex.ofCriteria(10, 19, 17, 0, 20),
                        FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 1, 20),
                        FrenchRepairabilityIndex.ofCriteria(10, 19, 16, 0, 19)));
    }
}
