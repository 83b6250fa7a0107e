package org.sendacc.server.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.Pathway;
import org.sendacc.contract.snapshot.AreaLevel;
import org.sendacc.server.finding.FindingCard;
import org.sendacc.server.finding.Findings;
import org.sendacc.server.snapshot.Area;
import org.sendacc.server.snapshot.IndicatorRow;
import org.sendacc.server.snapshot.Snapshot;

/** What every page builder shares: the frame of a page, the choice of a row by year, and the areas by level. */
final class PageSupport {
    private PageSupport() {}

    /** The model every page starts from: title, snapshot, synthetic banner, the CSV of what is on screen. */
    static Map<String, Object> frame(Snapshot snapshot, String title, String csvUrl) {
        return PageFrame.of(Optional.of(snapshot), title, true, csvUrl);
    }

    /** The calendar years the snapshot's periods start in, newest first, for the year filters. */
    static List<Integer> years(Snapshot snapshot) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Indicator indicator : snapshot.catalogue().indicators()) {
            snapshot.periods(indicator.id())
                    .forEach(period -> years.add(period.periodStart().getYear()));
        }
        return new ArrayList<>(years.descendingSet());
    }

    /**
     * An area's row of a series for the chosen year: the latest period that starts in that year, or the latest period
     * of all when no year is chosen. Empty when the series has no such period.
     */
    static Optional<IndicatorRow> pick(
            Snapshot snapshot, String indicatorId, String source, String areaCode, Optional<Integer> year) {
        List<IndicatorRow> series = snapshot.series(indicatorId, source, areaCode);
        for (int index = series.size() - 1; index >= 0; index--) {
            IndicatorRow row = series.get(index);
            if (year.isEmpty() || row.periodStart().getYear() == year.get()) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * The source an area's scorecard shows first for an indicator: the first in the catalogue's order that has a
     * series for the area, so published figures come before local returns.
     */
    static Optional<String> primarySource(Snapshot snapshot, Indicator indicator, String areaCode) {
        for (String source : snapshot.sources(indicator.id())) {
            if (!snapshot.series(indicator.id(), source, areaCode).isEmpty()) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    /**
     * An area's row for the chosen year from the first source that has its series (see {@link #primarySource}); for an
     * inspection with no year chosen, the area's latest inspection from any source ({@link #latestEvent}).
     */
    static Optional<IndicatorRow> primaryRow(
            Snapshot snapshot, Indicator indicator, String areaCode, Optional<Integer> year) {
        if (year.isEmpty() && isEvent(indicator)) {
            Optional<IndicatorRow> latest = latestEvent(snapshot, indicator, areaCode);
            if (latest.isPresent()) {
                return latest;
            }
        }
        return primarySource(snapshot, indicator, areaCode)
                .flatMap(source -> pick(snapshot, indicator.id(), source, areaCode, year));
    }

    /**
     * True for an indicator of events rather than a measure of every period: an area SEND inspection happens every few
     * years, so an area's latest figure is its latest inspection, not the latest year's (empty) row.
     */
    static boolean isEvent(Indicator indicator) {
        return indicator.pathway() != null && indicator.pathway() == Pathway.INSPECTION;
    }

    /** The area's latest row with a value of an event indicator, from whichever source has the latest. */
    static Optional<IndicatorRow> latestEvent(Snapshot snapshot, Indicator indicator, String areaCode) {
        IndicatorRow found = null;
        for (String source : snapshot.sources(indicator.id())) {
            for (IndicatorRow row : snapshot.series(indicator.id(), source, areaCode)) {
                if (row.value() != null && (found == null || row.periodStart().isAfter(found.periodStart()))) {
                    found = row;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The snapshot's areas of one level, by name. */
    static List<Area> areas(Snapshot snapshot, AreaLevel level) {
        List<Area> areas = new ArrayList<>();
        for (Area area : snapshot.areas()) {
            if (area.areaLevel() == level) {
                areas.add(area);
            }
        }
        areas.sort((left, right) -> left.areaName().compareToIgnoreCase(right.areaName()));
        return areas;
    }

    /** A link's query string from name and value pairs, skipping empty values; values are URL-encoded. */
    static String query(Map<String, ?> parameters) {
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> {
            List<Object> values = new ArrayList<>();
            if (value instanceof List<?>) {
                values.addAll((List<?>) value);
            } else if (value != null) {
                values.add(value);
            }
            for (Object single : values) {
                String text = single instanceof Optional<?>
                        ? ((Optional<?>) single).map(Object::toString).orElse("")
                        : single.toString();
                if (!text.isEmpty()) {
                    query.append(query.length() == 0 ? '?' : '&')
                            .append(name)
                            .append('=')
                            .append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        });
        return query.toString();
    }

    /** An ordered map for {@link #query}. */
    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int index = 0; index + 1 < namesAndValues.length; index += 2) {
            parameters.put(namesAndValues[index].toString(), namesAndValues[index + 1]);
        }
        return parameters;
    }

    /** How many cards a page opens with: the three biggest problems. */
    static final int CARDS_SHOWN = 3;

    /**
     * The area's headline findings for a page (an LA or ICB footprint; none for England or a region), one card per
     * problem: the {@link #CARDS_SHOWN} most severe as {@code findings}, the rest as {@code moreFindings}.
     */
    static void putFindings(Map<String, Object> model, Snapshot snapshot, Area area, List<String> neighbours) {
        boolean written = area.areaLevel() == AreaLevel.LA || area.areaLevel() == AreaLevel.ICB;
        model.put("showFindings", written);
        if (!written) {
            model.put("findings", List.of());
            model.put("moreFindings", List.of());
            return;
        }
        List<FindingCard> cards = Findings.cards(snapshot, area, neighbours);
        int shown = Math.min(CARDS_SHOWN, cards.size());
        model.put("findings", cards.subList(0, shown));
        model.put("moreFindings", cards.subList(shown, cards.size()));
    }
}
