package org.sendacc.server.group;

import static java.util.Objects.requireNonNull;

/**
 * A group's figure for one indicator, period and source: its LAs' counts pooled (numerator over denominator), their
 * counts summed, or, where the LAs' counts are not published (ratios, yes/no answers, money, outcomes), the mean of
 * their values. LAs without a figure, or whose figure we withheld, are left out and counted in {@code members} only.
 *
 * @param method {@code pooled}, {@code sum} or {@code mean}
 * @param included how many of the group's LAs have a figure in it
 * @param members how many LAs the group has
 */
public record GroupFigure(
        String source, Double value, Double numerator, Double denominator, String method, int included, int members) {
    public GroupFigure {
        requireNonNull(source, "source is null");
        requireNonNull(method, "method is null");
    }
}
