package org.example.goodmodel;

import java.util.List;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.value.BilingualText;

/** A model that keeps the contract: only the SPI, the core API and the JDK. */
public final class GoodModel implements PilotModel {

    @Override
    public String id() {
        return "good";
    }

    @Override
    public BilingualText name() {
        return BilingualText.of("Mô hình tốt", "Good model");
    }

    @Override
    public List<Class<? extends LedgerEvent>> eventTypes() {
        return List.of();
    }

    /** A budget in exact đồng. */
    public Money budget() {
        return Money.ofMillions(new int[] {1, 2}.length);
    }
}
