package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Files a start-up application in a call; {@code unitCode} is the commune where the project runs.
 * Refused when an item is outside its sector, the counterpart is below the required minimum, an
 * applicant that needs a business registration has none, or the applicant already applied in the call; and, when
 * the ledger declares a programme, when the commune is outside its districts (or the communes carrying them on).
 *
 * <p>The facts it shares with its event are declared once in {@link ApplicationFacts}.
 */
@Value.Immutable
@JsonTypeName(SubmitApplication.TYPE)
@JsonSerialize(as = ImmutableSubmitApplication.class)
@JsonDeserialize(as = ImmutableSubmitApplication.class)
public abstract class SubmitApplication implements Command, ApplicationFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.submit-application";

    SubmitApplication() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableSubmitApplication.Builder {
    }
}
