package org.sendacc.ingest.nhs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.sendacc.ingest.Processed;
import org.sendacc.ingest.source.Provenance;
import org.sendacc.rules.contract.Contract;

/**
 * The accepted rows of a {@link Processed} file as maps from column to value (missing_reasons as a Java map), so a
 * test can pick out one record by its key columns and compare it with a figure read off the published file.
 */
public final class AcceptedRecords {
    private AcceptedRecords() {}

    public static List<Map<String, Object>> of(Processed processed) {
        StructType schema = Provenance.tableSchema(processed.source().contract());
        List<Map<String, Object>> records = new ArrayList<>();
        for (Row row : processed.accepted()) {
            Map<String, Object> record = new HashMap<>();
            for (int i = 0; i < schema.size(); i++) {
                Object value = row.get(i);
                if (schema.fields()[i].name().equals(Contract.MISSING_REASONS) && value != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, String> reasons = (Map<String, String>) value;
                    value = Map.copyOf(reasons);
                }
                record.put(schema.fields()[i].name(), value);
            }
            records.add(record);
        }
        return records;
    }

    /** The accepted records whose columns hold the given values. */
    public static List<Map<String, Object>> matching(Processed processed, Map<String, Object> key) {
        return of(processed).stream()
                .filter(record -> key.entrySet().stream()
                        .allMatch(entry -> Objects.equals(record.get(entry.getKey()), entry.getValue())))
                .toList();
    }

    /** The one accepted record with these key values; fails the test when there is none or more than one. */
    public static Map<String, Object> only(Processed processed, Map<String, Object> key) {
        List<Map<String, Object>> found = matching(processed, key);
        if (found.size() != 1) {
            throw new AssertionError("expected one accepted record with " + key + " but found " + found.size());
        }
        return found.get(0);
    }

    /** The missing-value reason recorded for a column of a record, or null. */
    public static String reason(Map<String, Object> record, String column) {
        @SuppressWarnings("unchecked")
        Map<String, String> reasons = (Map<String, String>) record.get(Contract.MISSING_REASONS);
        return reasons == null ? null : reasons.get(column);
    }
}
