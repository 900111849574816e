package org.ketnghia.livestock;

import org.ketnghia.livestock.programme.LivestockProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.birth;
import static org.ketnghia.livestock.LivestockCommune.death;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.sale;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.HerdCounts;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.WaiveObligation;
import org.ketnghia.livestock.indicators.LivestockIndicators;

/**
 * Xã A Xan played through two rounds: round 1 to HN-1 and HN-2, births, a death, a sale refused
 * and then allowed, a pass-on of HN-1's first female kid to HN-3 (round 2), HN-2's obligation left
 * overdue and HN-3's waived.
 */
class RevolvingScenarioTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate PASSED_ON = LocalDate.of(2023, 1, 15);

    private final LivestockCommune commune = new LivestockCommune();
    private final Ledger ledger = commune.ledger;

    @BeforeEach
    void playTwoRounds() {
        commune.throughRoundOne();
        ledger.submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE));
        ledger.submit(birth(LocalDate.of(2022, 4, 1), "G06", "K02", AnimalSex.MALE));
        ledger.submit(birth(LocalDate.of(2022, 6, 1), "G07", "K03", AnimalSex.FEMALE));
        ledger.submit(death(LocalDate.of(2022, 7, 10), "G02", Optional.of("TY-15/2022")));
        refused(sale(LocalDate.of(2022, 8, 1), "G08", Optional.empty()), LivestockErrorCode.LIVESTOCK_SALE_WITHOUT_PERMISSION);
        ledger.submit(sale(LocalDate.of(2022, 8, 2), "G08", Optional.of("GP-03/2022")));
        ledger.submit(handOver(PASSED_ON, "HN-3", Optional.of("HN-1"), "K01"));
        ledger.submit(WaiveObligation.builder().actor(LivestockCommune.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2025, 5, 2)).obligationId(Obligation.idOf(GROUP, "HN-3"))
                .reason("Hộ có người ốm nặng, UBND xã miễn nghĩa vụ").decisionReference("QĐ 88/QĐ-UBND").build());
    }

    @Test
    void passOn_givesRoundTwo_andRecordsWhoReceivedFromWhom() {
        List<AnimalsHandedOver> chain = ledger.read(Herd.class, herd -> herd.chain(GROUP));

        assertThat(chain).extracting(AnimalsHandedOver::householdId).containsExactly("HN-1", "HN-2", "HN-3");
        assertThat(chain).extracting(AnimalsHandedOver::round).containsExactly(1, 1, 2);
        assertThat(chain.get(2).fromHouseholdId()).contains("HN-1");
        assertThat(chain.get(2).earTags()).containsExactly("K01");
        assertThat(chain.get(2).value()).isEqualTo(LivestockCommune.GOAT_PRICE);
    }

    @Test
    void obligations_areFulfilledOverdueAndWaived() {
        List<ObligationStatus> statuses = ledger.read(Herd.class, herd -> herd.obligations().stream()
                .map(o -> o.statusOn(TODAY)).toList());
        Obligation second = ledger.read(Herd.class, herd -> herd.obligation(Obligation.idOf(GROUP, "HN-2")).orElseThrow());

        assertThat(statuses).containsExactly(ObligationStatus.FULFILLED, ObligationStatus.OVERDUE, ObligationStatus.WAIVED);
        assertThat(second.dueOn()).isEqualTo(LivestockCommune.HANDED_ON.plusMonths(36));
        assertThat(second.statusOn(second.dueOn())).isEqualTo(ObligationStatus.DUE);
    }

    @Test
    void herdCounts_balance_andTheRejectedGoatIsNotInTheHerd() {
        HerdCounts counts = ledger.read(Herd.class, herd -> herd.counts(A_XAN));
        AnimalStatus rejected = ledger.read(Herd.class, herd -> herd.animal("G11").orElseThrow().status());

        assertThat(counts).isEqualTo(new HerdCounts(11, 3, 10, 1, 1, 0, 0));
        assertThat(counts.alive()).isEqualTo(counts.expectedAlive());
        assertThat(rejected).isEqualTo(AnimalStatus.REJECTED);
    }

    @Test
    void acceptance_spentOnlyTheAcceptedGoats_fromTheCommuneFund() {
        Money spent = ledger.read(FundingLedger.class, funds -> funds.spent(A_XAN, LivestockModel.ID));

        assertThat(spent).isEqualTo(LivestockCommune.GOAT_PRICE.times(10));
        Money balance = ledger.read(FundingLedger.class, funds -> funds.balance(A_XAN, LivestockModel.ID));
        assertThat(balance).isEqualTo(LivestockCommune.RECEIVED.minus(spent));
    }

    @Test
    void publicListing_showsEachHouseholdWithItsRound() {
        PublicListing listing = ledger.read(SupportLedger.class,
                supports -> supports.publicListing(A_XAN, LocalDate.of(2025, 6, 30), commune.runtime.administrativeUnits()));

        assertThat(listing.rows()).hasSize(3);
        assertThat(listing.toText()).contains("Bríu Thị Hoa", "Vòng 1: 5 con dê giống", "Pơloong Thị Ba",
                "Vòng 2 (quay vòng): 1 con dê giống").doesNotContain("Cơ Tu");
        assertThat(listing.total()).isEqualTo(LivestockCommune.GOAT_PRICE.times(11));
    }

    @Test
    void report_givesTheIndicatorsOfTheCommune() {
        ReportingPeriod period = ReportingPeriod.custom(LocalDate.of(2021, 7, 1), LocalDate.of(2025, 6, 30),
                "Giai đoạn 2021–2025", "2021–2025");
        Report report = new ReportBuilder(commune.runtime.administrativeUnits())
                .addAll(new LivestockModel(LivestockProgramme.quangNam2021()).indicatorSources(commune.runtime.context()))
                .build(period, ledger.store().readAll());

        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_ROUND_ONE.id())).contains(IndicatorValue.of(2));
        assertThat(report.actual(A_XAN, LivestockIndicators.HOUSEHOLDS_PASS_ON_ROUNDS.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.ANIMALS_RECEIVED.id())).contains(IndicatorValue.of(10));
        assertThat(report.actual(A_XAN, LivestockIndicators.BIRTHS.id())).contains(IndicatorValue.of(3));
        assertThat(report.actual(A_XAN, LivestockIndicators.DEATHS.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.MORTALITY_RATE.id())).contains(IndicatorValue.ratio(1, 12));
        assertThat(report.actual(A_XAN, LivestockIndicators.HERD_GOAT_FEMALE.id())).contains(IndicatorValue.of(8));
        assertThat(report.actual(A_XAN, LivestockIndicators.HERD_GOAT_MALE.id())).contains(IndicatorValue.of(3));
        assertThat(report.actual(A_XAN, LivestockIndicators.PASS_ONS_DONE.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.PASS_ONS_OVERDUE.id())).contains(IndicatorValue.of(1));
        assertThat(report.actual(A_XAN, LivestockIndicators.PASS_ON_RATE.id())).contains(IndicatorValue.ratio(1, 2));
        assertThat(report.actual(A_XAN, LivestockIndicators.HERD_VALUE.id()))
                .contains(IndicatorValue.of(LivestockCommune.GOAT_PRICE.times(11)));
        assertThat(report.actual(A_XAN, LivestockIndicators.SPENDING.id()))
                .contains(IndicatorValue.of(LivestockCommune.GOAT_PRICE.times(10)));
        assertThat(report.actual("QNA", LivestockIndicators.BIRTHS.id())).contains(IndicatorValue.of(3));
    }

    @Test
    void chainIsIntact_andReplayGivesTheSameHerd() {
        HerdCounts counts = ledger.read(Herd.class, herd -> herd.counts(A_XAN));

        ledger.rebuildProjections();

        assertThat(ledger.verifyChain().isIntact()).isTrue();
        HerdCounts replayed = ledger.read(Herd.class, herd -> herd.counts(A_XAN));
        assertThat(replayed).isEqualTo(counts);
    }

    private void refused(Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(code)));
        assertThat(ledger.lastSequence()).isEqualTo(before);
    }
}
