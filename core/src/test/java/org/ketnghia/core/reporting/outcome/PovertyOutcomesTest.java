package org.ketnghia.core.reporting.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.PovertyStatusCorrected;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassification;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.testing.Participants;

class PovertyOutcomesTest {

    private static final String A_UR = "QNA.TAY-GIANG.A-XAN.A-UR";
    private static final String PA_RONG = "QNA.TAY-GIANG.A-NONG.PA-RONG";
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final String TAY_GIANG = "QNA.TAY-GIANG";
    private static final LocalDate BEFORE_MERGER = LocalDate.of(2025, 6, 30);
    private static final AdministrativeRegistry UNITS = Participants.units();

    /** A support given by some model, as any model's event would carry it. */
    record GoatsGiven(String householdId, String pilotModelId, String supportDescriptionVi, String supportDescriptionEn,
            Money value, LocalDate supportedOn) implements LedgerEvent, BeneficiarySupport {
    }

    private final List<EventEnvelope> events = new ArrayList<>();
    private final PovertyClassification wellOff = PovertyClassifier.official().classify(PovertyAssessment.builder()
            .assessmentDate(LocalDate.of(2025, 11, 1)).area(Area.RURAL).monthlyIncomePerPerson(Money.ofDong(2_500_000))
            .build());

    private void record(LocalDate date, LedgerEvent payload) {
        events.add(new EventEnvelope(events.size() + 1, date, Instant.EPOCH, PROVINCE, A_XAN, payload, "x", "y"));
    }

    private void household(String id, String village) {
        record(LocalDate.of(2024, 3, 1), HouseholdRegistered.builder().household(Household.builder().id(id).villageCode(village)
                .ethnicityCode("CTU").registeredOn(LocalDate.of(2024, 3, 1))
                .addMembers(HouseholdMember.of("Chủ hộ " + id, Sex.FEMALE, 1970, HouseholdRelation.HEAD)).build()).build());
    }

    private void status(String id, int year, PovertyCategory category) {
        record(LocalDate.of(year, 12, 10), PovertyStatusRecorded.builder().householdId(id).year(year).category(category)
                .basis("Quyết định rà soát " + year).build());
    }

    private void support(String id, LocalDate date) {
        record(date, new GoatsGiven(id, "livestock", "5 con dê giống", "5 breeding goats", Money.ofMillions(20), date));
    }

    /**
     * Tây Giang, 2024–2025: HN-1 poor, supported, escaped with an income recorded; HN-2 near-poor, supported,
     * near-poor again in 2025 but corrected to newly escaped; HN-3 (A Nông) poor, supported, not reviewed in
     * 2025; HN-4 above the line when supported; HN-5 poor but never supported; HN-6 supported only in 2026.
     */
    @BeforeEach
    void twoYearsOfSupportAndReviews() {
        household("HN-1", A_UR);
        household("HN-2", A_UR);
        household("HN-3", PA_RONG);
        household("HN-4", A_UR);
        household("HN-5", A_UR);
        household("HN-6", A_UR);
        support("HN-1", LocalDate.of(2024, 5, 2));
        support("HN-2", LocalDate.of(2024, 6, 2));
        support("HN-3", LocalDate.of(2024, 7, 2));
        support("HN-4", LocalDate.of(2024, 7, 2));
        support("HN-1", LocalDate.of(2025, 2, 2));
        status("HN-1", 2024, PovertyCategory.POOR);
        status("HN-2", 2024, PovertyCategory.NEAR_POOR);
        status("HN-3", 2024, PovertyCategory.POOR);
        status("HN-4", 2024, PovertyCategory.AVERAGE_LIVING_STANDARD);
        status("HN-5", 2024, PovertyCategory.POOR);
        status("HN-6", 2025, PovertyCategory.POOR);
        record(LocalDate.of(2025, 12, 10), PovertyStatusRecorded.builder().householdId("HN-1").year(2025)
                .category(wellOff.category()).classification(wellOff).basis("Quyết định rà soát 2025").build());
        status("HN-2", 2025, PovertyCategory.NEAR_POOR);
        record(LocalDate.of(2025, 12, 20), PovertyStatusCorrected.builder().householdId("HN-2").year(2025)
                .category(PovertyCategory.NEWLY_ESCAPED).basis("Quyết định điều chỉnh").reason("Thu nhập tính lại")
                .build());
        status("HN-4", 2025, PovertyCategory.AVERAGE_LIVING_STANDARD);
        support("HN-6", LocalDate.of(2026, 1, 15));
    }

    private PovertyOutcomes outcomes() {
        SupportLedger supports = new SupportLedger();
        ParticipantRegistry participants = new ParticipantRegistry();
        for (EventEnvelope event : events) {
            supports.apply(event);
            participants.apply(event);
        }
        return PovertyOutcomes.of(supports, participants, UNITS);
    }

    @Test
    void district_countsSupportedHouseholds_thoseListedWhenFirstSupported_andThoseOutOfPoverty() {
        PovertyOutcome district = outcomes().outcome(TAY_GIANG, 2025, BEFORE_MERGER);

        assertThat(district.supported()).isEqualTo(4);
        assertThat(district.poorOrNearPoorWhenFirstSupported()).isEqualTo(3);
        assertThat(district.outOfPoverty()).isEqualTo(2);
        assertThat(district.escapeRate()).isEqualTo(IndicatorValue.ratio(2, 3));
        assertThat(district.escapePercent()).contains(new BigDecimal("66.67"));
        assertThat(district.meanMonthlyIncomePerPerson()).contains(Money.ofDong(2_500_000));
    }

    @Test
    void communes_addUpToTheirDistrict() {
        PovertyOutcomes outcomes = outcomes();

        List<PovertyOutcome> communes = outcomes.byChild(TAY_GIANG, 2025, BEFORE_MERGER);

        PovertyOutcome aXan = communes.stream().filter(o -> o.unitCode().equals(A_XAN)).findFirst().orElseThrow();
        assertThat(aXan.supported()).isEqualTo(3);
        assertThat(aXan.outOfPoverty()).isEqualTo(2);
        assertThat(communes.stream().mapToInt(PovertyOutcome::supported).sum()).isEqualTo(4);
        assertThat(communes.stream().mapToInt(PovertyOutcome::outOfPoverty).sum()).isEqualTo(2);
    }

    @Test
    void yearByYear_nobodyIsOutInTheYearTheyWereFoundPoor() {
        List<PovertyOutcome> years = outcomes().byYear(TAY_GIANG, 2024, 2025, BEFORE_MERGER);

        assertThat(years).extracting(PovertyOutcome::outOfPoverty).containsExactly(0, 2);
        assertThat(years.get(0).escapePercent()).contains(new BigDecimal("0.00"));
        assertThat(years.get(0).meanMonthlyIncomePerPerson()).isEmpty();
    }

    @Test
    void indicators_giveTheSameFiguresPerVillage_forTheReportToRollUp() {
        ReportingPeriod year2025 = ReportingPeriod.calendarYear(2025);
        List<IndicatorSource> sources = PovertyOutcomeIndicators.all();

        Map<String, IndicatorValue> supported = sources.get(0).compute(year2025, events);
        Map<String, IndicatorValue> escaped = sources.get(2).compute(year2025, events);
        Map<String, IndicatorValue> rate = sources.get(3).compute(year2025, events);

        assertThat(sources).extracting(s -> s.definition().id()).contains("programme.households-escaped-poverty",
                "programme.escape-rate");
        assertThat(supported).containsEntry(A_UR, IndicatorValue.of(3)).containsEntry(PA_RONG, IndicatorValue.of(1));
        assertThat(escaped).containsEntry(A_UR, IndicatorValue.of(2)).containsEntry(PA_RONG, IndicatorValue.of(0));
        assertThat(rate).containsEntry(A_UR, IndicatorValue.ratio(2, 2)).containsEntry(PA_RONG, IndicatorValue.ratio(0, 1));
    }
}
