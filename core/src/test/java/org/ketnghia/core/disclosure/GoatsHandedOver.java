package org.ketnghia.core.disclosure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * Goats handed over to a household, as the first release of a test model records them: the support is valued at the
 * price paid for the goats. {@link GoatsHandedOverWithTransport} is the next release of the same event. A top-level
 * class, so that its nest is its own.
 */
@JsonTypeName(GoatsHandedOver.TYPE)
record GoatsHandedOver(String householdId, LocalDate supportedOn, int goats, long pricePerGoat)
        implements LedgerEvent, BeneficiarySupport {

    static final String TYPE = "goats-test.goats-handed-over";
    static final String MODEL_ID = "goats-test";

    @Override
    public String pilotModelId() {
        return MODEL_ID;
    }

    @Override
    public String supportDescriptionVi() {
        return "Hỗ trợ " + goats + " con dê giống";
    }

    @Override
    public String supportDescriptionEn() {
        return goats + " breeding goats";
    }

    @Override
    public Money value() {
        return Money.ofDong(goats * pricePerGoat);
    }
}
