package org.ketnghia.core.simulation;

import java.util.List;
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

    /**
     * Records commands in order, with the outcome of {@link #submit} called on each in turn: if one is
     * rejected, those before it are recorded, it and those after it are not, and its error is thrown. A sink
     * may record them in fewer, larger appends; a {@link LedgerCommandSink} does, which is what makes a
     * trace of thousands of commands fast over a durable store.
     *
     * @throws org.ketnghia.core.error.KetnghiaException as {@link #submit}, for the first command rejected
     */
    default void submitInOrder(List<? extends Command> commands) {
        commands.forEach(this::submit);
    }
}
