package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.LedgerCommandSink;

/**
 * Passes a trace's commands to the ledger's sink and notes the command it refused last, until a later one is
 * accepted: a simulator may skip a refused command and go on, and then that refusal did not stop it. Not
 * thread-safe: one trace runs on one thread.
 */
final class RefusalNotingSink implements CommandSink {

    private final LedgerCommandSink ledger;
    private Optional<Command> refused = Optional.empty();

    RefusalNotingSink(LedgerCommandSink ledger) {
        this.ledger = requireNonNull(ledger, "ledger");
    }

    @Override
    public void submit(Command command) {
        try {
            ledger.submit(command);
            refused = Optional.empty();
        } catch (RuntimeException e) {
            refused = Optional.of(command);
            throw e;
        }
    }

    @Override
    public void submitInOrder(List<? extends Command> commands) {
        long before = ledger.submitted();
        try {
            ledger.submitInOrder(commands);
            if (!commands.isEmpty()) {
                refused = Optional.empty();
            }
        } catch (RuntimeException e) {
            // the ledger's sink records those before the refused command, so their count is its index
            long accepted = ledger.submitted() - before;
            refused = accepted < commands.size() ? Optional.of(commands.get((int) accepted)) : Optional.empty();
            throw e;
        }
    }

    /** The command refused last, unless one was accepted after it. */
    Optional<Command> lastRefused() {
        return refused;
    }
}
