package org.ketnghia.core.disclosure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/** A pilot model's support event, the way a model declares one: it implements {@link BeneficiarySupport}. */
@JsonTypeName(TestSupportGiven.TYPE)
record TestSupportGiven(String householdId, String pilotModelId, String supportDescriptionVi, String supportDescriptionEn,
        Money value, LocalDate supportedOn) implements LedgerEvent, BeneficiarySupport {

    static final String TYPE = "disclosure-test.support-given";
}
