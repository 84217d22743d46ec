package io.github.circularj.rules.report;

/**
 * The formats a {@link Report} can be written in.
 *
 * <p>Every format is text in UTF-8; write it to a {@link java.io.Writer} that encodes UTF-8.
 *
 * <p>This enum is immutable and thread-safe: its renderers keep no state between reports, so any
 * number of threads may render at once.
 */
public enum ReportFormat {
    /**
     * Plain text with tables aligned by terminal display width (East Asian wide and fullwidth characters
     * count two columns), lines ended by {@code \n}: what a service logs or a terminal shows.
     */
    TEXT("text/plain; charset=utf-8", "txt", new TextRenderer()),
    /** GitHub-flavoured Markdown: headings and pipe tables, with Markdown punctuation escaped; lines end with {@code \n}. */
    MARKDOWN("text/markdown; charset=utf-8", "md", new MarkdownRenderer()),
    /**
     * Comma-separated values per RFC 4180: a header row, then one row per finding of a scorecard or one
     * row per subject of an overview; fields quoted when needed, records ended by CRLF.
     */
    CSV("text/csv; charset=utf-8", "csv", new CsvRenderer()),
    /**
     * JSON per RFC 8259 with a stable key order and deterministic numbers, described by
     * {@code docs/report-schema.json}; ended by {@code \n}.
     */
    JSON("application/json", "json", new JsonRenderer()),
    /**
     * One self-contained HTML page (well-formed XHTML5: no external scripts, fonts or styles) with
     * inline SVG charts.
     */
    HTML("text/html; charset=utf-8", "html", new HtmlRenderer());

    private final String mediaType;
    private final String fileExtension;
    private final Renderer renderer;

    ReportFormat(String mediaType, String fileExtension, Renderer renderer) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
        this.renderer = renderer;
    }

    /**
     * Returns the media type to serve the format with, for example {@code "text/csv; charset=utf-8"}.
     *
     * @return the media type
     */
    public String mediaType() {
        return mediaType;
    }

    /**
     * Returns the usual file name extension, without the dot, for example {@code "html"}.
     *
     * @return the extension
     */
    public String fileExtension() {
        return fileExtension;
    }

    Renderer renderer() {
        return renderer;
    }
}
