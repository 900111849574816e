package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.participant.poverty.PovertyCategory;

class StatusHistoryTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 12, 10);

    @Test
    void statusesAreOrderedByYearThenAsAdded_andMadeAsTheRegistryRecordedThem() {
        Random random = new Random(20261207L);
        for (int round = 0; round < 200; round++) {
            StatusHistory history = new StatusHistory();
            TreeMap<Integer, List<PovertyStatus>> expected = new TreeMap<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                int year = 2021 + random.nextInt(5);
                PovertyCategory category = PovertyCategory.values()[random.nextInt(PovertyCategory.values().length)];
                LocalDate on = DECIDED.plusDays(i);
                PovertyStatus status;
                switch (random.nextInt(3)) {
                    case 0 -> {
                        history.add(recorded(year, category, i), on, 100 + i);
                        status = status(year, category, i, on, 100 + i).build();
                    }
                    case 1 -> {
                        history.add(corrected(year, category, i), on, 100 + i);
                        status = status(year, category, i, on, 100 + i).correctionReason("nhầm " + i).build();
                    }
                    default -> {
                        status = status(year, category, i, on, 100 + i).build();
                        history.add(status);
                    }
                }
                expected.computeIfAbsent(year, y -> new ArrayList<>()).add(status);
            }
            List<PovertyStatus> flat = new ArrayList<>();
            expected.values().forEach(flat::addAll);
            assertThat(history.size()).isEqualTo(count);
            for (int i = 0; i < count; i++) {
                assertThat(history.yearAt(i)).isEqualTo(flat.get(i).year());
                assertThat(history.statusAt(i)).isEqualTo(flat.get(i));
            }
            for (int year = 2020; year <= 2026; year++) {
                List<PovertyStatus> ofYear = expected.getOrDefault(year, List.of());
                assertThat(history.ofYear(year)).isEqualTo(ofYear);
                int latest = history.latestIndexOf(year);
                assertThat(latest < 0 ? null : history.statusAt(latest)).as("in force in %s", year)
                        .isEqualTo(ofYear.isEmpty() ? null : ofYear.get(ofYear.size() - 1));
            }
        }
    }

    @Test
    void anIndexOutsideTheHistory_isRefused() {
        StatusHistory history = new StatusHistory();
        history.add(recorded(2024, PovertyCategory.POOR, 1), DECIDED, 7);

        assertThat(history.statusAt(0).sequence()).isEqualTo(7);
        assertThatThrownBy(() -> history.statusAt(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.yearAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static PovertyStatusRecorded recorded(int year, PovertyCategory category, int decision) {
        return PovertyStatusRecorded.builder().householdId("HN-001").year(year).category(category)
                .basis("Quyết định " + decision + "/QĐ-UBND").build();
    }

    private static PovertyStatusCorrected corrected(int year, PovertyCategory category, int decision) {
        return PovertyStatusCorrected.builder().householdId("HN-001").year(year).category(category)
                .basis("Quyết định " + decision + "/QĐ-UBND").reason("nhầm " + decision).build();
    }

    private static PovertyStatus.Builder status(int year, PovertyCategory category, int decision, LocalDate on,
            long sequence) {
        return PovertyStatus.builder().householdId("HN-001").year(year).category(category)
                .basis("Quyết định " + decision + "/QĐ-UBND").recordedOn(on).sequence(sequence);
    }
}
