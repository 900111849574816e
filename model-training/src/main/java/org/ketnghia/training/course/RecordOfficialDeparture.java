package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Record that an official left the post (<i>thôi việc, nghỉ hưu, chuyển công tác ra ngoài</i>); they no longer count among the officials to train.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordOfficialDeparture.TYPE)
@JsonSerialize(as = ImmutableRecordOfficialDeparture.class)
@JsonDeserialize(as = ImmutableRecordOfficialDeparture.class)
public abstract class RecordOfficialDeparture implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.record-official-departure";

    RecordOfficialDeparture() {
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

    /** The official. */
    public abstract String personId();

    /** Why, e.g. "Nghỉ hưu". */
    public abstract String reason();

    /** Builds a {@link RecordOfficialDeparture}. */
    public static final class Builder extends ImmutableRecordOfficialDeparture.Builder {
    }
}
