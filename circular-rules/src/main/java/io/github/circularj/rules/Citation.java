package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal or standard sources of a rule's duty or of one of its numbers: one or more {@link Source}s,
 * each with its own document, article, issuer, in-force date and {@link Basis}.
 *
 * <p>For example SRC-PROHIBITED rests on 废旧金属收购业治安管理办法 Art. 8 (Ministry of Public Security) and
 * on 拍卖法 Art. 7 (Standing Committee of the National People's Congress): two sources, each shown with its
 * own issuer. The first source is the <em>primary</em> one: {@link #title()}, {@link #article()},
 * {@link #issuer()}, {@link #date()} and {@link #basis()} read it, for callers that show one source only.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sources the sources, primary first, not empty
 */
public record Citation(List<Source> sources) {

    /**
     * One document a citation rests on.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param title the document's title, not blank
     * @param article the article or clause, or an empty string when the whole document is meant
     * @param issuer the issuing body, or an empty string when not recorded
     * @param date the date the provision is in force from, if known
     * @param basis how strong the source is
     */
    public record Source(String title, String article, String issuer, Optional<LocalDate> date, Basis basis) {

        /**
         * Validates the source.
         *
         * @param title the document's title, not null, not blank
         * @param article the article or clause, not null, may be empty
         * @param issuer the issuing body, not null, may be empty
         * @param date the in-force date, not null, may be empty
         * @param basis the basis, not null
         * @throws IllegalArgumentException if the title is blank
         */
        public Source {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(basis, "basis");
            if (title.isBlank()) {
                throw new IllegalArgumentException("citation title \"" + title + "\" is blank; a citation names its document");
            }
        }

        /**
         * Obtains a source without an issuer or date.
         *
         * @param title the document's title, not blank
         * @param article the article or clause, may be empty
         * @param basis the basis, not null
         * @return the source
         * @throws IllegalArgumentException if the title is blank
         */
        public static Source of(String title, String article, Basis basis) {
            return new Source(title, article, "", Optional.empty(), basis);
        }

        /**
         * Returns a copy with an in-force date.
         *
         * @param inForce the date, not null
         * @return the copy
         */
        public Source inForceFrom(LocalDate inForce) {
            return new Source(title, article, issuer, Optional.of(inForce), basis);
        }

        /**
         * Returns a copy with an issuing body.
         *
         * @param issuingBody the issuer, not null
         * @return the copy
         */
        public Source issuedBy(String issuingBody) {
            return new Source(title, article, issuingBody, date, basis);
        }

        /**
         * Returns a copy with another basis.
         *
         * @param newBasis the basis, not null
         * @return the copy
         */
        public Source withBasis(Basis newBasis) {
            return new Source(title, article, issuer, date, newBasis);
        }

        /**
         * Returns whether this source is a document. It is not when it is the note of
         * {@link Citation#libraryDefault(String)}: the title {@value Citation#LIBRARY_DEFAULT_TITLE}, which
         * says that no document sets the number.
         *
         * @return false for a library-default note, true otherwise
         */
        public boolean isDocument() {
            return !title.equals(LIBRARY_DEFAULT_TITLE);
        }

        /**
         * Returns the source as text: title, article, issuer and in-force date where present, e.g.
         * {@code "拍卖法 Art. 7, Standing Committee of the National People's Congress"}. A library-default
         * note reads {@code "Circular library default: "} and its reason.
         *
         * @return the text
         */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(title);
            appendArticle(text, this);
            if (!issuer.isEmpty()) {
                text.append(", ").append(issuer);
            }
            date.ifPresent(d -> text.append(", in force ").append(d));
            return text.toString();
        }
    }

    /**
     * The title of the one source of {@link #libraryDefault(String)}: not a document, but the statement that
     * this library's own default sets the number.
     */
    public static final String LIBRARY_DEFAULT_TITLE = "Circular library default";

    /**
     * Validates the citation and copies its sources.
     *
     * @param sources the sources, not null, not empty, no nulls; copied
     * @throws IllegalArgumentException if there is no source
     */
    public Citation {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("citation sources \"[]\" is empty; a citation names at least one document");
        }
    }

    /**
     * Obtains a citation of one source.
     *
     * @param title the document's title, not null, not blank
     * @param article the article or clause, not null, may be empty
     * @param issuer the issuing body, not null, may be empty
     * @param date the in-force date, not null, may be empty
     * @param basis the basis, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public Citation(String title, String article, String issuer, Optional<LocalDate> date, Basis basis) {
        this(List.of(new Source(title, article, issuer, date, basis)));
    }

    /**
     * Obtains a citation of one source without an issuer or date.
     *
     * @param title the document's title, not blank
     * @param article the article or clause, may be empty
     * @param basis the basis, not null
     * @return the citation
     * @throws IllegalArgumentException if the title is blank
     */
    public static Citation of(String title, String article, Basis basis) {
        return new Citation(title, article, "", Optional.empty(), basis);
    }

    /**
     * Obtains a citation of no document, for a number that no published document sets and that is this
     * library's own default, e.g. the city pack's enterprise-compliance thresholds (docs/policy.md: "none
     * published"). Its one source has the title {@value #LIBRARY_DEFAULT_TITLE}, the reason as its article,
     * no issuer or date, and basis {@link Basis#LIBRARY_DEFAULT}; {@link Source#isDocument()} is false for it.
     * It reads, for example, {@code "Circular library default: none published; at least 75 is this library's
     * default"}.
     *
     * @param why why the number is a default, e.g. "none published", not null, not blank
     * @return the citation
     * @throws IllegalArgumentException if {@code why} is blank
     */
    public static Citation libraryDefault(String why) {
        Objects.requireNonNull(why, "why");
        if (why.isBlank()) {
            throw new IllegalArgumentException("library default why \"" + why
                    + "\" is blank; a library default says why no document sets the number");
        }
        return of(LIBRARY_DEFAULT_TITLE, why, Basis.LIBRARY_DEFAULT);
    }

    /**
     * Obtains a citation of several sources.
     *
     * @param primary the primary source, not null
     * @param more further sources, not null
     * @return the citation
     */
    public static Citation of(Source primary, Source... more) {
        List<Source> all = new ArrayList<>();
        all.add(Objects.requireNonNull(primary, "primary"));
        all.addAll(List.of(more));
        return new Citation(all);
    }

    /**
     * Returns a copy with a further source after the existing ones.
     *
     * @param source the source, not null
     * @return the copy
     */
    public Citation and(Source source) {
        List<Source> all = new ArrayList<>(sources);
        all.add(Objects.requireNonNull(source, "source"));
        return new Citation(all);
    }

    /**
     * Returns the primary source.
     *
     * @return the first source
     */
    public Source primary() {
        return sources.get(0);
    }

    /**
     * Returns the primary source's title.
     *
     * @return the title
     */
    public String title() {
        return primary().title();
    }

    /**
     * Returns the primary source's article.
     *
     * @return the article, possibly empty
     */
    public String article() {
        return primary().article();
    }

    /**
     * Returns the primary source's issuer.
     *
     * @return the issuer, possibly empty
     */
    public String issuer() {
        return primary().issuer();
    }

    /**
     * Returns the primary source's in-force date.
     *
     * @return the date, if known
     */
    public Optional<LocalDate> date() {
        return primary().date();
    }

    /**
     * Returns the primary source's basis: how strong the number or duty it is cited for is.
     *
     * @return the basis
     */
    public Basis basis() {
        return primary().basis();
    }

    /**
     * Returns a copy whose primary source has an in-force date.
     *
     * @param inForce the date, not null
     * @return the copy
     */
    public Citation inForceFrom(LocalDate inForce) {
        return withPrimary(primary().inForceFrom(inForce));
    }

    /**
     * Returns a copy whose primary source has an issuing body.
     *
     * @param issuingBody the issuer, not null
     * @return the copy
     */
    public Citation issuedBy(String issuingBody) {
        return withPrimary(primary().issuedBy(issuingBody));
    }

    /**
     * Returns a copy whose every source has another basis, e.g. the statutes cited for a number that is this
     * library's default: the number rests on none of them.
     *
     * @param newBasis the basis, not null
     * @return the copy
     */
    public Citation withBasis(Basis newBasis) {
        Objects.requireNonNull(newBasis, "newBasis");
        List<Source> all = new ArrayList<>();
        sources.forEach(s -> all.add(s.withBasis(newBasis)));
        return new Citation(all);
    }

    /** The article after the title: after a space for a document, after ": " for a library-default note. */
    private static void appendArticle(StringBuilder text, Source source) {
        if (!source.article().isEmpty()) {
            text.append(source.isDocument() ? " " : ": ").append(source.article());
        }
    }

    private Citation withPrimary(Source source) {
        List<Source> all = new ArrayList<>(sources);
        all.set(0, source);
        return new Citation(all);
    }

    /**
     * Returns the citation as text: each source's title and article, then its in-force date, joined by
     * {@code "; "}, and a note when the primary basis is a library default (a {@link #libraryDefault(String)}
     * citation says so already and gets no note).
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Source s : sources) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(s.title());
            appendArticle(text, s);
            s.date().ifPresent(d -> text.append(", in force ").append(d));
        }
        if (basis().isLibraryDefault() && primary().isDocument()) {
            text.append(", threshold a library default");
        }
        return text.toString();
    }
}
