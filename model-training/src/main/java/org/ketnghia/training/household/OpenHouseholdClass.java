package org.ketnghia.training.household;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Opens a technical class for households (<i>mở lớp tập huấn kỹ thuật cho hộ dân</i>) held in the commune {@link
 * #unitCode()}, organised by the district office (or the province). Its facts are those of {@link HouseholdClassFacts}.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OpenHouseholdClass.TYPE)
@JsonSerialize(as = ImmutableOpenHouseholdClass.class)
@JsonDeserialize(as = ImmutableOpenHouseholdClass.class)
public abstract class OpenHouseholdClass implements Command, HouseholdClassFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.open-household-class";

    OpenHouseholdClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The commune the class is held in. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Builds an {@link OpenHouseholdClass}. */
    public static final class Builder extends ImmutableOpenHouseholdClass.Builder {
    }
}
