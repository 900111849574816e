package org.ketnghia.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import java.util.List;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.money.Money;
import org.ketnghia.testing.demo.RecordItem;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModelContext;

/** Shared test values: a fixed clock, actors and unit codes of the Quảng Nam reference data. */
public final class Fixtures {

    /** 1 June 2026, 09:00 in Vietnam. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), KetnghiaRuntime.VIETNAM);

    public static final Actor PROVINCE = Actor.system("ban-dan-toc-tinh");

    /**
     * Quảng Nam's reference units (6 mountain and 6 lowland districts, the 2025 reorganisation): the
     * explicit opt-in of the tests, as nothing about one province is built into a runtime.
     */
    public static final AdministrativeRegistry QUANG_NAM = AdministrativeRegistry.quangNamReference();

    private Fixtures() {
    }

    /** The command types of {@code feature}: those of its handlers, over the Quảng Nam units. */
    public static List<Class<? extends Command>> commandTypes(LedgerFeature feature) {
        return feature.commandHandlers(PilotModelContext.of(QUANG_NAM, CLOCK)).stream()
                .<Class<? extends Command>>map(CommandHandler::commandType).toList();
    }

    public static Actor actor(ActorRole role, String unitCode) {
        return Actor.forUnit(role.name().toLowerCase() + "@" + unitCode, role.label().en() + " " + unitCode, role, unitCode);
    }

    public static RecordItem recordItem(Actor actor, String unitCode, LocalDate date, String itemId, int quantity) {
        return RecordItem.builder().actor(actor).unitCode(unitCode).occurredOn(date).itemId(itemId).quantity(quantity)
                .value(Money.ofMillions(quantity)).build();
    }

    /**
     * The first event of a ledger a test sets up and then records a trace into ({@link
     * org.ketnghia.core.simulation.DeclareSimulatedLedger}): a trace is refused in a ledger of recorded data
     * unless the ledger is empty, and a host declares it before the programme's set-up.
     */
    public static org.ketnghia.core.simulation.DeclareSimulatedLedger simulatedLedger(LocalDate date) {
        return org.ketnghia.core.simulation.DeclareSimulatedLedger.builder().actor(PROVINCE).unitCode("QNA").occurredOn(date)
                .descriptionVi("Vết mô phỏng của bộ kiểm thử").build();
    }
}
