package org.ketnghia.core.disclosure;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * The same recorded event as {@link GoatsHandedOver} (same type id, version and JSON), as the next release of the test
 * model reads it: the support is now valued with the transport of each goat, so what {@link SupportLedger} keeps of
 * every recorded hand-over changes although no event type changed shape.
 */
@JsonTypeName(GoatsHandedOver.TYPE)
record GoatsHandedOverWithTransport(String householdId, LocalDate supportedOn, int goats, long pricePerGoat)
        implements LedgerEvent, BeneficiarySupport {

    static final long TRANSPORT_PER_GOAT = 200_000;

    @Override
    public String pilotModelId() {
        return GoatsHandedOver.MODEL_ID;
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
        return Money.ofDong(goats * (pricePerGoat + TRANSPORT_PER_GOAT));
    }
}
