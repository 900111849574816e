package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * Correct a household's ethnicity recorded by mistake (điều chỉnh thành phần dân tộc), given by official
 * code, name or alias. A correction: the corrected value is the truth for every date, and the history
 * keeps the value first recorded. Ethnicity is sensitive personal data, never on a public list.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CorrectHouseholdEthnicity.TYPE)
@JsonSerialize(as = ImmutableCorrectHouseholdEthnicity.class)
@JsonDeserialize(as = ImmutableCorrectHouseholdEthnicity.class)
public abstract class CorrectHouseholdEthnicity implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.correct-household-ethnicity";

    CorrectHouseholdEthnicity() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it: the household's commune, or a unit containing it. */
    @Override
    public abstract String unitCode();

    /** The date the change took effect (a correction: the date it was established). */
    @Override
    public abstract LocalDate occurredOn();

    /** The household. */
    public abstract String householdId();

    /** The ethnic group as code, name or alias. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract String ethnicity();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link CorrectHouseholdEthnicity}. */
    public static final class Builder extends ImmutableCorrectHouseholdEthnicity.Builder {
    }
}
