package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An inspection (<i>kiểm tra, giám sát, phúc tra</i>) was made; the event's unit is the inspected unit and its
 * date the day of the inspection. Every action recorded has a deadline.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(InspectionRecorded.TYPE)
@JsonSerialize(as = ImmutableInspectionRecorded.class)
@JsonDeserialize(as = ImmutableInspectionRecorded.class)
public abstract class InspectionRecorded implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.inspection-recorded";

    /** Identifier of the inspection. */
    public abstract String inspectionId();

    /** Monitoring visit, check or re-check. */
    public abstract InspectionKind kind();

    /** Who inspected. */
    public abstract InspectingBody body();

    /** For a re-check: the earlier inspection it follows up. */
    public abstract Optional<String> recheckOf();

    /** The minutes' reference, if any. */
    public abstract Optional<String> reference();

    /** The findings. */
    public abstract List<Finding> findings();

    /** The actions required. */
    public abstract List<RequiredAction> actions();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InspectionRecorded}; obtain one with {@link InspectionRecorded#builder()}. */
    public static final class Builder extends ImmutableInspectionRecorded.Builder {
    }
}
