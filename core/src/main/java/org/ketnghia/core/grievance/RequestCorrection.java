package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records that the body handling a complaint asked for a correction of the list or of the facts behind it (<i>yêu cầu
 * điều chỉnh</i>), when it cannot record the correction itself (another body decides it) or not yet. An upheld
 * complaint may be closed with a reference to such a request instead of the correcting event. Rejected when the id
 * is blank or taken, the complaint is unknown or closed, the unit is not its commune, the date is before the previous
 * step, or who must correct and what are blank.
 *
 * <p>Recorded by the system, the provincial committee, a district office or the commune committee within its scope.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RequestCorrection.TYPE)
@JsonSerialize(as = ImmutableRequestCorrection.class)
@JsonDeserialize(as = ImmutableRequestCorrection.class)
public abstract class RequestCorrection implements Command, CorrectionRequestFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.request-correction";

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

    /** Builds a {@link RequestCorrection}; obtain one with {@link RequestCorrection#builder()}. */
    public static final class Builder extends ImmutableRequestCorrection.Builder {
    }
}
