package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.SnapshotFormCheck;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

/** A ledger declared simulated by its first event says so to every output; a recorded one never mixes with a trace. */
class LedgerOriginTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    private static Ledger ledger() {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build().ledger();
    }

    private static DeclareSimulatedLedger.Builder declaration() {
        return DeclareSimulatedLedger.builder().actor(Fixtures.PROVINCE).unitCode("QNA").occurredOn(DAY)
                .descriptionVi("Vết mô phỏng kế hoạch thử");
    }

    @Test
    void aFreshLedger_isRecordedData_andCarriesNoMark() {
        Ledger ledger = ledger();

        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::simulated)).isFalse();
        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::mark)).isEmpty();
    }

    @Test
    void declaredByItsFirstEvent_theLedgerIsSimulated_withTheMarkItsOutputsCarry() {
        Ledger ledger = ledger();

        ledger.submit(declaration().seed(20210601L).build());

        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::simulated)).isTrue();
        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::mark)).contains("MÔ PHỎNG — SIMULATED, NOT FOR POSTING");
        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::seed)).contains(20210601L);
        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::descriptionVi)).contains("Vết mô phỏng kế hoạch thử");
        assertThat(ledger.store().readAll().get(0).typeId()).isEqualTo(SimulatedLedgerDeclared.TYPE);
    }

    @Test
    void declaringALedgerThatHoldsEvents_isRefused_andRecordsNothing() {
        Ledger ledger = ledger();
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "that-1", 2));

        KetnghiaException error = catchThrowableOfType(() -> ledger.submit(declaration().build()), KetnghiaException.class);

        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_LEDGER_NOT_EMPTY);
        assertThat(error.problems().get(0).field()).isEqualTo("ledger");
        assertThat(error.messageVi()).contains("sự kiện đầu tiên");
        assertThat(ledger.lastSequence()).isEqualTo(1);
        assertThat(ledger.read(LedgerOrigin.class, LedgerOrigin::simulated)).isFalse();
    }

    @Test
    void aBlankDescription_isRefused_namingTheField() {
        KetnghiaException error = catchThrowableOfType(() -> ledger().submit(declaration().descriptionVi(" ").build()),
                KetnghiaException.class);

        assertThat(error.code()).isEqualTo(CoreErrorCode.VALUE_BLANK);
        assertThat(error.problems().get(0).field()).isEqualTo("descriptionVi");
    }

    @Test
    void aTraceIntoALedgerOfRecordedData_isRefused_beforeItRecordsAnything() {
        Ledger ledger = ledger();
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "that-1", 2));
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        KetnghiaException error = catchThrowableOfType(
                () -> sink.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-1", 1)), KetnghiaException.class);

        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_LEDGER_NOT_SIMULATED);
        assertThat(ledger.lastSequence()).isEqualTo(1);
        assertThat(sink.submitted()).isZero();
    }

    @Test
    void aTraceIntoALedgerDeclaredSimulated_recordsAfterTheDeclaration() {
        Ledger ledger = ledger();
        ledger.submit(declaration().build());
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "set-up-1", 2));
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        sink.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-1", 1));
        sink.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-2", 1));

        assertThat(ledger.lastSequence()).isEqualTo(4);
        assertThat(sink.submitted()).isEqualTo(2);
        assertThat(ledger.store().readAll()).filteredOn(event -> event.typeId().equals(SimulatedLedgerDeclared.TYPE))
                .hasSize(1);
    }

    @Test
    void theOrigin_restoredFromASnapshot_equalsItsReplay() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build();
        runtime.ledger().submit(declaration().seed(7L).build());
        runtime.ledger().submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-1", 1));

        assertThat(SnapshotFormCheck.assertRestoresAsReplay(runtime)).isPositive();
    }
}
