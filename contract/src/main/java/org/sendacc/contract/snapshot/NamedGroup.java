package org.sendacc.contract.snapshot;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A named comparison group of local authorities (a DfE programme's LAs, or any list a user loads), as the snapshot
 * publishes it in {@code groups.json} from the warehouse's {@code comparison_groups} table (docs/snapshot.md
 * "Comparison groups").
 *
 * @param id the group's id in URLs: its name in lower case, words joined by underscores
 * @param codes the LAs' current codes, in the order loaded
 * @param source where the list comes from (the file's {@code source} column)
 * @param asAt the date the source gives for the list, if any
 * @param complete whether the source says the list is complete; a partial one says so wherever it shows
 * @param note the source's words on completeness, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedGroup(
        @JsonProperty("id") String id,
        @JsonProperty("name") String name,
        @JsonProperty("codes") List<String> codes,
        @JsonProperty("source") String source,
        @JsonProperty("as_at") String asAt,
        @JsonProperty("complete") boolean complete,
        @JsonProperty("note") String note) {
    public NamedGroup {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
