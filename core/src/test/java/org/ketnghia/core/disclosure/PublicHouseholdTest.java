package org.ketnghia.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PublicHouseholdTest {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

    @Property(tries = 500)
    void facts_answerAsATreeMapByDay(@ForAll @Size(max = 6) List<@IntRange(min = 0, max = 4) Integer> days) {
        PublicHousehold<String, String> household = new PublicHousehold<>();
        TreeMap<LocalDate, String> expected = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i) == 0 ? LocalDate.MIN : FIRST.plusDays(days.get(i));
            household.put(from, "facts " + i);
            expected.put(from, "facts " + i);
        }
        assertThat(household.latest()).isEqualTo(expected.isEmpty() ? null : expected.lastEntry().getValue());
        for (int day = -1; day <= 5; day++) {
            LocalDate date = FIRST.plusDays(day);
            Map.Entry<LocalDate, String> floor = expected.floorEntry(date);
            assertThat(household.on(date)).as("on %s", date).isEqualTo(floor == null ? null : floor.getValue());
        }
        Map<LocalDate, String> given = new LinkedHashMap<>();
        household.forEachFacts(given::put);
        assertThat(given).containsExactlyEntriesOf(expected);
    }

    @Test
    void factsFromTheSameDay_replaceTheOnlyOnes() {
        PublicHousehold<String, String> household = new PublicHousehold<>();
        household.put(LocalDate.MIN, "Chủ hộ A");
        household.put(LocalDate.MIN, "Chủ hộ B");

        List<String> given = new ArrayList<>();
        household.forEachFacts((from, facts) -> given.add(from + " " + facts));
        assertThat(given).containsExactly(LocalDate.MIN + " Chủ hộ B");
        assertThat(household.on(FIRST)).isEqualTo("Chủ hộ B");
    }

    @Test
    void factsFromALaterDay_holdOnlyFromIt() {
        PublicHousehold<String, String> household = new PublicHousehold<>();
        household.put(FIRST, "split off");

        assertThat(household.on(FIRST.minusDays(1))).isNull();
        assertThat(household.on(FIRST)).isEqualTo("split off");
    }

    @Test
    void categories_areKeptByYearOnlyOnceAdded() {
        PublicHousehold<String, String> household = new PublicHousehold<>();
        assertThat(household.categories()).isNull();
        assertThat(household.latest()).isNull();

        household.addCategory(2023, "nghèo");
        household.addCategory(2022, "cận nghèo");

        assertThat(household.categories().size()).isEqualTo(2);
        assertThat(household.categories().valueAt(0)).isEqualTo("cận nghèo");
        assertThat(household.categories().yearAt(1)).isEqualTo(2023);
        assertThat(household.latest()).as("categories are no facts").isNull();
    }
}
