package org.sendacc.server.page;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Partner;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.contract.snapshot.SnapshotChanges;
import org.sendacc.server.DashboardException;
import org.sendacc.server.ErrorCategory;
import org.sendacc.server.RequestParameters;
import org.sendacc.server.ResponseCache;
import org.sendacc.server.Routes;
import org.sendacc.server.change.ChangeLog;
import org.sendacc.server.change.ChangeQuery;
import org.sendacc.server.group.ComparisonGroup;
import org.sendacc.server.group.GroupQuery;
import org.sendacc.server.http.Encoded;
import org.sendacc.server.indicator.IndicatorLookup;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.Period;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotStore;

/**
 * The pages: home, search, area profile, ICB footprint and indicator. Input and output only: the models are built by
 * the page classes, rendered by {@link PageRenderer} and kept per snapshot in the {@link ResponseCache}.
 */
public final class PageController {
    private static final int MAX_QUERY = 100;
    private static final int MAX_COMPARED = 8;
    private static final java.util.regex.Pattern INDICATOR_ID =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9_]{0,79}");

    private final SnapshotStore store;
    private final ResponseCache responses;
    private final PageRenderer renderer;
    private final Geography geography;
    private final Optional<Boundaries> boundaries;
    private final ChangeLog changes;

    public PageController(
            SnapshotStore store,
            ResponseCache responses,
            PageRenderer renderer,
            Geography geography,
            Optional<Boundaries> boundaries,
            ChangeLog changes) {
        this.store = requireNonNull(store, "store is null");
        this.responses = requireNonNull(responses, "responses is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.geography = requireNonNull(geography, "geography is null");
        this.boundaries = requireNonNull(boundaries, "boundaries is null");
        this.changes = requireNonNull(changes, "changes is null");
    }

    /** {@code GET /changes?since=ID&kind=K&indicator=ID&area=CODE}: what changed since the previous snapshot. */
    public void changes(Context context) {
        ChangeQuery query = ChangeQuery.of(context);
        Snapshot snapshot = store.current();
        responses.sendHtml(context, snapshot, "changes/" + query.key(), () -> {
            SnapshotChanges all = query.all(changes, snapshot);
            List<String> published = new ArrayList<>(store.publishedIds());
            published.remove(snapshot.id());
            return renderer.render(
                    "changes", ChangesPage.model(snapshot, query, all, query.changes(changes, snapshot), published));
        });
    }

    /** {@code GET /?year=Y&benchmark=B&region=R&icb=I&neighbours_of=LA&group=G}: search and the overview grid. */
    public void home(Context context) {
        HomePage.Filters filters = new HomePage.Filters(
                PageQuery.year(context),
                PageQuery.benchmark(context),
                RequestParameters.code(context, "region"),
                RequestParameters.code(context, "icb"),
                RequestParameters.code(context, "neighbours_of"),
                GroupQuery.of(context, store.current()));
        Snapshot snapshot = store.current();
        responses.sendHtml(
                context,
                snapshot,
                "home/" + filters.key(),
                () -> renderer.render("home", HomePage.model(snapshot, geography, renderer, filters)));
    }

    /** {@code GET /search?q=TEXT}: areas whose name contains the text or whose code is it; one match goes there. */
    public void search(Context context) {
        String query = Optional.ofNullable(context.queryParam("q")).orElse("").strip();
        if (query.length() > MAX_QUERY) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "Search text is longer than " + MAX_QUERY + " characters");
        }
        Snapshot snapshot = store.current();
        List<Area> matches = new ArrayList<>();
        if (!query.isEmpty()) {
            String lower = query.toLowerCase(Locale.UK);
            for (Area area : snapshot.areas()) {
                if (area.areaCode().equalsIgnoreCase(query)
                        || area.areaName().toLowerCase(Locale.UK).contains(lower)) {
                    matches.add(area);
                }
            }
        }
        if (matches.size() == 1) {
            context.redirect(link(matches.get(0)), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = PageSupport.frame(snapshot, "Find an area", null);
        model.put("query", query);
        model.put("matches", matches);
        Map<String, String> labels = new java.util.HashMap<>();
        matches.forEach(area -> labels.put(area.areaCode(), geography.label(area)));
        model.put("labels", labels);
        Encoded.once(ResponseCache.HTML, renderer.render("search", model).getBytes(StandardCharsets.UTF_8))
                .send(context, ResponseCache.REVALIDATE);
    }

    /**
     * {@code GET /area/{code}?year=Y&inequalities=ID&group=G}: the area profile, with one indicator by breakdown and,
     * with a comparison group, each figure against the group's.
     */
    public void area(Context context) {
        String code = context.pathParam("code");
        Optional<Integer> year = PageQuery.year(context);
        Optional<String> inequalities = RequestParameters.single(
                context, "inequalities", INDICATOR_ID, "an indicator id like ehcp_20wk_excl_exceptions");
        Snapshot snapshot = store.current();
        Area area = area(snapshot, code);
        Optional<ComparisonGroup> group = GroupQuery.of(context, snapshot);
        responses.sendHtml(
                context,
                snapshot,
                "area/" + code + "/" + year.map(String::valueOf).orElse("latest") + "/" + inequalities.orElse("") + "/"
                        + group.map(ComparisonGroup::parameter).orElse(""),
                () -> renderer.render(
                        "area", AreaPage.model(snapshot, geography, renderer, area, year, inequalities, group)));
    }

    /** {@code GET /area/{code}/neighbours?year=Y}: an LA beside its ten statistical neighbours, indicator by indicator. */
    public void neighbours(Context context) {
        String code = context.pathParam("code");
        Optional<Integer> year = PageQuery.year(context);
        Snapshot snapshot = store.current();
        Area area = area(snapshot, code);
        if (area.areaLevel() != AreaLevel.LA || geography.neighbours(code).isEmpty()) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    DashboardException.quote(code) + " has no statistical neighbours: they are DfE's, for local"
                            + " authorities");
        }
        responses.sendHtml(
                context,
                snapshot,
                "neighbours/" + code + "/" + year.map(String::valueOf).orElse("latest"),
                () -> renderer.render("neighbours", NeighboursPage.model(snapshot, geography, area, year)));
    }

    /** {@code GET /icb/{code}?year=Y&indicator=ID}: the ICB footprint. */
    public void icb(Context context) {
        String code = context.pathParam("code");
        Optional<Integer> year = PageQuery.year(context);
        Optional<String> indicatorId = RequestParameters.indicator(context);
        Snapshot snapshot = store.current();
        Area icb = area(snapshot, code);
        if (icb.areaLevel() != AreaLevel.ICB) {
            throw new DashboardException(
                    ErrorCategory.NOT_FOUND,
                    DashboardException.quote(code) + " is not an ICB footprint (it is " + icb.areaName()
                            + "); see /area/" + code);
        }
        Indicator chosen = indicatorId
                .map(id -> IndicatorLookup.indicator(snapshot, id))
                .orElseGet(() -> defaultIcbIndicator(snapshot));
        String key = "icb/" + code + "/" + year.map(String::valueOf).orElse("latest") + "/" + chosen.id();
        responses.sendHtml(
                context,
                snapshot,
                key,
                () -> renderer.render("icb", IcbPage.model(snapshot, geography, renderer, icb, year, chosen)));
    }

    private static final java.util.regex.Pattern LEVEL_FORM = java.util.regex.Pattern.compile("la|icb");

    /**
     * {@code GET /indicator/{id}?period=P&source=S&level=la|icb&area=CODE&compare=CODE...}: one indicator across
     * England, ranked among LAs or among ICB footprints (by default ICB footprints for a figure measured per ICB).
     */
    public void indicator(Context context) {
        String id = context.pathParam("id");
        Optional<String> period = RequestParameters.period(context);
        Optional<String> source = RequestParameters.source(context);
        Optional<String> highlight = RequestParameters.code(context, "area");
        List<String> compared = RequestParameters.codes(context, "compare");
        if (compared.size() > MAX_COMPARED) {
            throw new DashboardException(
                    ErrorCategory.BAD_REQUEST, "At most " + MAX_COMPARED + " areas can be compared at once");
        }
        Snapshot snapshot = store.current();
        Indicator indicator = IndicatorLookup.indicator(snapshot, id);
        source.ifPresent(name -> IndicatorLookup.requireSource(snapshot, id, name));
        period.ifPresent(name -> IndicatorLookup.requirePeriod(snapshot, id, name));
        String shownSource = source.orElseGet(() -> snapshot.sources(indicator.id()).stream()
                .findFirst()
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND, "Indicator " + id + " has no figures in snapshot " + snapshot.id())));
        Period shown = (period.isPresent()
                        ? IndicatorLookup.period(snapshot, id, period.get())
                        : IndicatorLookup.latestPeriod(snapshot, id, shownSource))
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND, "Indicator " + id + " has no figures from " + shownSource));
        Optional<Area> highlighted = highlight.map(code -> area(snapshot, code));
        List<Area> areas = new ArrayList<>();
        compared.forEach(code -> areas.add(area(snapshot, code)));
        Optional<ComparisonGroup> group = GroupQuery.of(context, snapshot);
        // A figure measured per ICB is ranked among ICB footprints, never among its LAs' shares of it
        AreaLevel level = RequestParameters.single(context, "level", LEVEL_FORM, "la or icb")
                .flatMap(AreaLevel::fromSnapshotName)
                .orElseGet(() -> IndicatorPage.isMeasuredPerIcb(snapshot, id, shown.period(), shownSource)
                        ? AreaLevel.ICB
                        : AreaLevel.LA);
        IndicatorPage.Choice choice = new IndicatorPage.Choice(
                indicator, shown, shownSource, highlighted, areas, boundaries.isPresent(), group, level);
        String key = "indicator/" + id + "/" + shown.period() + "/" + shownSource + "/" + level.snapshotName() + "/"
                + highlight.orElse("") + "/"
                + String.join(",", compared) + "/"
                + group.map(ComparisonGroup::parameter).orElse("");
        responses.sendHtml(
                context,
                snapshot,
                key,
                () -> renderer.render("indicator", IndicatorPage.model(snapshot, renderer, choice)));
    }

    /** {@code GET /indicators}: the catalogue in words, each indicator linked to its page. */
    public void indicators(Context context) {
        Snapshot snapshot = store.current();
        responses.sendHtml(context, snapshot, "indicators", () -> {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (Indicator indicator : snapshot.catalogue().indicators()) {
                List<String> sources = new ArrayList<>();
                snapshot.sources(indicator.id()).forEach(source -> sources.add(Display.source(source)));
                List<Period> periods = snapshot.periods(indicator.id());
                entries.add(Map.of(
                        "indicator",
                        indicator,
                        "partnerLabel",
                        Display.partner(indicator.partner()),
                        "sources",
                        sources,
                        "periods",
                        periods.isEmpty()
                                ? "none"
                                : periods.get(0).periodLabel() + " to "
                                        + periods.get(periods.size() - 1).periodLabel()));
            }
            Map<String, Object> model = PageSupport.frame(snapshot, "Indicators", "/export-metadata.csv");
            model.put("entries", entries);
            return renderer.render("indicators", model);
        });
    }

    /** {@code GET /boundaries.geojson}: the map's boundaries, when configured. */
    public void boundaries(Context context) {
        Boundaries configured = boundaries.orElseThrow(() -> new DashboardException(
                ErrorCategory.NOT_FOUND, "No boundaries are configured (start the server with --boundaries FILE)"));
        configured.encoded().send(context, "max-age=3600");
    }

    /** An error as a page, for requests from a browser rather than the API. */
    public void error(Context context, int status, String message) {
        String title = switch (status) {
            case 404 -> "Page not found";
            case 401 -> "Sign in first";
            case 403 -> "You cannot do this";
            default -> status >= 500 ? "Sorry, there is a problem" : "Check the address";
        };
        Map<String, Object> model = PageFrame.of(store.loaded(), title, true, null);
        model.put("status", status);
        model.put("message", message);
        context.status(status).contentType(ResponseCache.HTML).result(renderer.render("error", model));
    }

    /** Where an area's page is: the ICB page for ICB footprints, the profile for every other area. */
    static String link(Area area) {
        return area.areaLevel() == AreaLevel.ICB ? Routes.icb(area.areaCode()) : Routes.area(area.areaCode());
    }

    private static Area area(Snapshot snapshot, String code) {
        return snapshot.area(code)
                .orElseThrow(() -> new DashboardException(
                        ErrorCategory.NOT_FOUND,
                        "Unknown area code " + DashboardException.quote(code) + " in snapshot " + snapshot.id()));
    }

    /** The ICB page's chart shows the first indicator the NHS leads, or the first of all. */
    private static Indicator defaultIcbIndicator(Snapshot snapshot) {
        List<Indicator> indicators = snapshot.catalogue().indicators();
        return indicators.stream()
                .filter(indicator -> indicator.partner() == Partner.ICB
                        && !snapshot.periods(indicator.id()).isEmpty())
                .findFirst()
                .orElse(indicators.get(0));
    }
}
