package org.sendacc.analytics.recipe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sendacc.analytics.indicators.Areas;

/** What a recipe may read: the warehouse's tables (by name) and the areas built from the reference data. */
public record RecipeContext(SparkSession spark, String warehouse, Areas areas) {
    public RecipeContext {
        requireNonNull(spark, "spark is null");
        requireNonNull(warehouse, "warehouse is null");
        requireNonNull(areas, "areas is null");
    }

    public boolean hasTable(String name) {
        Path path = new Path(warehouse, name);
        try {
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration())
                    .exists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for table " + name + " in " + warehouse, e);
        }
    }

    public Dataset<Row> table(String name) {
        return spark.read().parquet(new Path(warehouse, name).toString());
    }
}
