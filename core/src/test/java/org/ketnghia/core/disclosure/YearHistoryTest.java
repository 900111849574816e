package org.ketnghia.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class YearHistoryTest {

    @Test
    void valuesAreOrderedByYearThenAsAdded_likeATreeOfLists() {
        Random random = new Random(20261205L);
        for (int round = 0; round < 200; round++) {
            YearHistory<String> history = new YearHistory<>();
            TreeMap<Integer, List<String>> expected = new TreeMap<>();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                int year = 2020 + random.nextInt(6);
                String value = "v" + i;
                history.add(year, value);
                expected.computeIfAbsent(year, y -> new ArrayList<>()).add(value);
            }
            List<Map.Entry<Integer, String>> flat = new ArrayList<>();
            expected.forEach((year, values) -> values.forEach(value -> flat.add(Map.entry(year, value))));
            assertThat(history.size()).isEqualTo(count);
            for (int i = 0; i < count; i++) {
                assertThat(history.yearAt(i)).isEqualTo(flat.get(i).getKey());
                assertThat(history.valueAt(i)).isEqualTo(flat.get(i).getValue());
            }
            for (int year = 2019; year <= 2026; year++) {
                assertThat(history.ofYear(year)).isEqualTo(expected.getOrDefault(year, List.of()));
            }
        }
    }

    @Test
    void anIndexOutsideTheHistory_isRefused() {
        YearHistory<String> history = new YearHistory<>();
        history.add(2024, "hộ nghèo");

        assertThat(history.valueAt(0)).isEqualTo("hộ nghèo");
        assertThatThrownBy(() -> history.valueAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.yearAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.add(2024, null)).isInstanceOf(NullPointerException.class);
        assertThat(history.ofYear(2024)).containsExactly("hộ nghèo");
    }
}
