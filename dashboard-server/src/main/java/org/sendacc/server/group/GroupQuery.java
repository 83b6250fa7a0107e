package org.sendacc.server.group;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.Snapshot;

/**
 * The {@code group} parameter: a named group's id ({@code group=send_and_ap_change_programme}) or local authorities'
 * codes separated by commas ({@code group=E08000035,E08000034}), 2 to {@value #MAX_CODES} of them.
 */
public final class GroupQuery {
    static final int MAX_CODES = 60;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,59}|[A-Z][0-9]{8}(,[A-Z][0-9]{8}){0,59}");
    private static final Pattern NAMED = Pattern.compile("[a-z][a-z0-9_]{0,59}");

    private GroupQuery() {}

    /** The group asked for, if any; an unknown group or code is an error naming it. */
    public static Optional<ComparisonGroup> of(Context context, Snapshot snapshot) {
        return RequestParameters.single(
                        context,
                        "group",
                        FORM,
                        "a named group's id or local authority codes separated by commas, like E08000035,E08000034")
                .map(value -> parse(value, snapshot));
    }

    static ComparisonGroup parse(String value, Snapshot snapshot) {
        if (NAMED.matcher(value).matches()) {
            return snapshot.group(value)
                    .map(ComparisonGroup::named)
                    .orElseThrow(() -> new DashboardException(
                            ErrorCategory.NOT_FOUND,
                            "No comparison group " + DashboardException.quote(value) + " in snapshot " + snapshot.id()
                                    + "; GET /api/groups lists them"));
        }
        List<String> codes = new ArrayList<>();
        for (String code : value.split(",")) {
            Optional<Area> area = snapshot.area(code);
            if (area.isEmpty() || area.get().areaLevel() != AreaLevel.LA) {
                throw new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Parameter group names " + DashboardException.quote(code)
                                + ", which is not a local authority in snapshot " + snapshot.id());
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        if (codes.size() < 2) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "Parameter group needs at least two local authorities");
        }
        return ComparisonGroup.adHoc(codes);
    }
}
