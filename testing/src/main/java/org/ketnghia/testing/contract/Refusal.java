package org.ketnghia.testing.contract;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.ledger.Command;

/**
 * A command the model must refuse (<i>lệnh phải bị từ chối</i>), and the code its refusal must name.
 *
 * @param command the command, submitted after the contract's accepted samples
 * @param code the error code among the refusal's problems
 */
public record Refusal(Command command, ErrorCode code) {

    /** Checks that no part is missing. */
    public Refusal {
        requireNonNull(command, "command");
        requireNonNull(code, "code");
    }

    /** {@code command}, refused with {@code code}. */
    public static Refusal of(Command command, ErrorCode code) {
        return new Refusal(command, code);
    }
}
