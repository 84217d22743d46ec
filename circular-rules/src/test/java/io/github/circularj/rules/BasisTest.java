package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BasisTest {

    @Test
    void onlyTheLibraryDefaultIsALibraryDefault() {
        assertThat(Basis.values()).filteredOn(Basis::isLibraryDefault).containsExactly(Basis.LIBRARY_DEFAULT);
    }

    @Test
    void labelsReadAsWords() {
        assertThat(Basis.POLICY_TARGET.label()).isEqualTo("policy target");
        assertThat(Basis.LIBRARY_DEFAULT.label()).isEqualTo("library default");
    }
}
