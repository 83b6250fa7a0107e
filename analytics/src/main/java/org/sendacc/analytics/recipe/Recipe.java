package org.sendacc.analytics.recipe;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sendacc.analytics.catalogue.Indicator;
import org.sendacc.analytics.catalogue.IndicatorSource;

/**
 * A way of computing an indicator from one kind of source, parameterised by the catalogue. It returns rows of
 * {@link org.sendacc.analytics.indicators.BaseRows#SCHEMA}: numerator and denominator per area and period, at
 * whatever levels the source carries; the job fills the missing levels by aggregating LAs.
 */
public interface Recipe {
    String name();

    /** The warehouse tables the recipe reads: without them it yields nothing, and the job says why. */
    java.util.List<String> tables(IndicatorSource source);

    Dataset<Row> compute(RecipeContext context, Indicator indicator, IndicatorSource source);
}
