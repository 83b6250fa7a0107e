package org.sendacc.server.group;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.sendacc.contract.snapshot.NamedGroup;

/**
 * A group of local authorities to compare an area with, beside England, its region and its statistical neighbours:
 * chosen on the page ({@code group=CODE,CODE,...}) or named in the snapshot (a programme's LAs, loaded from a file).
 *
 * @param id {@code adhoc} for a chosen group, otherwise the named group's id
 * @param complete whether the list is known to hold every LA of what it names; a partial list says so on the page
 * @param note what the list is and how complete, in words; empty for a chosen group
 */
public record ComparisonGroup(
        String id, String name, List<String> codes, String source, String asAt, boolean complete, String note) {
    public static final String AD_HOC = "adhoc";

    public ComparisonGroup {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        codes = List.copyOf(requireNonNull(codes, "codes is null"));
    }

    /** A group chosen on the page: its codes, in the order given. */
    public static ComparisonGroup adHoc(List<String> codes) {
        return new ComparisonGroup(
                AD_HOC,
                "the chosen group of " + codes.size() + " local authorit" + (codes.size() == 1 ? "y" : "ies"),
                codes,
                null,
                null,
                true,
                "");
    }

    /** A named group as the snapshot publishes it. */
    public static ComparisonGroup named(NamedGroup group) {
        return new ComparisonGroup(
                group.id(),
                group.name(),
                group.codes(),
                group.source(),
                group.asAt(),
                group.complete(),
                group.note() == null ? "" : group.note());
    }

    /** The value of the {@code group} parameter that chooses this group again. */
    public String parameter() {
        return id.equals(AD_HOC) ? String.join(",", codes) : id;
    }
}
