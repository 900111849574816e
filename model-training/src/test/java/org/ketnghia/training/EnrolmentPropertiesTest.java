package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_XAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.course.TrainingRecords;

/** Capacity holds whatever batches officials come in, and a refused batch leaves the ledger as it was. */
class EnrolmentPropertiesTest {

    private static final LocalDate OPENED = LocalDate.of(2023, 2, 1);

    @Property(tries = 60)
    void enrolmentsNeverExceedCapacity_andRefusalsAppendNothing(@ForAll @IntRange(min = 1, max = 8) int capacity,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 4) Integer> batches) {
        Ledger ledger = TrainingFixtures.runtime().ledger();
        for (int i = 0; i < 24; i++) {
            ledger.submit(TrainingFixtures.official("P-" + i, "Cán bộ " + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE, "Cơ Tu",
                    "Công chức", A_XAN));
        }
        ledger.submit(TrainingFixtures.openClass("K", A_XAN, OfficialLevel.COMMUNE, OPENED,
                TrainingFixtures.days(OPENED.plusDays(10), 2), capacity, "finance").build());
        int next = 0;
        int accepted = 0;
        for (int size : batches) {
            List<String> people = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                people.add("P-" + next++);
            }
            long before = ledger.lastSequence();
            try {
                ledger.submit(TrainingFixtures.enrol("K", A_XAN, OPENED, people.toArray(String[]::new)));
                accepted += size;
            } catch (KetnghiaException refused) {
                assertThat(accepted + size).isGreaterThan(capacity);
                assertThat(ledger.lastSequence()).isEqualTo(before);
            }
        }
        int enrolled = ledger.read(TrainingRecords.class, records -> records.enrolled("K")).size();
        assertThat(enrolled).isEqualTo(accepted).isLessThanOrEqualTo(capacity);
    }
}
