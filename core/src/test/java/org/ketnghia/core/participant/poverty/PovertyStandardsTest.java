package org.ketnghia.core.participant.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

class PovertyStandardsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final PovertyStandards official = PovertyStandards.official();

    @ParameterizedTest
    @CsvSource({
        "2022-01-01, 07/2021/NĐ-CP",
        "2025-12-31, 07/2021/NĐ-CP",
        "2026-12-31, 07/2021/NĐ-CP",
        "2027-01-01, 351/2025/NĐ-CP",
        "2031-06-30, 351/2025/NĐ-CP"})
    void ruleSetAt_selectsTheStandardInForce(LocalDate date, String expected) {
        assertThat(official.ruleSetAt(date)).map(PovertyStandard::id).contains(expected);
    }

    @Test
    void noStandardBefore2022() {
        assertThat(official.ruleSetAt(LocalDate.parse("2021-12-31"))).isEmpty();
        assertThatThrownBy(() -> official.requireRuleSetAt(LocalDate.parse("2021-12-31")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_NO_POVERTY_STANDARD);
                    assertThat(e.field()).isEqualTo("assessmentDate");
                });
    }

    @Test
    void decree07_hasTwelveIndicators_decree351_dropsInformationDevices_andAddsTwo() {
        PovertyStandard decree07 = official.byId("07/2021/NĐ-CP").orElseThrow();
        PovertyStandard decree351 = official.byId("351/2025/NĐ-CP").orElseThrow();

        assertThat(decree07.indicatorIds()).hasSize(12).contains("information-devices").doesNotContain("household-waste");
        assertThat(decree351.indicatorIds()).hasSize(13).doesNotContain("information-devices")
                .contains("digital-services", "household-waste");
        assertThat(decree351.indicatorIds()).containsAll(
                decree07.indicatorIds().stream().filter(id -> !id.equals("information-devices")).toList());
        assertThat(decree07.minimumDeprivationsForPoor()).isEqualTo(3);
        assertThat(decree351.minimumDeprivationsForPoor()).isEqualTo(3);
    }

    @Test
    void decree07_thresholds_andValidity() {
        PovertyStandard decree07 = official.byId("07/2021/NĐ-CP").orElseThrow();

        assertThat(decree07.thresholdsFor(Area.RURAL))
                .isEqualTo(IncomeThresholds.of(Money.ofDong(1_500_000), Money.ofDong(2_250_000)));
        assertThat(decree07.thresholdsFor(Area.URBAN))
                .isEqualTo(IncomeThresholds.of(Money.ofDong(2_000_000), Money.ofDong(3_000_000)));
        assertThat(decree07.validFrom()).isEqualTo(LocalDate.parse("2022-01-01"));
        assertThat(decree07.validUntil()).contains(LocalDate.parse("2026-12-31"));
        assertThat(decree07.newlyEscapedYears()).isEqualTo(3);
    }

    @Test
    void decree351_provisionalCeiling_isMarkedForChecking() {
        PovertyStandard decree351 = official.byId("351/2025/NĐ-CP").orElseThrow();

        assertThat(decree351.thresholdsFor(Area.RURAL).incomeLine()).isEqualTo(Money.ofDong(2_200_000));
        assertThat(decree351.thresholdsFor(Area.URBAN).incomeLine()).isEqualTo(Money.ofDong(2_800_000));
        assertThat(decree351.notes()).anySatisfy(note -> assertThat(note).contains("averageLivingCeiling").contains("(check)"));
    }

    @Test
    void standardsSharingADay_areRejected() {
        PovertyStandard first = standard("A", "2022-01-01", "2026-12-31");
        PovertyStandard second = standard("B", "2026-12-31", null);

        assertThatThrownBy(() -> PovertyStandards.of(List.of(second, first)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_OVERLAPPING_POVERTY_STANDARDS);
                    assertThat(e.messageEn()).contains("A (2022-01-01 – 2026-12-31)").contains("B (2026-12-31 – …)");
                });
    }

    @Test
    void openEndedStandard_overlapsEveryLaterOne_andEachPairIsReported() {
        PovertyStandard openEnded = standard("A", "2022-01-01", null);
        PovertyStandard middle = standard("B", "2025-01-01", "2025-12-31");
        PovertyStandard last = standard("C", "2027-01-01", null);

        assertThatThrownBy(() -> PovertyStandards.of(List.of(openEnded, middle, last)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.arguments().get(0) + "/" + problem.arguments().get(2))
                        .containsExactly("A/B", "A/C"));
    }

    @Test
    void adjacentStandards_andGaps_areAccepted() {
        PovertyStandards standards = PovertyStandards.of(List.of(
                standard("A", "2022-01-01", "2024-12-31"),
                standard("B", "2025-01-01", "2025-12-31"),
                standard("C", "2027-01-01", null)));

        assertThat(standards.ruleSetAt(LocalDate.parse("2025-01-01"))).map(PovertyStandard::id).contains("B");
        assertThat(standards.ruleSetAt(LocalDate.parse("2026-06-01"))).isEmpty();
    }

    @Test
    void duplicateIds_areRejected() {
        assertThatThrownBy(() -> PovertyStandards.of(List.of(
                standard("A", "2022-01-01", "2022-12-31"), standard("A", "2023-01-01", null))))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE));
    }

    @Test
    void overlappingStandardsInJson_areRejectedAtLoad() {
        String json = official.toJson().replace("\"2027-01-01\"", "\"2026-07-01\"");

        assertThatThrownBy(() -> PovertyStandards.fromJson(json))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_OVERLAPPING_POVERTY_STANDARDS));
    }

    @Test
    void invalidStandard_reportsEveryProblemTogether() {
        PovertyStandard.Builder broken = PovertyStandard.builder();
        broken.id("X").nameVi("X").nameEn(" ")
                .validFrom(LocalDate.parse("2030-01-01"))
                .validUntil(LocalDate.parse("2029-12-31"))
                .putThreshold(Area.RURAL, IncomeThresholds.of(Money.ofDong(1), Money.ofDong(2)))
                .addIndicator(PovertyIndicator.of("employment", "Việc làm", "Employment"))
                .addIndicator(PovertyIndicator.of("employment", "Việc làm", "Employment"))
                .minimumDeprivationsForPoor(3)
                .newlyEscapedYears(-1);

        assertThatThrownBy(broken::build)
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.code().name() + " " + problem.field())
                        .containsExactly(
                                "VALUE_BLANK nameEn",
                                "PERIOD_INVERTED validUntil",
                                "VALUE_REQUIRED thresholds.URBAN",
                                "VALUE_DUPLICATE indicators[1].id",
                                "VALUE_OUT_OF_RANGE minimumDeprivationsForPoor",
                                "VALUE_NEGATIVE newlyEscapedYears"));
    }

    @Test
    void ceilingNotAboveTheLine_isRejected() {
        assertThatThrownBy(() -> IncomeThresholds.of(Money.ofDong(1_500_000), Money.ofDong(1_500_000)))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_AVERAGE_BAND_NOT_ABOVE_LINE));
    }

    @Test
    void malformedIndicatorId_isRejected() {
        assertThatThrownBy(() -> PovertyIndicator.of("Health Insurance", "Bảo hiểm y tế", "Health insurance"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(ParticipantErrorCode.PARTICIPANT_INVALID_INDICATOR_ID));
    }

    @Test
    void standards_roundTripThroughJson() {
        String json = official.toJson();

        assertThat(json).contains("\"validFrom\" : \"2022-01-01\"").contains("\"incomeLine\" : 1500000");
        assertThat(PovertyStandards.fromJson(json)).isEqualTo(official);
    }

    @Test
    void eachStandard_roundTripsThroughItsBaseType() throws Exception {
        for (PovertyStandard standard : official.all()) {
            String json = MAPPER.writeValueAsString(standard);

            assertThat(MAPPER.readValue(json, PovertyStandard.class)).isEqualTo(standard);
        }
    }

    @Test
    void unreadableJson_raisesJsonUnreadable() {
        assertThatThrownBy(() -> PovertyStandards.fromJson("{\"standards\": [ {\"id\": 7"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_UNREADABLE));
    }

    private static PovertyStandard standard(String id, String from, String until) {
        PovertyStandard.Builder builder = PovertyStandard.builder();
        builder.id(id).nameVi("Chuẩn " + id).nameEn("Standard " + id)
                .validFrom(LocalDate.parse(from))
                .validUntil(Optional.ofNullable(until).map(LocalDate::parse))
                .thresholds(Map.of(
                        Area.RURAL, IncomeThresholds.of(Money.ofDong(1_500_000), Money.ofDong(2_250_000)),
                        Area.URBAN, IncomeThresholds.of(Money.ofDong(2_000_000), Money.ofDong(3_000_000))))
                .addIndicator(PovertyIndicator.of("employment", "Việc làm", "Employment"))
                .minimumDeprivationsForPoor(1)
                .newlyEscapedYears(3);
        return builder.build();
    }
}
