package org.ketnghia.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/** Shared test values: a fixed clock, actors and unit codes of the Quảng Nam reference data. */
public final class Fixtures {

    /** 1 June 2026, 09:00 in Vietnam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), KetnghiaRuntime.VIETNAM);

    public static final Actor PROVINCE = Actor.system("ban-dan-toc-tinh");

    private Fixtures() {
    }

    public static Actor actor(ActorRole role, String unitCode) {
        return Actor.forUnit(role.name().toLowerCase() + "@" + unitCode, role.labelEn() + " " + unitCode, role, unitCode);
    }

    public static RecordItem recordItem(Actor actor, String unitCode, LocalDate date, String itemId, int quantity) {
        return RecordItem.builder().actor(actor).unitCode(unitCode).occurredOn(date).itemId(itemId).quantity(quantity)
                .value(Money.ofMillions(quantity)).build();
    }
}
