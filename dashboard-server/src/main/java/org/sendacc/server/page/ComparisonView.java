package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

/**
 * How a page shows one comparison with a benchmark: never by colour alone (UX.md), so each category has a symbol and a
 * word as well as a colour, and a sentence for hover and screen readers.
 *
 * @param category {@code better}, {@code similar}, {@code worse}, {@code higher}, {@code lower} or {@code none}
 * @param label the word shown, e.g. "Better"
 * @param symbol a shape that carries the category without colour, e.g. a tick
 * @param description the sentence for hover and screen readers, e.g. "Better than England (significant at 99.8%)"
 */
public record ComparisonView(String category, String label, String symbol, String description) {
    /** The category of a figure that was not compared. */
    public static final String NOT_COMPARED = "none";

    public ComparisonView {
        requireNonNull(category, "category is null");
        requireNonNull(label, "label is null");
        requireNonNull(symbol, "symbol is null");
        requireNonNull(description, "description is null");
    }

    /** The CSS class that colours the category, e.g. {@code sa-cmp--better}. */
    public String cssClass() {
        return "sa-cmp--" + category;
    }

    /** True when a benchmark was compared (any category but {@code none}). */
    public boolean compared() {
        return !NOT_COMPARED.equals(category);
    }
}
