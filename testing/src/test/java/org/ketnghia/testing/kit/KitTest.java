package org.ketnghia.testing.kit;

import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThat;
import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThatCommand;
import static org.ketnghia.testing.assertions.KetnghiaAssertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportBuilder;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.simulation.ModelSimulator;
import org.ketnghia.core.simulation.ReplicateRecorder;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.ProgrammeFixtures;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.demo.ItemRecorded;
import org.ketnghia.testing.junit.KetnghiaExtension;
import org.ketnghia.testing.junit.TestClock;
import org.ketnghia.testing.outcome.ProgrammeOutcome;
import org.ketnghia.testing.outcome.SimulatedOutcome;

/** The host test kit on the demo model: a fresh runtime per test (in parallel), fixtures and assertions. */
@Execution(ExecutionMode.CONCURRENT)
class KitTest {

    static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    static final String THON_1 = A_XAN + ".THON-1";

    @RegisterExtension
    static final KetnghiaExtension KETNGHIA = KetnghiaExtension.builder()
            .units(ProgrammeFixtures.withVillages(Fixtures.QUANG_NAM, THON_1)).model(new DemoModel())
            .startingOn(LocalDate.of(2024, 3, 1)).build();

    @RepeatedTest(8)
    void everyTest_getsAFreshLedger_evenInParallel(Ledger ledger) {
        assertThat(ledger).hasLastSequence(0);
        assertThatCommand(ledger, Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, LocalDate.of(2024, 3, 1), "bo-01", 2))
                .isAccepted();
        assertThat(ledger).hasLastSequence(1).hasAppendedSince(0, ItemRecorded.class, 1).hasChainIntact();
    }

    @Test
    void theClock_isToday_andMovesWhenTheTestSays(Ledger ledger, TestClock clock) {
        LocalDate nextMonth = LocalDate.of(2024, 4, 1);
        assertThatCommand(ledger, Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, nextMonth, "bo-02", 1))
                .isRejectedWith(LedgerErrorCode.LEDGER_DATE_IN_FUTURE).onField("occurredOn");

        clock.advanceMonths(1);

        assertThat(clock.today()).isEqualTo(nextMonth);
        assertThatCommand(ledger, Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, nextMonth, "bo-02", 1)).isAccepted();
    }

    @Test
    void fixtures_recordSponsorsPledgesAndHouseholds_withDefaultsAndOverrides(ProgrammeFixtures given, Ledger ledger,
            KetnghiaRuntime runtime) {
        given.sponsor("so-tai-chinh").named("Sở Tài chính tỉnh Quảng Nam").record();
        given.agreement("kn-1", "QNA.TAY-GIANG").sponsors("so-tai-chinh").models("demo", "livestock").record();
        given.pledge("ck-1", "so-tai-chinh", A_XAN, "demo").amount(Money.ofMillions(300))
                .received(LocalDate.of(2024, 3, 1), Money.ofMillions(120)).record();
        given.household("ho-1", THON_1, A_XAN).head("Bríu Thị Hoa", Sex.FEMALE, 1979).record();

        assertThat(ledger).hasAppendedSince(0, PledgeMade.class, 1).hasAppendedSince(0, HouseholdRegistered.class, 1)
                .hasChainIntact();
        Money balance = ledger.read(FundingLedger.class, funds -> funds.balance(A_XAN, "demo"));
        assertThat(balance).isMillions(120);
        PublicListing listing = ledger.read(SupportLedger.class,
                supports -> supports.publicListing(A_XAN, LocalDate.of(2024, 3, 1), runtime.administrativeUnits()));
        assertThat(listing).hasRows(0).holdsNoSensitiveDataOf(ledger.store().readAll(), runtime.objectMapper());
    }

    @Test
    void aRejectedCommand_namesItsCodeAndField_andAFailureSaysWhatWasFound(Ledger ledger) {
        assertThatCommand(ledger, Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, LocalDate.of(2024, 3, 1), "x", 0))
                .isRejectedWith(CoreErrorCode.VALUE_OUT_OF_RANGE).onField("quantity");
        assertThat(ledger).hasAppendedNothingSince(0);

        assertThatThrownBy(() -> assertThatCommand(ledger,
                Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, LocalDate.of(2024, 3, 1), "y", 0))
                .isRejectedWith(CoreErrorCode.VALUE_OUT_OF_RANGE).onField("itemId"))
                .hasMessageContaining("on field itemId but it is on quantity");
        assertThatThrownBy(() -> assertThat(Money.ofMillions(20)).isMillions(19))
                .hasMessageContaining("Expected 19.000.000 ₫ but was 20.000.000 ₫");
    }

    @Test
    void aReport_rollsUpExactly_andShowsItsValues(Ledger ledger, KetnghiaRuntime runtime) {
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, LocalDate.of(2024, 3, 1), "a", 2));
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, "QNA.TAY-GIANG.CHOM", LocalDate.of(2024, 3, 1), "b", 3));
        IndicatorDefinition quantity = new IndicatorDefinition("demo.quantity", "Số lượng", "Quantity", "con",
                Aggregation.SUM);
        Report report = new ReportBuilder(runtime.administrativeUnits())
                .addAll(List.of(IndicatorSources.sumOf(quantity, ItemRecorded.class, ItemRecorded::quantity)))
                .build(ReportingPeriod.calendarYear(2024), ledger.store().readAll());

        assertThat(report).hasValue(A_XAN, "demo.quantity", 2).hasValue("QNA.TAY-GIANG", "demo.quantity", 5)
                .rollsUpExactly();
    }

    /** Each replicate: 20 households, each reached with probability 0.3. */
    static final class CoinSimulator implements ModelSimulator {
        @Override
        public String modelId() {
            return "demo";
        }

        @Override
        public void simulateReplicate(SimulationScenario scenario, SplittableRandom random, ReplicateRecorder recorder) {
            int reached = 0;
            for (int h = 0; h < 20; h++) {
                reached += random.nextDouble() < 0.3 ? 1 : 0;
            }
            recorder.record("demo.reached", 1, reached);
        }
    }

    @Test
    void anOutcome_isAssertedStatistically_andAFailureShowsTheNumbers() {
        SimulationScenario scenario = new SimulationScenario(LocalDate.of(2024, 1, 1), 1,
                new PlanSection("demo", "models.demo", JsonNodeFactory.instance.objectNode()));
        SimulatedOutcome outcome = ProgrammeOutcome.given(scenario).simulatedBy(new CoinSimulator()).replicates(400)
                .seed(7).simulate();

        // binomial(20, 0.3): mean 6, standard deviation 2.05; 400 replicates: standard error 0.10
        assertThat(outcome).meanOf("demo.reached", 1).isWithinStandardErrorsOf(4, 6.0);
        assertThat(outcome).hasPercentileBandWithin("demo.reached", 1, 2, 10)
                .hasProbability("demo.reached", 1, reached -> reached >= 10, "≥ 10", 0.0, 0.08);
        assertThatThrownBy(() -> assertThat(outcome).meanOf("demo.reached", 1).isWithinStandardErrorsOf(3, 7.0))
                .hasMessageContaining("standard errors away").hasMessageContaining("400 replicates");
    }
}
