package org.ketnghia.core.inspection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records an inspection (<i>biên bản kiểm tra, giám sát, phúc tra</i>) of the unit {@link #unitCode()} on
 * {@link #occurredOn()}: who inspected, what was found and which actions are required by when.
 *
 * <p>Rejected when the id is blank or used; a re-check names no earlier inspection (or one that is unknown or
 * later), or another kind names one; the body is unknown (a sponsor not registered, a district or province that
 * does not contain the unit on that date) or is not the body the actor acts for; a finding's id is blank or
 * repeated, its item blank, its description blank, its unit unknown on that date or outside the inspected unit;
 * an action's id is blank or repeated, its finding not among the findings, its description or responsible party
 * blank, its deadline missing or before the inspection.
 *
 * <p>Recorded by the system, the provincial committee, a district office within its scope, or a sponsor on its own
 * behalf ({@link #sponsorId()} is the body's id when the body is a sponsor). Not by the commune inspected. Every
 * rule is checked at once; a rejected command appends nothing. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RecordInspection.TYPE)
@JsonSerialize(as = ImmutableRecordInspection.class)
@JsonDeserialize(as = ImmutableRecordInspection.class)
public abstract class RecordInspection implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "inspection.record-inspection";

    @Override
    public abstract Actor actor();

    /** The inspected unit (commune, village, or before 1 July 2025 a district). */
    @Override
    public abstract String unitCode();

    /** The day of the inspection. */
    @Override
    public abstract LocalDate occurredOn();

    /** Identifier of the inspection, unique in the ledger. */
    public abstract String inspectionId();

    /** Monitoring visit, check or re-check. */
    public abstract InspectionKind kind();

    /** Who inspected. */
    public abstract InspectingBody body();

    /** For a re-check: the earlier inspection it follows up. */
    public abstract Optional<String> recheckOf();

    /** The minutes' reference (<i>số biên bản</i>), if any. */
    public abstract Optional<String> reference();

    /** The findings, possibly none. */
    public abstract List<Finding> findings();

    /** The actions required, each for one of the findings. */
    public abstract List<RequiredAction> actions();

    /** The sponsor on whose behalf it is recorded: the body when it is a sponsor. */
    @Override
    @JsonIgnore
    public Optional<String> sponsorId() {
        return body().kind() == InspectingBodyKind.SPONSOR ? Optional.of(body().id()) : Optional.empty();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordInspection}; obtain one with {@link RecordInspection#builder()}. */
    public static final class Builder extends ImmutableRecordInspection.Builder {
    }
}
