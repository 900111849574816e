package org.ketnghia.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.DemoModel;

/** A trace's commands submitted in order land as if each were submitted alone, in fewer appends. */
class LedgerCommandSinkTest {

    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
    /** More than two appends' worth, the last one partly filled. */
    private static final int COMMANDS = 2 * LedgerCommandSink.COMMANDS_PER_APPEND + 201;

    private static Ledger ledger() {
        return KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel())
                .clock(Fixtures.CLOCK).build().ledger();
    }

    private static List<Command> items(int count) {
        List<Command> commands = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            commands.add(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-" + i, 1 + i % 3));
        }
        return commands;
    }

    @Test
    void submittedInOrder_theEventsAreThoseOfSingleSubmissions_hashesIncluded() {
        Ledger batched = ledger();
        Ledger single = ledger();
        LedgerCommandSink batchedSink = new LedgerCommandSink(batched);
        LedgerCommandSink singleSink = new LedgerCommandSink(single);

        batchedSink.submitInOrder(items(COMMANDS));
        items(COMMANDS).forEach(singleSink::submit);

        assertThat(batched.lastSequence()).isEqualTo(COMMANDS + 1L); // the declaration, then every command
        assertThat(batchedSink.submitted()).isEqualTo(COMMANDS);
        assertThat(batched.store().readAll()).isEqualTo(single.store().readAll());
        assertThat(batched.verifyChain().isIntact()).isTrue();
    }

    @Test
    void aRefusedCommandInTheSecondAppend_keepsThoseBeforeIt_andThrowsItsOwnError() {
        Ledger ledger = ledger();
        LedgerCommandSink sink = new LedgerCommandSink(ledger);
        List<Command> commands = items(COMMANDS);
        int refused = LedgerCommandSink.COMMANDS_PER_APPEND + 37;
        commands.set(refused, Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "sim-5", 1)); // sim-5 is recorded already

        KetnghiaException error = catchThrowableOfType(() -> sink.submitInOrder(commands), KetnghiaException.class);

        assertThat(error.code()).isEqualTo(CoreErrorCode.VALUE_DUPLICATE);
        assertThat(error.field()).isEqualTo("itemId");
        assertThat(ledger.lastSequence()).isEqualTo(refused + 1L);
        assertThat(sink.submitted()).isEqualTo(refused);
        assertThat(ledger.verifyChain().isIntact()).isTrue();
    }

    @Test
    void submittedInOrderIntoALedgerOfRecordedData_isRefused_andRecordsNothing() {
        Ledger ledger = ledger();
        ledger.submit(Fixtures.recordItem(Fixtures.PROVINCE, A_XAN, DAY, "that-1", 2));
        LedgerCommandSink sink = new LedgerCommandSink(ledger);

        KetnghiaException error = catchThrowableOfType(() -> sink.submitInOrder(items(3)), KetnghiaException.class);

        assertThat(error.code()).isEqualTo(SimulationErrorCode.SIMULATION_LEDGER_NOT_SIMULATED);
        assertThat(ledger.lastSequence()).isEqualTo(1);
        assertThat(sink.submitted()).isZero();
    }

    @Test
    void aSinkThatDoesNotBatch_submitsInOrderOneByOne() {
        List<Command> collected = new ArrayList<>();
        CommandSink collecting = collected::add;

        collecting.submitInOrder(items(4));

        assertThat(collected).isEqualTo(items(4));
    }
}
