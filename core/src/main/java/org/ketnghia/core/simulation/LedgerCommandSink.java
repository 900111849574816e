package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.util.function.Consumer;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.ProgrammeLedger;

/**
 * A {@link CommandSink} that submits every command to a {@link Ledger}, through the same
 * validation as real commands. The ledger's clock must be after the simulated dates (its "today"
 * rejects later events), and its administrative units must contain the simulated units.
 *
 * <p>Thread-safe as the ledger is.
 */
public final class LedgerCommandSink implements CommandSink {

    private final Consumer<Command> ledger;
    private long submitted;

    /** A sink into {@code ledger}, recording for no programme in particular. */
    public LedgerCommandSink(Ledger ledger) {
        this.ledger = requireNonNull(ledger, "ledger")::submit;
    }

    /** A sink into a ledger as programme {@code ledger} records in it: every event names the programme. */
    public LedgerCommandSink(ProgrammeLedger ledger) {
        this.ledger = requireNonNull(ledger, "ledger")::submit;
    }

    /**
     * Submits the command to the ledger.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the ledger rejects it
     */
    @Override
    public void submit(Command command) {
        ledger.accept(requireNonNull(command, "command"));
        synchronized (this) {
            submitted++;
        }
    }

    /** How many commands were accepted by the ledger through this sink. */
    public synchronized long submitted() {
        return submitted;
    }
}
