package org.sendacc.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SparkCommandOptionsTest {
    @Test
    void readsInputWarehouseAndMaster() {
        SparkCommand.Options options = SparkCommand.Options.parse(
                new String[] {"--input", "in", "--warehouse", "wh", "--master", "spark://127.0.0.1:7077"}, true);
        assertThat(options).isEqualTo(new SparkCommand.Options("in", "wh", "spark://127.0.0.1:7077", false));
    }

    @Test
    void runsLocallyOnEveryCoreUnlessToldOtherwise() {
        assertThat(SparkCommand.Options.parse(new String[] {"--warehouse", "wh"}, false)
                        .master())
                .isEqualTo("local[*]");
    }

    @Test
    void aCommandWithoutInputRejectsIt() {
        assertThatThrownBy(() -> SparkCommand.Options.parse(new String[] {"--input", "in", "--warehouse", "wh"}, false))
                .hasMessage("unknown option --input");
    }

    @Test
    void namesWhatIsMissing() {
        assertThatThrownBy(() -> SparkCommand.Options.parse(new String[] {"--warehouse", "wh"}, true))
                .hasMessage("--input and --warehouse are required");
        assertThatThrownBy(() -> SparkCommand.Options.parse(new String[] {}, false))
                .hasMessage("--warehouse is required");
        assertThatThrownBy(() -> SparkCommand.Options.parse(new String[] {"--warehouse"}, false))
                .hasMessage("--warehouse needs a value");
    }

    @Test
    void helpNeedsNothingElse() {
        assertThat(SparkCommand.Options.parse(new String[] {"--help"}, true).help())
                .isTrue();
    }
}
