package org.sendacc.reference.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendacc.reference.LaChangeType;
import org.sendacc.testing.RealData;
import org.sendacc.testing.Tiers;

/**
 * The declared LA code changes are each confirmed by the ONS change log, and the tool refuses a change the log does
 * not record.
 */
@Tag(Tiers.REAL_DATA)
class DeclaredCodeChangesTest {

    @Test
    void everyDeclaredChangeIsConfirmedByTheOnsLog() {
        List<String> notes =
                DeclaredCodeChanges.notesCheckedAgainstOns(RealData.root().resolve("ons-uk-topojson/changes.csv"));

        assertThat(notes).hasSameSizeAs(DeclaredCodeChanges.ALL);
    }

    @Test
    void barnsleyNoteQuotesTheOnsNewCodeRecord() {
        List<String> notes =
                DeclaredCodeChanges.notesCheckedAgainstOns(RealData.root().resolve("ons-uk-topojson/changes.csv"));
        int barnsley = indexOf("E08000016");

        assertThat(notes.get(barnsley))
                .isEqualTo("Same authority, new ONS code. DfE files up to 2024/25 use E08000016."
                        + " ONS changes.csv (2025): E08000016 Barnsley new_code -> E08000038.");
    }

    @Test
    void declaresSevenRecodes() {
        assertThat(DeclaredCodeChanges.ALL.stream()
                        .filter(declared -> declared.type() == LaChangeType.RECODE)
                        .map(declared -> declared.oldCode() + "->" + declared.newCode()))
                .containsExactlyInAnyOrder(
                        "E08000020->E08000037",
                        "E06000048->E06000057",
                        "E10000002->E06000060",
                        "E10000023->E06000065",
                        "E10000027->E06000066",
                        "E08000016->E08000038",
                        "E08000019->E08000039");
    }

    @Test
    void refusesAChangeTheOnsLogDoesNotRecord(@TempDir Path temporary) throws IOException {
        Path changes = temporary.resolve("changes.csv");
        Files.writeString(changes, "\uFEFFoldcd,oldnm,newcd,newnm,type,start\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DeclaredCodeChanges.notesCheckedAgainstOns(changes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(changes + " has no 2013 row for E08000020, so the declared change");
    }

    @Test
    void refusesAChangeTheOnsLogRecordsIntoAnotherCode(@TempDir Path temporary) throws IOException {
        Path changes = temporary.resolve("changes.csv");
        Files.writeString(
                changes,
                "oldcd,oldnm,newcd,newnm,type,start\nE06000028,Bournemouth,E06000059,Dorset,merger,2019\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DeclaredCodeChanges.notesCheckedAgainstOns(changes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(changes + " records E06000028 as merger into E06000059 in 2019, but the declared change"
                        + " is to E06000058");
    }

    private static int indexOf(String oldCode) {
        for (int index = 0; index < DeclaredCodeChanges.ALL.size(); index++) {
            if (DeclaredCodeChanges.ALL.get(index).oldCode().equals(oldCode)) {
                return index;
            }
        }
        throw new AssertionError("no declared change from " + oldCode);
    }
}
