package io.github.circularj.rules.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns two spaces apart, padded by display width so that Chinese text lines up
 * in a terminal; right-aligned columns for numbers. Cells are made one line; lines carry no trailing
 * spaces and end with {@code \n}.
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table; columns past the alignments given take the last one given (all left-aligned if none). */
    TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = headers;
        this.rightAligned = new boolean[headers.size()];
        for (int i = 0; i < headers.size() && rightAligned.length > 0; i++) {
            this.rightAligned[i] = rightAligned[Math.min(i, rightAligned.length - 1)];
        }
    }

    TextTable row(String... cells) {
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(Fmt.oneLine(cell));
        }
        rows.add(row);
        return this;
    }

    void writeTo(Appendable out) throws IOException {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        line(out, headers, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        line(out, rules, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private void line(Appendable out, List<String> cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - DisplayWidth.of(cell));
            if (c > 0) {
                line.append("  ");
            }
            line.append(rightAligned[c] ? pad + cell : cell + pad);
        }
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        out.append(line, 0, end).append('\n');
    }
}
