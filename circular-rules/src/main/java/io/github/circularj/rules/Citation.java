package io.github.circularj.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal or standard source of a rule's duty or threshold.
 *
 * <p>For example the mandatory national standard 数据安全技术 电子产品信息清除技术要求, issued by the
 * State Administration for Market Regulation, in force 2027-01-01, {@link Basis#STANDARD} (see the
 * project's policy reference, "Enterprise obligations", DATA-ERASURE).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title the document's title, not blank
 * @param article the article or clause, or an empty string when the whole document is meant
 * @param issuer the issuing body, or an empty string when not recorded
 * @param date the date the provision is in force from, if known
 * @param basis how strong the source is
 */
public record Citation(String title, String article, String issuer, Optional<LocalDate> date, Basis basis) {

    /**
     * Validates the citation.
     *
     * @param title the document's title, not null, not blank
     * @param article the article or clause, not null, may be empty
     * @param issuer the issuing body, not null, may be empty
     * @param date the in-force date, not null, may be empty
     * @param basis the basis, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public Citation {
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
     * Obtains a citation without an issuer or date.
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
     * Returns a copy in force from a date.
     *
     * @param inForce the date the provision is in force from, not null
     * @return the copy
     */
    public Citation inForceFrom(LocalDate inForce) {
        return new Citation(title, article, issuer, Optional.of(inForce), basis);
    }

    /**
     * Returns a copy with another issuing body.
     *
     * @param issuingBody the issuing body, not null
     * @return the copy
     */
    public Citation issuedBy(String issuingBody) {
        return new Citation(title, article, issuingBody, date, basis);
    }

    /**
     * Returns a copy with another basis, for example a statute's duty whose number is a library default.
     *
     * @param newBasis the basis, not null
     * @return the copy
     */
    public Citation withBasis(Basis newBasis) {
        return new Citation(title, article, issuer, date, newBasis);
    }

    /**
     * Returns the short form used in messages: title, article and in-force date, for example
     * {@code "数据安全技术 电子产品信息清除技术要求, in force 2027-01-01"} or
     * {@code "电子商务法 Art. 31"}; a library default says so.
     *
     * @return the short form
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(title);
        if (!article.isEmpty()) {
            text.append(' ').append(article);
        }
        date.ifPresent(d -> text.append(", in force ").append(d));
        if (basis.isLibraryDefault()) {
            text.append(", threshold a library default");
        }
        return text.toString();
    }
}
