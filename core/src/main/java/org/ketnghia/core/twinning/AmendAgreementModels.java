package org.ketnghia.core.twinning;

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
 * Changes the pilot models chosen in an agreement and the commitments for them
 * (<i>điều chỉnh mô hình</i>), from {@link #effectiveFrom()} (the command's date if not given).
 * Rejected when the agreement is unknown; the effective date lies outside the agreement's period
 * in force or before its latest model choice; or the models and commitments break the rules of
 * {@link SignAgreement}. An amendment on the same day as the latest choice replaces it.
 *
 * <p>{@link #unitCode()} is the unit the record concerns — the province (e.g. {@code "QNA"} until
 * 30 June 2025, {@code "DNG"} after) or the recipient — and must exist on {@link #occurredOn()}.
 * Recorded by the system, the provincial committee, or a district office or commune committee
 * within its scope. Every rule is checked at once; a rejected command appends nothing.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(AmendAgreementModels.TYPE)
@JsonSerialize(as = ImmutableAmendAgreementModels.class)
@JsonDeserialize(as = ImmutableAmendAgreementModels.class)
public abstract class AmendAgreementModels implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "twinning.amend-agreement-models";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The agreement to amend. */
    public abstract String agreementId();

    /** The first day the new choice is in force; {@link #occurredOn()} if empty. */
    public abstract Optional<LocalDate> effectiveFrom();

    /** The models chosen from that day (at least one). */
    public abstract List<String> modelIds();

    /** The commitments from that day, replacing the previous ones. */
    public abstract List<Commitment> commitments();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AmendAgreementModels}; obtain one with {@link AmendAgreementModels#builder()}. */
    public static final class Builder extends ImmutableAmendAgreementModels.Builder {
    }
}
