package org.sendacc.contract.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's {@code _table.json} as ingest writes it, read back with the contract's record alone. */
class TableMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsTheColumnsWithTheirLogicalTypes() throws Exception {
        String written = """
                {"table": "dfe_caseload", "source": "dfe_ees", "publisher": "DfE", "description": "EHC plans",
                 "run_id": "20261207T120452Z-804c", "synthetic": false, "rows": 2,
                 "files": [{"file": "ees/caseload.csv", "sha256": "ab", "bytes": 10, "rows_read": 3, "accepted": 2,
                            "rejected": 1, "file_problems": []}],
                 "columns": [{"name": "time_period", "type": "long"}, {"name": "la_code", "type": "text"},
                             {"name": "missing_reasons", "type": "text_map"}]}
                """;
        TableMetadata metadata = JSON.readValue(written, TableMetadata.class);
        assertThat(metadata.runId()).isEqualTo("20261207T120452Z-804c");
        assertThat(metadata.files().get(0).rowsRead()).isEqualTo(3);
        assertThat(metadata.columns())
                .containsExactly(
                        new WarehouseColumn("time_period", LogicalType.LONG),
                        new WarehouseColumn("la_code", LogicalType.TEXT),
                        new WarehouseColumn("missing_reasons", LogicalType.TEXT_MAP));
        assertThat(JSON.readValue(JSON.writeValueAsString(metadata), TableMetadata.class))
                .isEqualTo(metadata);
    }

    @Test
    void aTableWrittenBeforeColumnsWereListedHasNone() throws Exception {
        String older = """
                {"table": "dfe_caseload", "source": "dfe_ees", "publisher": "DfE", "description": "EHC plans",
                 "run_id": "r", "synthetic": true, "rows": 0, "files": []}
                """;
        assertThat(JSON.readValue(older, TableMetadata.class).columns()).isEqualTo(List.of());
    }

    @Test
    void aTypeTheContractDoesNotKnowFailsTheRead() {
        String unknown = """
                {"table": "t", "source": "s", "publisher": "p", "description": "d", "run_id": "r", "synthetic": false,
                 "rows": 0, "files": [], "columns": [{"name": "x", "type": "varchar"}]}
                """;
        assertThatThrownBy(() -> JSON.readValue(unknown, TableMetadata.class)).hasMessageContaining("varchar");
    }
}
