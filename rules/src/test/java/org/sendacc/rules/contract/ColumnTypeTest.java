package org.sendacc.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ColumnTypeTest {
    @Test
    void readsAnIsoDate() {
        assertThat(ColumnType.DATE.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void rejectsADayTheMonthDoesNotHave() {
        assertThatThrownBy(() -> ColumnType.DATE.parse("2023-02-29"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an ISO date");
        assertThatThrownBy(() -> ColumnType.DATE.parse("2024-13-01")).hasMessage("not an ISO date");
        assertThatThrownBy(() -> ColumnType.DATE.parse("2024-00-10")).hasMessage("not an ISO date");
    }

    @Test
    void rejectsWhatIsNotIsoLikeTheFormatterDoes() {
        for (String text :
                new String[] {"2024-1-05", "05/01/2024", "2024-01-0a", "20240105", "2024/01/05", "2024-01-05T"}) {
            assertThatThrownBy(() -> ColumnType.DATE.parse(text)).as(text).hasMessage("not an ISO date");
        }
    }

    @Test
    void leavesRareIsoFormsToTheFormatter() {
        assertThat(ColumnType.isoDate("+12024-01-05")).isEqualTo(LocalDate.of(12024, 1, 5));
    }
}
