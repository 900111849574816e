package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Declares a programme (<i>ban hành kế hoạch</i>): its act, dates, districts and pilot communes,
 * targets, norms and allotments. Rejected, with every problem at once, when the id is malformed or
 * already declared, the years are not 1 to 10, a unit does not exist on the start date, a pilot
 * commune lies outside the districts, a pilot commune already belongs to another programme in force, a
 * target, norm or allotment is repeated or not positive.
 *
 * <p>{@link #unitCode()} is the province. Recorded by the system or the provincial committee.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(DeclareProgramme.TYPE)
@JsonSerialize(as = ImmutableDeclareProgramme.class)
@JsonDeserialize(as = ImmutableDeclareProgramme.class)
public abstract class DeclareProgramme implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.declare";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The terms to declare. */
    public abstract ProgrammeTerms terms();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeclareProgramme}; obtain one with {@link DeclareProgramme#builder()}. */
    public static final class Builder extends ImmutableDeclareProgramme.Builder {
    }
}
