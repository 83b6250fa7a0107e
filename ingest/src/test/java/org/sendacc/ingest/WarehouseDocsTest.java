package org.sendacc.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.rules.source.Source;

/** docs/warehouse.md stays true to the contracts: every table is described, every local-return column listed. */
class WarehouseDocsTest {
    private static String docs() throws IOException {
        return Files.readString(Path.of(System.getProperty("sendacc.root"), "docs", "warehouse.md"));
    }

    @Test
    void describesEveryTable() throws IOException {
        String docs = docs();
        for (Source source : SourceCatalog.all()) {
            assertThat(docs).as(source.table()).contains("`" + source.table() + "`");
        }
    }

    @Test
    void listsEveryColumnOfEveryLocalReturnTable() throws IOException {
        String docs = docs();
        for (Source source : SourceCatalog.all()) {
            if (source.table().startsWith("local_")) {
                String section = docs.substring(docs.indexOf("### `" + source.table() + "`"));
                for (StructField field :
                        Provenance.tableSchema(source.contract()).fields()) {
                    assertThat(section).as(source.table()).contains("| `" + field.name() + "` |");
                }
            }
        }
    }
}
