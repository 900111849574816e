package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record an official's new post (<i>điều động, bố trí lại</i>): a new position or work unit — in particular the new commune of an official after the reorganisation of 1 July 2025.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ReassignOfficial.TYPE)
@JsonSerialize(as = ImmutableReassignOfficial.class)
@JsonDeserialize(as = ImmutableReassignOfficial.class)
public abstract class ReassignOfficial implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.reassign-official";

    ReassignOfficial() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (for a class: the class's unit). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The official (a person registered with the role official). */
    public abstract String personId();

    /** The new position, e.g. "Công chức Văn phòng - Thống kê xã". */
    public abstract String position();

    /** The unit the official now works for (district, commune or village on the date). */
    public abstract String workUnitCode();

    /** Why, e.g. the decision number. */
    public abstract Optional<String> reason();

    /** Builds a {@link ReassignOfficial}. */
    public static final class Builder extends ImmutableReassignOfficial.Builder {
    }
}
