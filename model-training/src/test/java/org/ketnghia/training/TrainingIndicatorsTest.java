package org.ketnghia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CA_DY;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.QUANG_NAM;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.course.RecordOfficialDeparture;
import org.ketnghia.training.course.ReassignOfficial;
import org.ketnghia.training.indicators.TrainingIndicators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indicators of the 2022 script against values computed by hand (see {@link TrainingYear}). */
class TrainingIndicatorsTest {

    private static final TopicCatalogue TOPICS = TopicCatalogue.quangNam2021();
    private final KetnghiaRuntime runtime = TrainingFixtures.runtime();
    private final Ledger ledger = runtime.ledger();

    @BeforeEach
    void playTheYear() {
        TrainingYear.play(ledger);
    }

    private Report report(ReportingPeriod period) {
        return new ReportBuilder(runtime.administrativeUnits())
                .addAll(runtime.model(TrainingModel.ID).indicatorSources(runtime.context()))
                .build(period, ledger.store().readAll());
    }

    private Report year2022() {
        return report(ReportingPeriod.calendarYear(2022));
    }

    private static IndicatorDefinition coverageOf(String topic) {
        return TrainingIndicators.coverage(TOPICS.topic(topic).orElseThrow());
    }

    @Test
    void classesParticipantsAndPersonDays_perDistrictAndInTotal() {
        Report report = year2022();

        assertThat(report.actual(TAY_GIANG, TrainingIndicators.CLASSES.id())).contains(IndicatorValue.of(3));
        assertThat(report.actual(A_XAN, TrainingIndicators.CLASSES.id())).contains(IndicatorValue.of(2));
        assertThat(report.actual(NAM_GIANG, TrainingIndicators.CLASSES.id())).contains(IndicatorValue.of(2));
        assertThat(report.total(TrainingIndicators.CLASSES.id())).contains(IndicatorValue.of(5));
        assertThat(report.actual(TAY_GIANG, TrainingIndicators.PARTICIPANTS.id())).contains(IndicatorValue.of(6));
        assertThat(report.total(TrainingIndicators.PARTICIPANTS.id())).contains(IndicatorValue.of(10));
        // 5 + 5 + 1 in Tây Giang, 7 + 4 in Nam Giang
        assertThat(report.actual(TAY_GIANG, TrainingIndicators.PERSON_DAYS.id())).contains(IndicatorValue.of(11));
        assertThat(report.actual(NAM_GIANG, TrainingIndicators.PERSON_DAYS.id())).contains(IndicatorValue.of(11));
        assertThat(report.total(TrainingIndicators.PERSON_DAYS.id())).contains(IndicatorValue.of(22));
    }

    @Test
    void completionRate_isCertifiedOverEnrolled() {
        Report report = year2022();

        assertThat(report.actual(TAY_GIANG, TrainingIndicators.COMPLETION_RATE.id())).contains(IndicatorValue.ratio(4, 6));
        assertThat(report.actual(NAM_GIANG, TrainingIndicators.COMPLETION_RATE.id())).contains(IndicatorValue.ratio(3, 4));
        assertThat(report.total(TrainingIndicators.COMPLETION_RATE.id())).contains(IndicatorValue.ratio(7, 10));
    }

    @Test
    void officialsTrained_countsEachCertifiedOfficialOnce_atTheirOwnUnit() {
        Report report = year2022();
        String id = TrainingIndicators.OFFICIALS_TRAINED.id();

        // TG-D1 (district), AX-1, AX-2 and AU-1 (thôn A Ur counts for A Xan); CD-1, CD-2 and NG-D1 (district)
        assertThat(report.actual(A_XAN, id)).contains(IndicatorValue.of(3));
        assertThat(report.actual(TAY_GIANG, id)).contains(IndicatorValue.of(4));
        assertThat(report.actual(CA_DY, id)).contains(IndicatorValue.of(2));
        assertThat(report.actual(NAM_GIANG, id)).contains(IndicatorValue.of(3));
        assertThat(report.total(id)).contains(IndicatorValue.of(7));

        // in 2023 AX-1 completes a second class (not counted again) and CH-1 of Ch'ơm a first one, held in A Xan
        List<LocalDate> days = TrainingFixtures.days(LocalDate.of(2023, 3, 6), 1);
        ledger.submit(TrainingFixtures.openClass("AX-2023", A_XAN, OfficialLevel.COMMUNE, LocalDate.of(2023, 3, 1), days, 5,
                "finance").build());
        ledger.submit(TrainingFixtures.enrol("AX-2023", A_XAN, LocalDate.of(2023, 3, 1), "AX-1", "CH-1"));
        ledger.submit(TrainingFixtures.attendance("AX-2023", A_XAN, days.get(0), "AX-1", "CH-1"));
        ledger.submit(TrainingFixtures.certificates("AX-2023", A_XAN, days.get(0),
                Map.of("AX-1", "AX-2023-001", "CH-1", "AX-2023-002")));
        Report in2023 = report(ReportingPeriod.calendarYear(2023));
        assertThat(in2023.total(id)).contains(IndicatorValue.of(1));
        assertThat(in2023.actual(CHOM, id)).contains(IndicatorValue.of(1));
        assertThat(in2023.actual(A_XAN, id)).isEmpty();
        assertThat(report(ReportingPeriod.custom(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), "2022–2023", "2022–2023")).total(id))
                .contains(IndicatorValue.of(8));
    }

    @Test
    void coverage_perCommuneAndDistrict_anyTopic() {
        Report report = year2022();
        String id = TrainingIndicators.COVERAGE.id();

        assertThat(report.actual(A_XAN, id)).contains(IndicatorValue.ratio(3, 4));
        assertThat(report.actual(CHOM, id)).contains(IndicatorValue.ratio(0, 1));
        assertThat(report.actual(CA_DY, id)).contains(IndicatorValue.ratio(2, 2));
        assertThat(report.actual(TAY_GIANG, id)).contains(IndicatorValue.ratio(4, 7));
        assertThat(report.actual(NAM_GIANG, id)).contains(IndicatorValue.ratio(3, 3));
        assertThat(report.total(id)).contains(IndicatorValue.ratio(7, 10));
    }

    @Test
    void coverage_perTopic_countsOnlyTheTopicsTargetLevels() {
        Report report = year2022();
        String it = coverageOf("information-technology").id();
        String newRural = coverageOf("new-rural-development").id();
        String forestry = coverageOf("agriculture-forestry").id();

        assertThat(report.actual(A_XAN, it)).contains(IndicatorValue.ratio(1, 4));
        assertThat(report.actual(TAY_GIANG, it)).contains(IndicatorValue.ratio(2, 7));
        assertThat(report.actual(CA_DY, it)).contains(IndicatorValue.ratio(0, 2));
        assertThat(report.actual(A_XAN, newRural)).contains(IndicatorValue.ratio(2, 4));
        assertThat(report.actual(CA_DY, newRural)).contains(IndicatorValue.ratio(1, 2));
        assertThat(report.actual(NAM_GIANG, newRural)).contains(IndicatorValue.ratio(2, 3));
        // agriculture-forestry is for commune and village officials only: district officials drop out
        assertThat(report.actual(TAY_GIANG, forestry)).contains(IndicatorValue.ratio(0, 5));
        assertThat(report.total(forestry)).contains(IndicatorValue.ratio(0, 7));
    }

    @Test
    void averageScoreGain_isInPercentagePointsOfTheScale() {
        Report report = year2022();
        String id = TrainingIndicators.AVERAGE_SCORE_GAIN.id();

        // C1: +30, +10; C2: +50, +20 (AX-3 has no post-test) → 27.5 points
        assertThat(report.actual(TAY_GIANG, id).orElseThrow().toDecimal(2)).isEqualByComparingTo("27.50");
        // C4 on 0–10: +3, +2 → 25 points of the scale
        assertThat(report.actual(NAM_GIANG, id)).contains(IndicatorValue.weighted(500, 20));
        assertThat(report.total(id)).contains(IndicatorValue.weighted(11_500, 420));
    }

    @Test
    void spendingPerTrainedOfficial_isCostOverCertificates() {
        Report report = year2022();
        String id = TrainingIndicators.SPENDING_PER_TRAINED_OFFICIAL.id();

        assertThat(report.actual(TAY_GIANG, id)).contains(IndicatorValue.ratio(Money.ofMillions(32).dong(), 4));
        assertThat(report.actual(TAY_GIANG, id).orElseThrow().toDecimal(0)).isEqualByComparingTo("8000000");
        assertThat(report.actual(NAM_GIANG, id)).contains(IndicatorValue.ratio(Money.ofMillions(8).dong(), 3));
        assertThat(report.total(id)).contains(IndicatorValue.ratio(Money.ofMillions(40).dong(), 7));
    }

    @Test
    void womenAndEthnicMinorityShares_ofEnrolments() {
        Report report = year2022();

        assertThat(report.actual(TAY_GIANG, TrainingIndicators.WOMEN_SHARE.id())).contains(IndicatorValue.ratio(2, 6));
        assertThat(report.total(TrainingIndicators.WOMEN_SHARE.id())).contains(IndicatorValue.ratio(3, 10));
        assertThat(report.actual(TAY_GIANG, TrainingIndicators.ETHNIC_MINORITY_SHARE.id()))
                .contains(IndicatorValue.ratio(4, 6));
        assertThat(report.actual(NAM_GIANG, TrainingIndicators.ETHNIC_MINORITY_SHARE.id()))
                .contains(IndicatorValue.ratio(4, 4));
        assertThat(report.total(TrainingIndicators.ETHNIC_MINORITY_SHARE.id())).contains(IndicatorValue.ratio(8, 10));
    }

    @Test
    void departedOfficialsLeaveTheCoverageDenominator() {
        ledger.submit(RecordOfficialDeparture.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2023, 4, 1)).personId("AX-3").reason("Chuyển công tác ra ngoài huyện").build());

        Report report = report(ReportingPeriod.calendarYear(2023));

        assertThat(report.actual(A_XAN, TrainingIndicators.COVERAGE.id())).contains(IndicatorValue.ratio(3, 3));
    }

    @Test
    void afterTheMergers_officialsCountInTheirNewCommune_andReassignedDistrictOfficialsToo() {
        ledger.submit(ReassignOfficial.builder().actor(Fixtures.PROVINCE).unitCode("DNG.TAY-GIANG")
                .occurredOn(LocalDate.of(2025, 7, 1)).personId("TG-D1").position("Phó Chủ tịch UBND xã")
                .workUnitCode("DNG.TAY-GIANG").reason("Quyết định bố trí cán bộ sau sắp xếp").build());

        Report report = report(ReportingPeriod.calendarYear(2025));

        // A Xan and Ch'ơm merged into Hùng Sơn: AX-1, AX-2, AU-1 trained; AX-3 and CH-1 not
        assertThat(report.actual(TrainingFixtures.HUNG_SON, TrainingIndicators.COVERAGE.id()))
                .contains(IndicatorValue.ratio(3, 5));
        assertThat(report.actual("DNG.TAY-GIANG", TrainingIndicators.COVERAGE.id())).contains(IndicatorValue.ratio(1, 1));
        assertThat(report.total(TrainingIndicators.COVERAGE.id()).orElseThrow().denominator())
                .as("TG-D2 and NG-D1 have no new commune recorded and are not counted").isEqualTo(8);
        assertThat(QUANG_NAM).isNotBlank();
    }
}
