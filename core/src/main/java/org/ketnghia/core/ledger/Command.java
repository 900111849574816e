package org.ketnghia.core.ledger;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A request to record something: validated against the current state by its {@link
 * CommandHandler} before anything is appended. A rejected command appends nothing.
 *
 * <p>Implementations are immutable values with a namespaced {@code @JsonTypeName} (so that
 * commands can be queued, logged and replayed as JSON). A command type is declared by its handler
 * ({@link CommandHandler#commandType()}), returned from {@link
 * org.ketnghia.core.spi.LedgerFeature#commandHandlers}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface Command {

    /** Who records it. */
    Actor actor();

    /** The administrative unit it concerns; the events it produces default to it. */
    String unitCode();

    /** The date it happened. */
    LocalDate occurredOn();

    /** The sponsor on whose behalf it is recorded, if any (checked against a sponsor actor's scope). */
    default Optional<String> sponsorId() {
        return Optional.empty();
    }
}
