package io.github.circularj.model.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionGradeTest {

    private static final GradingScale A_TO_D = GradingScale.LETTER_A_TO_D;

    @Test
    void aIsTheBestLetterGrade() {
        assertThat(A_TO_D.grade("A")).isGreaterThan(A_TO_D.grade("B"));
        assertThat(A_TO_D.grade("D")).isLessThan(A_TO_D.grade("C"));
        assertThat(A_TO_D.best()).isEqualTo(A_TO_D.grade("A"));
        assertThat(A_TO_D.worst()).isEqualTo(A_TO_D.grade("D"));
        assertThat(A_TO_D.grade("A").rank()).isZero();
    }

    @Test
    void isAtLeastIncludesTheSameGrade() {
        assertThat(A_TO_D.grade("B").isAtLeast(A_TO_D.grade("B"))).isTrue();
        assertThat(A_TO_D.grade("B").isAtLeast(A_TO_D.grade("C"))).isTrue();
        assertThat(A_TO_D.grade("C").isAtLeast(A_TO_D.grade("B"))).isFalse();
        assertThat(A_TO_D.grade("B").isBetterThan(A_TO_D.grade("B"))).isFalse();
    }

    @Test
    void theScoreScaleRunsFromOneHundredDownToZero() {
        GradingScale score = GradingScale.SCORE_0_TO_100;
        assertThat(score.levels()).hasSize(101).startsWith("100").endsWith("0");
        assertThat(score.grade("85").isAtLeast(score.grade("80"))).isTrue();
        assertThat(score.grade("9")).isLessThan(score.grade("10"));
    }

    @Test
    void usersDefineTheirOwnScale() {
        GradingScale usability = GradingScale.of("usability", List.of("level 1", "level 2", "level 3"));
        assertThat(usability.grade("level 1").isBetterThan(usability.grade("level 3"))).isTrue();
        assertThat(usability.grade("level 2")).hasToString("level 2 (usability)");
    }

    @Test
    void comparingGradesOfDifferentScalesThrows() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> A_TO_D.grade("A").compareTo(GradingScale.SCORE_0_TO_100.grade("90")))
                .withMessage("grading scale \"0-100\" of grade \"90\" differs from grading scale \"A-D\" of grade \"A\";"
                        + " grades compare only within one scale");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> A_TO_D.grade("A").isAtLeast(GradingScale.SCORE_0_TO_100.grade("90")));
    }

    @Test
    void aGradeIsTheLevelOnItsScale() {
        assertThat(ConditionGrade.of(A_TO_D, "B")).isEqualTo(A_TO_D.grade("B"));
    }

    @Test
    void rejectsALevelNotOnTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> A_TO_D.grade("E"))
                .withMessage("level \"E\" is not on grading scale \"A-D\"; its levels are [A, B, C, D]");
        assertThatIllegalArgumentException().isThrownBy(() -> ConditionGrade.of(GradingScale.SCORE_0_TO_100, "101"))
                .withMessage("level \"101\" is not on grading scale \"0-100\"; its levels are [100, 99, ..., 0]");
    }

    @Test
    void rejectsAScaleWithFewerThanTwoLevels() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of("one", List.of("only")))
                .withMessage("levels \"[only]\" of grading scale \"one\" has 1 level(s); a grading scale has at least 2");
    }

    @Test
    void rejectsARepeatedLevel() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of("s", List.of("A", "B", "A")))
                .withMessage("grading level \"A\" appears twice in grading scale \"s\"; each level of a scale is different");
    }

    @Test
    void rejectsABlankOrUntrimmedNameOrLevel() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of(" ", List.of("A", "B")))
                .withMessage("grading scale name \" \" is blank; it needs at least one visible character");
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of("s", List.of("A", "B ")))
                .withMessageContaining("grading level \"B \" has leading or trailing whitespace");
        assertThatIllegalArgumentException().isThrownBy(() -> GradingScale.of("s", List.of("A", "x".repeat(101))))
                .withMessageContaining("has 101 characters; at most 100 are allowed");
    }

    @Test
    void scalesAreEqualByNameAndLevels() {
        assertThat(GradingScale.of("A-D", List.of("A", "B", "C", "D"))).isEqualTo(A_TO_D).hasSameHashCodeAs(A_TO_D);
        assertThat(GradingScale.of("A-D", List.of("A", "B", "C", "D")).grade("A").compareTo(A_TO_D.grade("B"))).isPositive();
    }
    @Test
    void aGradingScaleAcceptsANameOfExactlyTheMaximumLengthAndPrintsIt() {
        String name = "s".repeat(GradingScale.MAX_TEXT_LENGTH);
        assertThat(GradingScale.of(name, java.util.List.of("good", "worn"))).hasToString(name);
        assertThat(GradingScale.LETTER_A_TO_D).hasToString("A-D");
    }

    @Test
    void gradingScalesDifferingInNameOrLevelsAreNotEqual() {
        io.github.circularj.model.ValueContract.assertValueSemantics(
                GradingScale.of("A-D", java.util.List.of("A", "B", "C", "D")), GradingScale.LETTER_A_TO_D,
                java.util.List.of(GradingScale.of("A-C", java.util.List.of("A", "B", "C", "D")),
                        GradingScale.of("A-D", java.util.List.of("A", "B", "C"))));
    }
}
