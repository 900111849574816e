package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records that the commune {@link #unitCode()} posted a list publicly (<i>niêm yết công khai</i>): which list, where,
 * from when to when, by whom. Complaints about the list are received only within the posting period. Rejected when
 * the id is blank or taken, the unit is not a commune on {@link #postedFrom()}, the period is inverted, the list is
 * dated after the posting starts, no place is given, a place's village is not within the commune, or who posted it
 * is blank.
 *
 * <p>Recorded by the system, the provincial committee, a district office or the commune committee within its scope.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordPosting.TYPE)
@JsonSerialize(as = ImmutableRecordPosting.class)
@JsonDeserialize(as = ImmutableRecordPosting.class)
public abstract class RecordPosting implements Command, PostingFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.record-posting";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordPosting}; obtain one with {@link RecordPosting#builder()}. */
    public static final class Builder extends ImmutableRecordPosting.Builder {
    }
}
