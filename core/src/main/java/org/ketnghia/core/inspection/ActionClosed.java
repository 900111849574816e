package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A required action was closed (<i>đã khắc phục</i>) on the event's date, with its evidence.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ActionClosed.TYPE)
@JsonSerialize(as = ImmutableActionClosed.class)
@JsonDeserialize(as = ImmutableActionClosed.class)
public abstract class ActionClosed implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.action-closed";

    /** The inspection that required the action. */
    public abstract String inspectionId();

    /** The action closed. */
    public abstract String actionId();

    /** Where the evidence is. */
    public abstract String evidenceReference();

    /** A note, in Vietnamese, if any. */
    public abstract Optional<String> noteVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActionClosed}; obtain one with {@link ActionClosed#builder()}. */
    public static final class Builder extends ImmutableActionClosed.Builder {
    }
}
