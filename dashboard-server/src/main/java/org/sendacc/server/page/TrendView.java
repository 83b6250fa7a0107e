package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

/**
 * How a page shows an area's recent trend: an arrow for the direction of change and a word and colour for its
 * judgement by polarity, so that a rise is green where higher is better and red where lower is better.
 *
 * @param judgement {@code better}, {@code worse}, {@code same} or {@code none}: the colour
 * @param arrow the direction of change: up, down, right (no significant change) or a dash
 * @param label what the arrow means, e.g. "Increasing and getting better"
 */
public record TrendView(String judgement, String arrow, String label) {
    public TrendView {
        requireNonNull(judgement, "judgement is null");
        requireNonNull(arrow, "arrow is null");
        requireNonNull(label, "label is null");
    }

    public String cssClass() {
        return "sa-trend--" + judgement;
    }
}
