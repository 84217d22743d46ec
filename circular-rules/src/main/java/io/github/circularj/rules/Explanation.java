package io.github.circularj.rules;

import java.util.List;
import java.util.Objects;

/**
 * One node of a scorecard's reasoning: a line of text and the lines that explain it.
 *
 * <p>The tree of a {@link Scorecard} runs pack → criterion → rule → measurement against target →
 * attainment → weighted points; {@link #render()} writes it as indented text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text the line, without line breaks
 * @param children the lines that explain it, in order
 */
public record Explanation(String text, List<Explanation> children) {

    /**
     * Validates the node and copies the children.
     *
     * @param text the line, not null
     * @param children the children, not null; copied
     */
    public Explanation {
        Objects.requireNonNull(text, "text");
        children = List.copyOf(Objects.requireNonNull(children, "children"));
    }

    /**
     * Obtains a leaf.
     *
     * @param text the line, not null
     * @return the node
     */
    public static Explanation of(String text) {
        return new Explanation(text, List.of());
    }

    /**
     * Writes the tree as text: one line per node, children indented by two spaces more than their parent,
     * lines ended by {@code \n}.
     *
     * @return the text
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        render(out, 0);
        return out.toString();
    }

    private void render(StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append(text).append('\n');
        for (Explanation child : children) {
            child.render(out, depth + 1);
        }
    }

    /**
     * Returns whether any node of the tree contains a text.
     *
     * @param fragment the text to look for, not null
     * @return true if some line contains it
     */
    public boolean mentions(String fragment) {
        return text.contains(fragment) || children.stream().anyMatch(c -> c.mentions(fragment));
    }

    /**
     * Returns the rendered tree.
     *
     * @return the same as {@link #render()}
     */
    @Override
    public String toString() {
        return render();
    }
}
