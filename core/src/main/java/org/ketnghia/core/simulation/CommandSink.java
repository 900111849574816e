package org.ketnghia.core.simulation;

import org.ketnghia.core.ledger.Command;

/**
 * Where a simulator in trace mode sends the commands of a simulated programme: usually a {@link
 * LedgerCommandSink}; a test may collect them in a list. Implementations need not be thread-safe:
 * one trace runs on one thread.
 */
@FunctionalInterface
public interface CommandSink {

    /**
     * Records a command.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the command is rejected (nothing of it is
     *     recorded)
     */
    void submit(Command command);
}
