package org.sendacc.analytics.recipe;

import java.util.List;
import org.sendacc.analytics.input.InputNeeds;
import org.sendacc.analytics.input.Inputs;
import org.sendacc.contract.catalogue.Indicator;
import org.sendacc.contract.catalogue.IndicatorSource;

/**
 * A way of computing an indicator from one kind of source, parameterised by the catalogue. It first declares what it
 * reads, so that the job reads each warehouse table once for every recipe; then, in plain Java over what was read, it
 * returns numerator and denominator per area and period ({@link BaseRow}) at whatever levels the source carries; the
 * job fills the missing levels by adding LAs up.
 */
public interface Recipe {
    String name();

    /** The warehouse tables the recipe reads: without them it yields nothing, and the job says why. */
    List<String> tables(IndicatorSource source);

    /** Declares what the recipe will read of its tables; throws CatalogueException for a bad parameter. */
    void declare(Indicator indicator, IndicatorSource source, InputNeeds needs);

    List<BaseRow> compute(Inputs inputs, Indicator indicator, IndicatorSource source);

    /**
     * The figures for each breakdown of the published file other than the headline one (by age, sex, ethnicity...),
     * where the recipe and the catalogue's source entry ({@code "breakdowns": true}) ask for them; none by default.
     */
    default List<BreakdownRow> breakdowns(Inputs inputs, Indicator indicator, IndicatorSource source) {
        return List.of();
    }

    /**
     * Where the recipe reads two releases of one publication, the figures they both give and give differently (the
     * newer is published; docs/snapshot.md); none by default.
     */
    default List<org.sendacc.contract.snapshot.Revision> revisions(
            Inputs inputs, Indicator indicator, IndicatorSource source) {
        return List.of();
    }
}
