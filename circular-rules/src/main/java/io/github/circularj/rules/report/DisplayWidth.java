package io.github.circularj.rules.report;

/**
 * The number of terminal columns a text takes, after Unicode Standard Annex #11 (East Asian Width):
 * wide and fullwidth characters (CJK ideographs such as 杭州, kana, Hangul, fullwidth forms, the
 * common emoji blocks) take two columns, combining marks and format characters none, everything else
 * one. Ambiguous-width characters count one, as in a non-East-Asian locale.
 *
 * <p>The ranges below are the wide and fullwidth blocks of UAX #11 that matter for Chinese text; they
 * are a close approximation of the full table, which the JDK does not expose.
 */
final class DisplayWidth {

    private static final int[][] WIDE = {
        {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x2E80, 0x303E}, {0x3041, 0x33FF},
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
        {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
        {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Shortens text to at most {@code columns} display columns, ending a shortened text with an
     * ellipsis; text that fits is returned unchanged.
     */
    static String truncate(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = of(codePoint);
            if (used + width > columns - 1) {
                break;
            }
            shown.appendCodePoint(codePoint);
            used += width;
            i += Character.charCount(codePoint);
        }
        return shown.append('\u2026').toString();
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0x200B) {
            return 0;
        }
        for (int[] range : WIDE) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return 2;
            }
        }
        return 1;
    }
}
