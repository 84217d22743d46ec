package io.github.circularj.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Citation#libraryDefault(String)}: a number no published document sets, which says so and names no document. */
class CitationTest {

    @Test
    void aLibraryDefaultCitesNoDocumentAndSaysWhy() {
        Citation c = Citation.libraryDefault("none published");

        assertThat(c.sources()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo(Citation.LIBRARY_DEFAULT_TITLE).isEqualTo("Circular library default");
            assertThat(s.article()).isEqualTo("none published");
            assertThat(s.issuer()).isEmpty();
            assertThat(s.date()).isEmpty();
            assertThat(s.basis()).isEqualTo(Basis.LIBRARY_DEFAULT);
            assertThat(s.isDocument()).isFalse();
        });
        assertThat(c.toString()).isEqualTo("Circular library default: none published");
        assertThat(c.primary().toString()).isEqualTo("Circular library default: none published");
    }

    @Test
    void aDocumentIsADocumentAndReadsTitleThenArticle() {
        Citation c = Citation.of("拍卖法", "Art. 54", Basis.STATUTE);

        assertThat(c.primary().isDocument()).isTrue();
        assertThat(c.toString()).isEqualTo("拍卖法 Art. 54");
        assertThat(c.withBasis(Basis.LIBRARY_DEFAULT).toString()).isEqualTo("拍卖法 Art. 54, threshold a library default");
    }

    @Test
    void aLibraryDefaultBesideADocumentKeepsEachReadingItsOwnWay() {
        Citation c = Citation.libraryDefault("a benchmark, not a target")
                .and(new Citation.Source("MOFCOM figures, 2025", "context", "Ministry of Commerce", Optional.empty(),
                        Basis.LIBRARY_DEFAULT));

        assertThat(c.toString()).isEqualTo("Circular library default: a benchmark, not a target; MOFCOM figures, 2025 context");
        assertThat(c.sources()).extracting(Citation.Source::isDocument).containsExactly(false, true);
    }

    @Test
    void aLibraryDefaultSaysWhy() {
        assertThatIllegalArgumentException().isThrownBy(() -> Citation.libraryDefault(" "))
                .withMessage("library default why \" \" is blank; a library default says why no document sets the number");
        assertThatNullPointerException().isThrownBy(() -> Citation.libraryDefault(null)).withMessage("why");
    }
}
