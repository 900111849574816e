package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;

/** Asserts that a command is refused with a code and leaves the ledger as it was. */
final class Refusals {

    private Refusals() {
    }

    static KetnghiaException assertRefused(Ledger ledger, Command command, ErrorCode code) {
        long before = ledger.lastSequence();
        KetnghiaException[] caught = new KetnghiaException[1];
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class, e -> {
            caught[0] = e;
            assertThat(e.problems()).extracting(p -> p.code()).contains(code);
            assertThat(e.getMessage()).isNotBlank();
        });
        assertThat(ledger.lastSequence()).isEqualTo(before);
        assertThat(ledger.store().lastSequence()).isEqualTo(before);
        return caught[0];
    }
}
