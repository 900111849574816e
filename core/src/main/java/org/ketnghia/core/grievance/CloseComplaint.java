package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Closes a complaint with its result (<i>kết thúc giải quyết</i>). An upheld or partly upheld complaint must reference
 * the correction it led to: the ledger sequence of the correcting event (recorded after the complaint was received,
 * not itself a grievance event) or a correction request recorded for this complaint ({@link RequestCorrection}). A
 * rejected or withdrawn one references none. Only a withdrawn complaint may be closed unanswered.
 *
 * <p>Rejected when the complaint is unknown or closed, the unit is not its commune, the date is before the previous
 * step, the reason is blank, or the correction reference breaks the rules above. Recorded by the system, the
 * provincial committee, a district office or the commune committee within its scope. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CloseComplaint.TYPE)
@JsonSerialize(as = ImmutableCloseComplaint.class)
@JsonDeserialize(as = ImmutableCloseComplaint.class)
public abstract class CloseComplaint implements Command, ClosureFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.close-complaint";

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

    /** Builds a {@link CloseComplaint}; obtain one with {@link CloseComplaint#builder()}. */
    public static final class Builder extends ImmutableCloseComplaint.Builder {
    }
}
