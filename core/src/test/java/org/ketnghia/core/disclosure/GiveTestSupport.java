package org.ketnghia.core.disclosure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/** Command of the test support feature: give a household some support. */
@JsonTypeName(GiveTestSupport.TYPE)
record GiveTestSupport(Actor actor, String unitCode, LocalDate occurredOn, String householdId, String descriptionVi,
        Money value) implements Command {

    static final String TYPE = "disclosure-test.give-support";
}
