package io.github.circularj.rules.report;

import java.util.Optional;

/**
 * How one HTML page links to the other pages of a {@link ReportSite}: where a subject's page is, and
 * the navigation shown above the heading. A single report page ({@link ReportFormat#HTML}) links
 * nowhere.
 */
interface Links {

    /** No links and no navigation: the single-page HTML report. */
    Links NONE = new Links() {
        @Override
        public Optional<String> subject(String subjectId) {
            return Optional.empty();
        }

        @Override
        public String nav() {
            return "";
        }

        @Override
        public String css() {
            return "";
        }
    };

    /**
     * Returns the relative address of a subject's page.
     *
     * @param subjectId the subject's id
     * @return the address, or empty if the site has no page of that subject
     */
    Optional<String> subject(String subjectId);

    /**
     * Returns the navigation written above the page's heading.
     *
     * @return well-formed HTML, or an empty string for none
     */
    String nav();

    /**
     * Returns the style rules the page adds to {@link HtmlRenderer#CSS}, and any head element before them.
     *
     * @return CSS, or an empty string for none
     */
    String css();

    /**
     * Returns whether pages link to the subjects of a site.
     *
     * @return false for {@link #NONE}
     */
    default boolean isSite() {
        return this != NONE;
    }
}
