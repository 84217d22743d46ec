package io.github.circularj.model;

import io.github.circularj.model.internal.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Checks one row of a bad-input corpus ({@code src/test/resources/bad-input/*.csv}).
 *
 * <p>A row has the columns {@code input, field, fragment, quoted}: the input (several arguments are
 * separated by {@code |}; {@code \}{@code uXXXX} stands for a character), the field the message must name,
 * a fragment of the rule it must state, and optionally the value it must quote when that is not the
 * whole input (a converted number, one argument of several, or a mask). A quoted value containing
 * {@code *} is a mask: the raw input must then not appear in the message at all.
 */
public final class BadInput {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    private BadInput() {
    }

    /** The input with {@code \}{@code uXXXX} escapes replaced by their characters; null reads as "". */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        Matcher m = ESCAPE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The input's arguments, split at {@code |} (empty arguments kept), each unescaped. */
    public static List<String> args(String raw) {
        return Arrays.stream(text(raw).split("\\|", -1)).toList();
    }

    /**
     * Asserts that {@code call} throws an {@link IllegalArgumentException} (or a subclass that is not a
     * leaked parsing exception) whose message names the field, quotes the value as {@link Text#quote} does
     * (invisible characters escaped, at most 80 characters and the length) and holds the fragment.
     *
     * @return the message
     */
    public static String assertRejected(String input, String field, String fragment, String quoted, ThrowingCallable call) {
        String value = quoted == null ? text(input) : text(quoted);
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("input \"%s\" must be rejected", text(input)).isNotNull();
        assertThat(thrown).as("input \"%s\"", text(input))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(NumberFormatException.class)
                .isNotInstanceOf(DateTimeException.class)
                .isNotInstanceOf(java.util.regex.PatternSyntaxException.class);
        String message = thrown.getMessage();
        assertThat(message).as("message for input \"%s\"", text(input))
                .contains(field)
                .contains("\"" + Text.quote(value) + "\"")
                .contains(text(fragment));
        if (value.contains("*")) {
            for (String arg : args(input)) {
                if (arg.length() > 8) {
                    assertThat(message).as("masked message").doesNotContain(arg);
                }
            }
        }
        return message;
    }
}
