package org.sendacc.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void noArgumentsGiveTheDocumentedDefaults() {
        GeneratorOptions options = GeneratorOptions.parse();

        assertThat(options)
                .isEqualTo(new GeneratorOptions(Path.of("sample-data", "generated"), 20250601L, 1, 2019, 2025));
    }

    @Test
    void everyOptionIsRead() {
        GeneratorOptions options =
                GeneratorOptions.parse("--out", "x", "--seed", "7", "--scale", "3", "--from", "2020", "--to", "2022");

        assertThat(options).isEqualTo(new GeneratorOptions(Path.of("x"), 7L, 3, 2020, 2022));
    }

    @Test
    void anUnknownOptionIsRejected() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--size", "3")).hasMessageContaining("unknown option --size");
    }

    @Test
    void aYearBeforeTheSeriesIsRejected() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--from", "2018")).hasMessageContaining("--from");
    }

    @Test
    void theDescriptionLeavesOutTheOutputFolder() {
        assertThat(GeneratorOptions.parse("--out", "/somewhere/else").describe())
                .isEqualTo("--seed 20250601 --scale 1 --from 2019 --to 2025");
    }

    @Test
    void returnsAreTakenAtTheEndOfTheFollowingJanuary() {
        assertThat(GeneratorOptions.parse("--to", "2024").snapshotDate()).isEqualTo(LocalDate.of(2025, 1, 31));
    }
}
