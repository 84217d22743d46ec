package io.github.circularj.model.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EnterpriseProfileTest {

    @Test
    void anUndeclaredProfileDeclaresNothing() {
        assertThat(EnterpriseProfile.UNDECLARED.recordRetentionYears()).isEmpty();
        assertThat(EnterpriseProfile.UNDECLARED.filings()).isEmpty();
    }

    @Test
    void declaresARetentionPeriodAndSortsFilings() {
        EnterpriseProfile profile = EnterpriseProfile.retainingRecordsFor(5).withFiling("b").withFiling("a");
        assertThat(profile.recordRetentionYears()).hasValue(5);
        assertThat(profile.filings()).containsExactly("a", "b");
    }

    @Test
    void refusesARetentionBelowOneYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> EnterpriseProfile.retainingRecordsFor(0))
                .withMessage("recordRetentionYears \"0\" is below 1; a declared retention period is at least one year");
    }

    @Test
    void refusesABlankFiling() {
        TreeSet<String> filings = new TreeSet<>();
        filings.add(" ");
        assertThatIllegalArgumentException().isThrownBy(() -> new EnterpriseProfile(OptionalInt.empty(), filings))
                .withMessageContaining("filing \" \" is blank");
    }
}
