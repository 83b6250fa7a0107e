package org.sendacc.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sendacc.contract.snapshot.Comparison;

class ComparisonTest {
    @Test
    void tokensAreTheStableLowerCaseValues() {
        assertThat(Arrays.stream(Comparison.values()).map(Comparison::token))
                .containsExactly(
                        "better_99.8",
                        "better_95",
                        "similar",
                        "worse_95",
                        "worse_99.8",
                        "higher_99.8",
                        "higher_95",
                        "lower_95",
                        "lower_99.8",
                        "not_compared");
    }

    @Test
    void labelsArePlainEnglish() {
        assertThat(Comparison.BETTER_99_8.label()).isEqualTo("Significantly better (99.8%)");
        assertThat(Comparison.BETTER_95.label()).isEqualTo("Better (95%)");
        assertThat(Comparison.SIMILAR.label()).isEqualTo("Similar");
        assertThat(Comparison.WORSE_95.label()).isEqualTo("Worse (95%)");
        assertThat(Comparison.WORSE_99_8.label()).isEqualTo("Significantly worse (99.8%)");
        assertThat(Comparison.HIGHER_99_8.label()).isEqualTo("Significantly higher (99.8%)");
        assertThat(Comparison.HIGHER_95.label()).isEqualTo("Higher (95%)");
        assertThat(Comparison.LOWER_95.label()).isEqualTo("Lower (95%)");
        assertThat(Comparison.LOWER_99_8.label()).isEqualTo("Significantly lower (99.8%)");
        assertThat(Comparison.NOT_COMPARED.label()).isEqualTo("Not compared");
    }
}
