package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Closes a required action (<i>đã khắc phục</i>) on {@link #occurredOn()}, with the evidence of it (a report,
 * minutes, photos kept at the commune: {@link #evidenceReference()}). A later re-check confirms or reopens it
 * ({@link ReviewClosure}).
 *
 * <p>Rejected when the inspection or the action is unknown; the action is already closed (and not reopened since);
 * the evidence reference is blank; the day is before the inspection or before the action was last reopened; a
 * sponsor closes an action of an inspection it did not make. {@link #unitCode()} is the inspected unit (or a unit
 * containing it). Recorded by the system, the provincial committee, a district office or commune committee within
 * its scope, or the inspecting sponsor on its own behalf. Every rule is checked at once; a rejected command
 * appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CloseAction.TYPE)
@JsonSerialize(as = ImmutableCloseAction.class)
@JsonDeserialize(as = ImmutableCloseAction.class)
public abstract class CloseAction implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.close-action";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    /** The day the action was done. */
    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor on whose behalf it is recorded, if a sponsor records it. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The inspection that required the action. */
    public abstract String inspectionId();

    /** The action closed. */
    public abstract String actionId();

    /** Where the evidence is (document number, file reference). */
    public abstract String evidenceReference();

    /** A note, in Vietnamese, if any. */
    public abstract Optional<String> noteVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CloseAction}; obtain one with {@link CloseAction#builder()}. */
    public static final class Builder extends ImmutableCloseAction.Builder {
    }
}
