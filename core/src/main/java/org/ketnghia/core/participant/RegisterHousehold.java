package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.participant.privacy.Sensitive;
import org.ketnghia.core.participant.privacy.SensitiveKind;

/**
 * Register a household (đăng ký hộ gia đình): id, village, ethnicity and members. The ethnicity
 * may be given by official code, name or alias ("Ca Dong", "Katu"); the recorded event keeps the
 * official code. Every problem is reported at once: blank names, birth years out of range, no head
 * or several heads, unknown ethnicity, unknown village or one outside the recording unit, an id
 * already registered.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(RegisterHousehold.TYPE)
@JsonSerialize(as = ImmutableRegisterHousehold.class)
@JsonDeserialize(as = ImmutableRegisterHousehold.class)
public abstract class RegisterHousehold implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.register-household";

    RegisterHousehold() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (the commune, or a unit containing the participant). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The new household id. */
    public abstract String householdId();

    /** The code of the village the household lives in; it must exist on {@link #occurredOn()}. */
    public abstract String villageCode();

    /** The ethnic group as code, name or alias. */
    @Sensitive(kind = SensitiveKind.ETHNICITY)
    public abstract String ethnicity();

    /** The members, exactly one of them the head. */
    public abstract List<HouseholdMember> members();

    /** Builds a {@link RegisterHousehold}. */
    public static final class Builder extends ImmutableRegisterHousehold.Builder {
    }
}
