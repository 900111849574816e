package org.ketnghia.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.funding.FundingFixtures.A_TIENG;
import static org.ketnghia.core.funding.FundingFixtures.A_XAN;
import static org.ketnghia.core.funding.FundingFixtures.IN_2024;
import static org.ketnghia.core.funding.FundingFixtures.LIVESTOCK;
import static org.ketnghia.core.funding.FundingFixtures.STARTUP;
import static org.ketnghia.core.funding.FundingFixtures.expenditure;
import static org.ketnghia.core.funding.FundingFixtures.pledge;
import static org.ketnghia.core.funding.FundingFixtures.receiptAgainst;
import static org.ketnghia.core.funding.FundingFixtures.source;
import static org.ketnghia.core.funding.FundingFixtures.unpledged;
import static org.ketnghia.testing.Fixtures.PROVINCE;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

class PlanVersusActualTest {

    private KetnghiaRuntime runtime;


    /** Whatever the test recorded, every projection with a snapshot form restores as a full replay folds it. */
    @org.junit.jupiter.api.AfterEach
    void snapshotsRestoreAsAFullReplay() {
        assertThat(org.ketnghia.core.ledger.SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }

    @BeforeEach
    void aSmallProgramme() {
        runtime = FundingFixtures.runtime();
        var ledger = runtime.ledger();
        ledger.submit(source("stc", FundingSourceKind.SPONSOR, "so-tai-chinh"));
        ledger.submit(source("vinamilk", FundingSourceKind.ENTERPRISE, "so-tai-chinh"));
        ledger.submit(source("hoi-an", FundingSourceKind.SPONSOR, "tp-hoi-an"));
        ledger.submit(source("ho-dan", FundingSourceKind.HOUSEHOLD_COUNTERPART, null));
        ledger.submit(plan("kh-1", A_XAN, LIVESTOCK, "so-tai-chinh", 200));
        ledger.submit(plan("kh-2", A_TIENG, LIVESTOCK, "tp-hoi-an", 100));
        ledger.submit(plan("kh-3", A_TIENG, STARTUP, null, 50));
        ledger.submit(pledge("ck-1", "stc", A_XAN, LIVESTOCK, 150));
        ledger.submit(pledge("ck-2", "hoi-an", A_TIENG, LIVESTOCK, 90));
        ledger.submit(receiptAgainst("thu-1", "ck-1", A_XAN, 100));
        ledger.submit(unpledged("thu-2", "vinamilk", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofDong(7_777_777)));
        ledger.submit(receiptAgainst("thu-3", "ck-2", A_TIENG, 90));
        ledger.submit(unpledged("thu-4", "vinamilk", A_TIENG, FundPurpose.of(STARTUP), Money.ofDong(3_333_333)));
        ledger.submit(expenditure("chi-1", A_XAN, FundPurpose.of(LIVESTOCK), Money.ofDong(101_000_001)));
        ledger.submit(expenditure("chi-2", A_TIENG, FundPurpose.of(STARTUP), Money.ofDong(1_111_111)));
        ledger.submit(RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024)
                .contributionId("doi-ung-1").sourceId("ho-dan").contributor(CounterpartContributor.HOUSEHOLDS)
                .form(ContributionForm.LABOUR).modelId(LIVESTOCK).description("Ngày công làm chuồng")
                .quantity(45).unitValue(Money.ofDong(180_000)).build());
        ledger.submit(RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_TIENG).occurredOn(IN_2024)
                .contributionId("doi-ung-2").sourceId("ho-dan").contributor(CounterpartContributor.HOUSEHOLDS)
                .form(ContributionForm.CASH).modelId(LIVESTOCK).description("Hộ góp tiền mua thuốc thú y")
                .amount(Money.ofDong(2_500_000)).build());
        ledger.submit(RecordInKindContribution.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(IN_2024)
                .contributionId("hien-vat-1").sourceId("vinamilk").modelId(LIVESTOCK).description("Bao xi măng")
                .quantity(120).unitValue(Money.ofDong(95_500)).build());
    }

    private static RecordPlanAllocation plan(String id, String commune, String model, String sponsor, long millions) {
        return RecordPlanAllocation.builder().actor(PROVINCE).unitCode(commune).occurredOn(IN_2024).allocationId(id)
                .modelId(model).sponsorId(java.util.Optional.ofNullable(sponsor)).amount(Money.ofMillions(millions))
                .build();
    }

    private PlanActualTable table(java.util.function.Function<FundingLedger, PlanActualTable> which) {
        return runtime.ledger().read(FundingLedger.class, which);
    }

    @Test
    void byModel_rowsHoldExactSums() {
        PlanActualTable byModel = table(FundingLedger::planVersusActualByModel);
        assertThat(byModel.rows()).extracting(PlanActualRow::key).containsExactly(LIVESTOCK, STARTUP);
        PlanActualRow livestock = byModel.row(LIVESTOCK).orElseThrow();
        assertThat(livestock.planned()).isEqualTo(Money.ofMillions(300));
        assertThat(livestock.pledged()).isEqualTo(Money.ofMillions(240));
        assertThat(livestock.received()).isEqualTo(Money.ofDong(190_000_000 + 7_777_777 + 2_500_000));
        assertThat(livestock.inKind()).isEqualTo(Money.ofDong(45 * 180_000 + 120 * 95_500));
        assertThat(livestock.spent()).isEqualTo(Money.ofDong(101_000_001));
        assertThat(livestock.balance()).isEqualTo(Money.ofDong(190_000_000 + 7_777_777 + 2_500_000 - 101_000_001));
        assertThat(byModel.row(STARTUP).orElseThrow().balance()).isEqualTo(Money.ofDong(2_222_222));
    }

    @Test
    void asAReportTable_keepsPlannedAgainstSpent() {
        PlanActualTable byModel = table(FundingLedger::planVersusActualByModel);
        org.ketnghia.core.reporting.PlanActualTable report = byModel.toReportTable("funding.by-model",
                "Kế hoạch và thực hiện theo mô hình", "Plan versus actual by model");
        assertThat(report.rows()).extracting(org.ketnghia.core.reporting.PlanActualRow::key)
                .containsExactly(LIVESTOCK, STARTUP);
        assertThat(report.totalPlanned()).isEqualTo(byModel.total().planned());
        assertThat(report.totalActual()).isEqualTo(byModel.total().spent());
    }

    @Test
    void everyTable_hasATotalEqualToTheSumOfItsRows_andTheSameGrandTotal() {
        List<PlanActualTable> tables = List.of(table(FundingLedger::planVersusActualByModel),
                table(FundingLedger::planVersusActualByCommune), table(FundingLedger::planVersusActualBySponsor));
        for (PlanActualTable t : tables) {
            PlanActualRow total = t.total();
            assertThat(total.planned()).isEqualTo(Money.sum(t.rows().stream().map(PlanActualRow::planned).toList()));
            assertThat(total.spent()).isEqualTo(Money.sum(t.rows().stream().map(PlanActualRow::spent).toList()));
            assertThat(total.balance()).isEqualTo(Money.sum(t.rows().stream().map(PlanActualRow::balance).toList()));
            assertThat(total).isEqualTo(tables.get(0).total());
        }
        assertThat(tables.get(0).total().planned()).isEqualTo(Money.ofMillions(350));
    }

    @Test
    void bySponsor_followsTheSourcesThatPaid() {
        PlanActualTable bySponsor = table(FundingLedger::planVersusActualBySponsor);
        assertThat(bySponsor.rows()).extracting(PlanActualRow::key)
                .containsExactly(PlanActualTable.UNATTRIBUTED, "so-tai-chinh", "tp-hoi-an");
        PlanActualRow finance = bySponsor.row("so-tai-chinh").orElseThrow();
        // chi-1 drew 100 M from thu-1 (stc) then 1,000,001 from thu-2 (vinamilk): both belong to Sở Tài chính
        assertThat(finance.spent()).isEqualTo(Money.ofDong(101_000_001 + 1_111_111));
        assertThat(finance.received()).isEqualTo(Money.ofDong(100_000_000 + 7_777_777 + 3_333_333));
        assertThat(finance.planned()).isEqualTo(Money.ofMillions(200));
        PlanActualRow households = bySponsor.row(PlanActualTable.UNATTRIBUTED).orElseThrow();
        assertThat(households.planned()).isEqualTo(Money.ofMillions(50));
        assertThat(households.received()).isEqualTo(Money.ofDong(2_500_000));
        assertThat(households.inKind()).isEqualTo(Money.ofDong(45 * 180_000));
    }

    @Test
    void byCommune_keysByTheCommuneCode() {
        PlanActualTable byCommune = table(FundingLedger::planVersusActualByCommune);
        assertThat(byCommune.rows()).extracting(PlanActualRow::key).containsExactly(A_TIENG, A_XAN);
        assertThat(byCommune.row(A_TIENG).orElseThrow().balance())
                .isEqualTo(Money.ofDong(90_000_000 + 3_333_333 + 2_500_000 - 1_111_111));
    }

    @Test
    void nonCashContribution_mustHaveQuantityAndUnitValue_andCounterpartSourceKindMustFitTheContributor() {
        RecordCounterpartContribution bad = RecordCounterpartContribution.builder().actor(PROVINCE).unitCode(A_XAN)
                .occurredOn(IN_2024).contributionId("doi-ung-9").sourceId("vinamilk")
                .contributor(CounterpartContributor.COMMUNE).form(ContributionForm.KIND).modelId(LIVESTOCK)
                .description("Gỗ").amount(Money.ofMillions(1)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.ledger().submit(bad))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code())
                        .containsExactly(FundingErrorCode.FUNDING_SOURCE_KIND_NOT_ALLOWED,
                                FundingErrorCode.FUNDING_NON_CASH_NEEDS_QUANTITY_AND_UNIT_VALUE));
    }

    @Test
    void cashCounterpart_canBeSpentAndIsTraced() {
        runtime.ledger().submit(expenditure("chi-9", A_TIENG, FundPurpose.of(LIVESTOCK), Money.ofMillions(91)));
        FundExpenditure spent = runtime.ledger().read(FundingLedger.class, l -> l.expenditure("chi-9").orElseThrow());
        assertThat(spent.allocations()).extracting(FundAllocation::receiptId).containsExactly("thu-3", "doi-ung-2");
    }
}
