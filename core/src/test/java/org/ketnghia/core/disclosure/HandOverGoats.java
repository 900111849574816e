package org.ketnghia.core.disclosure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/** Command of {@link GoatsFeature}: hand goats over to a household. */
@JsonTypeName(HandOverGoats.TYPE)
record HandOverGoats(Actor actor, String unitCode, LocalDate occurredOn, String householdId, int goats,
        long pricePerGoat) implements Command {

    static final String TYPE = "goats-test.hand-over-goats";
}
