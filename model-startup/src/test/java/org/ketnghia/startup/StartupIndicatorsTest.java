package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.TAY_GIANG;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.spi.PilotModelContext;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.indicators.StartupIndicators;
import org.ketnghia.startup.policy.ApplicantKind;

/** The model's indicators over the played call: every breakdown adds up to its total, and to the funding ledger. */
class StartupIndicatorsTest {

    private static final ReportingPeriod UNTIL_THE_MERGERS = ReportingPeriod.custom(LocalDate.of(2024, 1, 1),
            LocalDate.of(2025, 6, 30), "Từ 2024 đến 30/6/2025", "2024 to 30 June 2025");

    private final StartupTestKit kit = new StartupTestKit();
    private Report report;

    @BeforeEach
    void playTheCallAndReport() {
        kit.playCall();
        StartupModel model = new StartupModel(StartupConfiguration.quangNam2021());
        report = new ReportBuilder(kit.runtime.administrativeUnits())
                .addAll(model.indicatorSources(PilotModelContext.of(kit.runtime.administrativeUnits(), kit.runtime.clock())))
                .build(UNTIL_THE_MERGERS, kit.ledger.store().readAll());
    }

    private long total(String indicatorId) {
        IndicatorValue value = report.total(indicatorId).orElse(IndicatorValue.ZERO);
        assertThat(value.isWhole()).isTrue();
        return value.numerator();
    }

    private IndicatorValue ratio(String unit, String indicatorId) {
        return report.actual(unit, indicatorId).orElseThrow();
    }

    @Test
    void applicationsAndApprovals_areCounted() {
        assertThat(total(StartupIndicators.APPLICATIONS)).isEqualTo(8);
        assertThat(total(StartupIndicators.APPROVALS)).isEqualTo(6);
        assertThat(total(StartupIndicators.approvalsOf(ApplicantKind.ENTERPRISE))).isEqualTo(1);
        assertThat(total(StartupIndicators.approvalsOf(ApplicantKind.CLUB))).isZero();
        assertThat(total(StartupIndicators.APPROVALS_BY_SECTOR + "medicinal-plants")).isEqualTo(1);
    }

    @Test
    void approvalsByApplicantKindAndBySector_addUpToTheApprovals() {
        long byKind = 0;
        for (ApplicantKind kind : ApplicantKind.values()) {
            byKind += total(StartupIndicators.approvalsOf(kind));
        }
        long bySector = SectorCatalogue.quangNam2021().sectors().stream()
                .mapToLong(sector -> total(StartupIndicators.APPROVALS_BY_SECTOR + sector.id())).sum();

        assertThat(byKind).isEqualTo(total(StartupIndicators.APPROVALS));
        assertThat(bySector).isEqualTo(total(StartupIndicators.APPROVALS));
    }

    @Test
    void supportByItem_addsUpToTheSupportPaid_whichIsWhatTheFundsSpent() {
        long byItem = SectorCatalogue.quangNam2021().items().stream()
                .mapToLong(item -> total(StartupIndicators.SUPPORT_VALUE_BY_ITEM + item.id())).sum();
        Money spent = kit.ledger.read(FundingLedger.class,
                funds -> funds.spent(A_XAN, StartupModel.ID).plus(funds.spent(A_NONG, StartupModel.ID)));

        assertThat(total(StartupIndicators.SUPPORT_VALUE)).isEqualTo(Money.ofMillions(220).dong());
        assertThat(byItem).isEqualTo(total(StartupIndicators.SUPPORT_VALUE));
        assertThat(total(StartupIndicators.SUPPORT_VALUE)).isEqualTo(spent.dong());
        assertThat(total(StartupIndicators.SUPPORT_VALUE_BY_ITEM + "fertiliser")).isEqualTo(Money.ofMillions(50).dong());
    }

    @Test
    void communeValues_addUpToTheDistrictAndProvinceTotals() {
        for (IndicatorDefinition definition : new StartupModel(StartupConfiguration.quangNam2021()).indicators()) {
            if (!definition.aggregation().requiresWholeValues()) {
                continue;
            }
            long communes = report.actual(A_XAN, definition.id()).orElse(IndicatorValue.ZERO).numerator()
                    + report.actual(A_NONG, definition.id()).orElse(IndicatorValue.ZERO).numerator();
            IndicatorValue district = report.actual(TAY_GIANG, definition.id()).orElse(IndicatorValue.ZERO);
            assertThat(district.numerator()).as(definition.id()).isEqualTo(communes);
            assertThat(total(definition.id())).as(definition.id()).isEqualTo(district.numerator());
        }
    }

    @Test
    void shares_areRatiosOfSums() {
        assertThat(report.total(StartupIndicators.COUNTERPART_SHARE))
                .contains(IndicatorValue.ratio(Money.ofMillions(70).dong(), Money.ofMillions(310).dong()));
        assertThat(report.total(StartupIndicators.WOMAN_LED_SHARE)).contains(IndicatorValue.ratio(2, 6));
        assertThat(report.total(StartupIndicators.ETHNIC_MINORITY_LED_SHARE)).contains(IndicatorValue.ratio(3, 6));
    }

    @Test
    void survivalAfterOneYear_countsTheFailureBeforeItsFirstAnniversary() {
        assertThat(ratio(A_XAN, StartupIndicators.SURVIVAL_AFTER_YEARS + 1)).isEqualTo(IndicatorValue.ratio(4, 5));
        assertThat(report.total(StartupIndicators.SURVIVAL_AFTER_YEARS + 1)).contains(IndicatorValue.ratio(5, 6));
        assertThat(report.total(StartupIndicators.SURVIVAL_AFTER_YEARS + 2)).isEmpty();
        assertThat(total(StartupIndicators.FAILURES)).isEqualTo(1);
    }

    @Test
    void jobsAndRevenue_comeFromTheFollowUps() {
        assertThat(total(StartupIndicators.JOBS)).isEqualTo(15);
        assertThat(total(StartupIndicators.JOBS_FOR_WOMEN)).isEqualTo(10);
        assertThat(total(StartupIndicators.JOBS_FOR_ETHNIC_MINORITIES)).isEqualTo(15);
        assertThat(total(StartupIndicators.REVENUE)).isEqualTo(Money.ofMillions(5 * 80 + 5).dong());
        assertThat(total(StartupIndicators.PRODUCTS_CERTIFIED)).isEqualTo(5);
    }

    @Test
    void everyIndicatorHasASource_andNoIdRepeats() {
        List<String> ids = new StartupModel(StartupConfiguration.quangNam2021()).indicators().stream().map(IndicatorDefinition::id).toList();
        assertThat(ids).doesNotHaveDuplicates().contains(StartupIndicators.APPLICATIONS,
                StartupIndicators.SURVIVAL_AFTER_YEARS + 3, StartupIndicators.ETHNIC_MINORITY_LED_SHARE);
    }
}
