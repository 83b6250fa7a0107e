package org.sendacc.analytics.recipe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.analytics.input.SourceRow;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;
import org.sendacc.contract.snapshot.Revision;

/**
 * The years of a SEN2 indicator that only DfE's older release has, from its wide file ({@code sen2_mi.csv}, 2014 to
 * 2022: one column per measure): the {@code numerator} column over the {@code denominator} column where the file has
 * the denominator (requests refused: {@code ass_refused_ehc} over {@code inreq_ehc}), or else the file's own {@code
 * rate} as published, with no counts behind it (20-week timeliness: the file gives the plans issued within 20 weeks
 * and the rate, not the plans issued, so there is no interval and no trend test over those years).
 *
 * <p>Where both releases give a year, the newer one wins: the newer release's series (the same indicator and source,
 * computed by its own recipe from {@code newer_table}) keeps that year, and this recipe yields nothing for it. Each
 * figure the two releases both give and give differently (a count, or the rate beyond the older file's rounding) is a
 * {@link Revision}, listed in the snapshot's manifest, never dropped silently.
 */
final class Sen2OlderReleaseRecipe implements Recipe {
    /** The older file writes rates to one decimal place (2014-2021) or three (2022): a difference within half the last place is rounding. */
    static final double RATE_ROUNDING = 0.05;

    @Override
    public String name() {
        return "sen2_older_release";
    }

    @Override
    public List<String> tables(IndicatorSource source) {
        return List.of(source.text("table"), source.text("newer_table"));
    }

    @Override
    public void declare(Indicator indicator, IndicatorSource source, InputNeeds needs) {
        List<String> columns = new ArrayList<>(List.of(source.text("numerator"), source.text("rate")));
        source.optionalText("denominator").ifPresent(columns::add);
        needs.columns(source.text("table"), EesRows.columns(columns));
        List<String> newer = new ArrayList<>(List.of(source.text("newer_numerator")));
        newer.addAll(source.list("newer_denominator"));
        needs.columns(source.text("newer_table"), EesRows.columns(newer))
                .breakdown(source.text("newer_table"), source.text("newer_breakdown"));
    }

    private record Key(String areaCode, String period) {}

    @Override
    public List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source) {
        Set<String> newerYears =
                newer(inputs, source).keySet().stream().map(Key::period).collect(java.util.stream.Collectors.toSet());
        Optional<String> denominator = source.optionalText("denominator");
        String numerator = source.text("numerator");
        String rate = source.text("rate");
        String release = source.text("release_url");
        List<BaseRow> rows = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            if (newerYears.contains(located.period().key())) {
                continue; // the newer release gives this year
            }
            SourceRow row = located.row();
            if (denominator.isPresent()) {
                Double count = row.number(numerator);
                Double of = row.number(denominator.get());
                String reason = count == null || of == null
                        ? EesRows.firstReason(row, List.of(numerator, denominator.get()))
                        : null;
                rows.add(cited(EesRows.baseRow(located, indicator.id(), source.source(), count, of, reason), release));
            } else {
                Double published = row.number(rate);
                rows.add(cited(
                        EesRows.baseRow(
                                        located,
                                        indicator.id(),
                                        source.source(),
                                        null,
                                        null,
                                        published == null ? row.reason(rate) : null)
                                .withPublishedValue(published),
                        release));
            }
        }
        return rows;
    }

    /**
     * The row with the older release's page ({@code release_url}, listed in the catalogue's publications), so that it
     * is cited to that release and not to the newer one its series' latest figures come from.
     */
    private static BaseRow cited(BaseRow row, String release) {
        return new BaseRow(
                row.indicatorId(),
                row.source(),
                row.areaCode(),
                row.level(),
                row.period(),
                row.numerator(),
                row.denominator(),
                row.isApportioned(),
                row.missingReason(),
                null,
                release,
                row.publishedLower95(),
                row.publishedUpper95(),
                row.noSenValue(),
                row.publishedValue());
    }

    @Override
    public List<Revision> revisions(Inputs inputs, Indicator indicator, IndicatorSource source) {
        Map<Key, double[]> newer = newer(inputs, source);
        Optional<String> denominator = source.optionalText("denominator");
        List<Revision> revisions = new ArrayList<>();
        for (EesRows.Located located : EesRows.located(inputs.rows(source.text("table")), null)) {
            double[] latest =
                    newer.get(new Key(located.areaCode(), located.period().key()));
            if (latest == null) {
                continue;
            }
            SourceRow row = located.row();
            compare(
                    revisions,
                    indicator,
                    located,
                    source.text("numerator"),
                    row.number(source.text("numerator")),
                    latest[0],
                    0);
            if (denominator.isPresent()) {
                compare(revisions, indicator, located, denominator.get(), row.number(denominator.get()), latest[1], 0);
            } else {
                // a rate the newer release cannot give (no plans issued) is a difference too, if the older gave one
                compare(
                        revisions,
                        indicator,
                        located,
                        source.text("rate"),
                        row.number(source.text("rate")),
                        latest[1] > 0 ? 100 * latest[0] / latest[1] : Double.NaN,
                        RATE_ROUNDING);
            }
        }
        return revisions;
    }

    private static void compare(
            List<Revision> revisions,
            Indicator indicator,
            EesRows.Located located,
            String measure,
            Double older,
            double newer,
            double tolerance) {
        if (older == null && Double.isNaN(newer)) {
            return;
        }
        if (older == null || Double.isNaN(newer) || Math.abs(older - newer) > tolerance + 1e-9) {
            revisions.add(new Revision(
                    indicator.id(),
                    located.areaCode(),
                    located.period().key(),
                    measure,
                    older,
                    Double.isNaN(newer) ? null : newer));
        }
    }

    /** The newer release's numerator and denominator by area and year (NaN where it gives none). */
    private static Map<Key, double[]> newer(Inputs inputs, IndicatorSource source) {
        Map<Key, double[]> byKey = new HashMap<>();
        List<String> denominators = source.list("newer_denominator");
        for (EesRows.Located located :
                EesRows.located(inputs.rows(source.text("newer_table")), source.text("newer_breakdown"))) {
            Double numerator = located.row().number(source.text("newer_numerator"));
            Double denominator = EesRows.sumOf(located.row(), denominators);
            byKey.put(new Key(located.areaCode(), located.period().key()), new double[] {
                numerator == null ? Double.NaN : numerator, denominator == null ? Double.NaN : denominator
            });
        }
        return byKey;
    }
}
