package org.ketnghia.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;
import static org.ketnghia.testing.Participants.HUNG_SON;
import static org.ketnghia.testing.Participants.head;
import static org.ketnghia.testing.Participants.household;
import static org.ketnghia.testing.Participants.status;

import org.ketnghia.testing.Participants;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

class PovertyStatusTest {

    private final KetnghiaRuntime runtime = Participants.runtime();

    @BeforeEach
    void registerHousehold() {
        runtime.ledger().submit(household("HN-001", A_UR, A_XAN, head("Bríu Thị Hoa", Sex.FEMALE, 1975)).build());
    }

    @Test
    void statusPerYear_isKeptSeparately() {
        runtime.ledger().submit(status("HN-001", A_XAN, 2024, PovertyCategory.POOR));
        runtime.ledger().submit(status("HN-001", A_XAN, 2025, PovertyCategory.NEAR_POOR));
        runtime.ledger().submit(status("HN-001", HUNG_SON, 2026, PovertyCategory.NEWLY_ESCAPED));

        Map<Integer, PovertyStatus> byYear = runtime.ledger().read(ParticipantRegistry.class,
                r -> r.povertyStatusByYear("HN-001"));
        assertThat(byYear).containsOnlyKeys(2024, 2025, 2026);
        assertThat(byYear.get(2024).category()).isEqualTo(PovertyCategory.POOR);
        assertThat(byYear.get(2025).category()).isEqualTo(PovertyCategory.NEAR_POOR);
        assertThat(byYear.get(2026).category()).isEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(byYear.get(2024).basis()).isEqualTo("Quyết định 123/QĐ-UBND ngày 10/12/2023 của UBND xã");
        assertThat(statusIn(2023)).isEmpty();
    }

    @Test
    void secondStatusForTheSameYear_isRejectedInFavourOfACorrection() {
        runtime.ledger().submit(status("HN-001", A_XAN, 2024, PovertyCategory.POOR));
        long before = runtime.ledger().lastSequence();

        assertThatThrownBy(() -> runtime.ledger().submit(status("HN-001", A_XAN, 2024, PovertyCategory.NEAR_POOR)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_ALREADY_RECORDED));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
    }

    @Test
    void correction_supersedesTheStatusAndKeepsTheHistory() {
        runtime.ledger().submit(status("HN-001", A_XAN, 2024, PovertyCategory.POOR));
        runtime.ledger().submit(correction(2024, PovertyCategory.NEAR_POOR, "Phúc tra theo đơn ngày 05/01/2024"));

        assertThat(statusIn(2024))
                .hasValueSatisfying(current -> {
                    assertThat(current.category()).isEqualTo(PovertyCategory.NEAR_POOR);
                    assertThat(current.isCorrection()).isTrue();
                    assertThat(current.correctionReason()).contains("Phúc tra theo đơn ngày 05/01/2024");
                });
        assertThat(historyOf(2024))
                .extracting(PovertyStatus::category, PovertyStatus::isCorrection)
                .containsExactly(tuple(PovertyCategory.POOR, false), tuple(PovertyCategory.NEAR_POOR, true));
    }

    @Test
    void correctionOfAYearWithoutStatus_isRejected() {
        assertThatThrownBy(() -> runtime.ledger().submit(correction(2024, PovertyCategory.POOR, "Bổ sung")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(ParticipantRegistryErrorCode.PARTICIPANT_NO_STATUS_TO_CORRECT));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(1);
    }

    @Test
    void classification_givesTheCategory_andMustAgreeWithAGivenOne() {
        PovertyClassification poor = PovertyClassifier.official().classify(PovertyAssessment.builder()
                .assessmentDate(LocalDate.of(2023, 11, 1)).area(Area.RURAL).monthlyIncomePerPerson(Money.ofDong(1_234_567))
                .addDeprivations("employment", "health-insurance", "water-source").build());
        runtime.ledger().submit(RecordPovertyStatus.builder().from(status("HN-001", A_XAN, 2024, PovertyCategory.POOR))
                .category(Optional.empty()).classification(poor).build());

        assertThat(statusIn(2024))
                .hasValueSatisfying(current -> {
                    assertThat(current.category()).isEqualTo(PovertyCategory.POOR);
                    assertThat(current.classification()).contains(poor);
                });
        RecordPovertyStatus contradicting = RecordPovertyStatus.builder()
                .from(status("HN-001", A_XAN, 2025, PovertyCategory.NEAR_POOR)).classification(poor).build();
        assertThatThrownBy(() -> runtime.ledger().submit(contradicting)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.code()).isEqualTo(ParticipantRegistryErrorCode.PARTICIPANT_CATEGORY_CONTRADICTS_CLASSIFICATION));
    }

    @Test
    void statusWithEveryProblem_reportsThemAll() {
        RecordPovertyStatus bad = RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(Participants.IN_2024).householdId("HN-404").year(1999).basis(" ").build();

        assertThatThrownBy(() -> runtime.ledger().submit(bad)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).extracting(Problem::code, Problem::field).containsExactly(
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, "householdId"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_YEAR_OUT_OF_RANGE, "year"),
                        tuple(CoreErrorCode.VALUE_BLANK, "basis"),
                        tuple(ParticipantRegistryErrorCode.PARTICIPANT_STATUS_CATEGORY_MISSING, "category")));
        assertThat(runtime.ledger().lastSequence()).isEqualTo(1);
    }

    private Optional<PovertyStatus> statusIn(int year) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.povertyStatus("HN-001", year));
    }

    private List<PovertyStatus> historyOf(int year) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.povertyStatusHistory("HN-001", year));
    }

    private static CorrectPovertyStatus correction(int year, PovertyCategory category, String reason) {
        return CorrectPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN).occurredOn(LocalDate.of(year, 1, 20))
                .householdId("HN-001").year(year).category(category)
                .basis("Quyết định 15/QĐ-UBND ngày 20/01/" + year).reason(reason).build();
    }
}
