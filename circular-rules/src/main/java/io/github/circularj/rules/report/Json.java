package io.github.circularj.rules.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal JSON writer (RFC 8259): objects keep their keys in insertion order, numbers are written from
 * their decimal text, strings are escaped. Output is indented by two spaces; no JSON library is used.
 */
final class Json {

    private Json() {
    }

    /** A JSON value. */
    sealed interface Value permits Obj, Arr, Str, Num, Bool, Null {
    }

    /** An object with keys in insertion order. */
    static final class Obj implements Value {
        private final List<String> keys = new ArrayList<>();
        private final List<Value> values = new ArrayList<>();

        Obj put(String key, Value value) {
            keys.add(key);
            values.add(value);
            return this;
        }

        Obj put(String key, String value) {
            return put(key, new Str(value));
        }

        Obj put(String key, boolean value) {
            return put(key, value ? Bool.TRUE : Bool.FALSE);
        }

        Obj put(String key, long value) {
            return put(key, new Num(Long.toString(value)));
        }
    }

    /** An array. */
    static final class Arr implements Value {
        private final List<Value> values = new ArrayList<>();

        Arr add(Value value) {
            values.add(value);
            return this;
        }
    }

    /** A string. */
    record Str(String value) implements Value {
    }

    /** A number, held as its JSON text. */
    record Num(String text) implements Value {
    }

    /** A literal {@code true} or {@code false}. */
    enum Bool implements Value { TRUE, FALSE }

    /** The literal {@code null}. */
    enum Null implements Value { NULL }

    static Arr strings(List<String> items) {
        Arr arr = new Arr();
        for (String item : items) {
            arr.add(new Str(item));
        }
        return arr;
    }

    static void write(Value value, Appendable out) throws IOException {
        write(value, out, 0);
        out.append('\n');
    }

    private static void write(Value value, Appendable out, int depth) throws IOException {
        if (value instanceof Obj obj) {
            if (obj.keys.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            for (int i = 0; i < obj.keys.size(); i++) {
                indent(out, depth + 1);
                string(obj.keys.get(i), out);
                out.append(": ");
                write(obj.values.get(i), out, depth + 1);
                out.append(i + 1 < obj.keys.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof Arr arr) {
            if (arr.values.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < arr.values.size(); i++) {
                indent(out, depth + 1);
                write(arr.values.get(i), out, depth + 1);
                out.append(i + 1 < arr.values.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else if (value instanceof Str str) {
            string(str.value(), out);
        } else if (value instanceof Num num) {
            out.append(num.text());
        } else if (value instanceof Bool bool) {
            out.append(bool == Bool.TRUE ? "true" : "false");
        } else {
            out.append("null");
        }
    }

    private static void indent(Appendable out, int depth) throws IOException {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /**
     * Writes a string literal: quote, backslash and the control characters U+0000–U+001F escaped as
     * RFC 8259 requires (short forms where they exist), and U+2028, U+2029 and unpaired surrogates as
     * {@code \}{@code uXXXX} so the text survives JavaScript and any UTF-8 encoder; everything else,
     * Chinese included, as itself.
     */
    static void string(String text, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || unpairedSurrogate(text, i)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    static boolean unpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
