package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problem;

/**
 * A simulated trace that stopped before its end (<i>vết mô phỏng dừng giữa chừng</i>): the ledger refused one of its
 * commands under a rule (of the plan, a norm, an allotment …), or the simulator failed. The commands recorded before
 * the stop stay in the ledger. Immutable.
 *
 * @param modelId the model whose trace stopped
 * @param replicate the index of the replicate the trace ran ({@link Simulations#TRACE_REPLICATE} for {@code run}'s
 *     traces): with the seed, what runs the same trace again
 * @param commandsRecorded how many of the trace's commands the ledger accepted before it stopped
 * @param refusedOn the date of the command the ledger refused; empty when the trace stopped otherwise
 * @param problems the rules that refused the command, each with its code and field; empty when the trace failed
 *     for another reason
 * @param reason the message of the error that stopped the trace, for a failure that is no rule's
 */
public record TraceStop(String modelId, long replicate, long commandsRecorded, Optional<LocalDate> refusedOn, List<Problem> problems,
        String reason) {

    /** Checks that no part is missing and copies the problems. */
    public TraceStop {
        requireNonNull(modelId, "modelId");
        requireNonNull(refusedOn, "refusedOn");
        problems = List.copyOf(requireNonNull(problems, "problems"));
        requireNonNull(reason, "reason");
    }
}
