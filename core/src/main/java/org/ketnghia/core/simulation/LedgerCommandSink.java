package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.ProgrammeLedger;

/**
 * A {@link CommandSink} that submits every command to a {@link Ledger}, through the same
 * validation as real commands. The ledger's clock must be after the simulated dates (its "today"
 * rejects later events), and its administrative units must contain the simulated units.
 *
 * <p>Simulated data never mixes with recorded data: the ledger must be declared simulated by its first
 * event ({@link DeclareSimulatedLedger}, which a host records before its set-up), or be empty, in which
 * case the sink declares it with the first command's actor, unit and date. Into a ledger of recorded
 * data the first command is refused with {@link SimulationErrorCode#SIMULATION_LEDGER_NOT_SIMULATED}
 * and nothing is recorded.
 *
 * <p>Thread-safe as the ledger is.
 */
public final class LedgerCommandSink implements CommandSink {

    /** Commands per append when submitting in order: one transaction and one commit each. */
    static final int COMMANDS_PER_APPEND = 500;

    private final Ledger target;
    private final Consumer<Command> ledger;
    private final Consumer<List<? extends Command>> batches;
    private long submitted;
    private boolean originChecked;

    /** A sink into {@code ledger}, recording for no programme in particular. */
    public LedgerCommandSink(Ledger ledger) {
        this.target = requireNonNull(ledger, "ledger");
        this.ledger = ledger::submit;
        this.batches = ledger::submitAll;
    }

    /** A sink into a ledger as programme {@code ledger} records in it: every event names the programme. */
    public LedgerCommandSink(ProgrammeLedger ledger) {
        this.target = requireNonNull(ledger, "ledger").ledger();
        this.ledger = ledger::submit;
        this.batches = ledger::submitAll;
    }

    /**
     * Submits the command to the ledger; the first one also checks, or declares, that the ledger is simulated.
     *
     * @throws KetnghiaException if the ledger rejects it, or holds recorded data
     */
    @Override
    public void submit(Command command) {
        requireNonNull(command, "command");
        checkOrigin(command);
        ledger.accept(command);
        synchronized (this) {
            submitted++;
        }
    }

    /**
     * Submits the commands in appends of up to {@value #COMMANDS_PER_APPEND}, each an atomic batch ({@link
     * Ledger#submitAll}) checked command by command against those before it, as single submissions would be.
     * If a batch is refused, it is submitted again one command at a time, so that the commands before the
     * refused one are recorded and the error is the one its own submission gives.
     *
     * @throws KetnghiaException for the first command the ledger rejects, or if the ledger holds recorded data
     */
    @Override
    public void submitInOrder(List<? extends Command> commands) {
        requireNonNull(commands, "commands");
        if (commands.isEmpty()) {
            return;
        }
        checkOrigin(requireNonNull(commands.get(0), "commands[0]"));
        for (int from = 0; from < commands.size(); from += COMMANDS_PER_APPEND) {
            List<? extends Command> batch = commands.subList(from, Math.min(commands.size(), from + COMMANDS_PER_APPEND));
            try {
                batches.accept(batch);
                synchronized (this) {
                    submitted += batch.size();
                }
            } catch (KetnghiaException refused) {
                // the batch recorded nothing; one at a time, those before the refused command are recorded
                // and its own error is thrown
                batch.forEach(this::submit);
            }
        }
    }

    private synchronized void checkOrigin(Command first) {
        if (originChecked) {
            return;
        }
        if (target.lastSequence() == 0) {
            target.submit(DeclareSimulatedLedger.builder().actor(first.actor()).unitCode(first.unitCode())
                    .occurredOn(first.occurredOn()).descriptionVi("Vết mô phỏng do bộ mô phỏng ghi").build());
        } else if (!target.read(LedgerOrigin.class, LedgerOrigin::simulated)) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_LEDGER_NOT_SIMULATED, "ledger");
        }
        originChecked = true;
    }

    /** How many commands were accepted by the ledger through this sink. */
    public synchronized long submitted() {
        return submitted;
    }
}
