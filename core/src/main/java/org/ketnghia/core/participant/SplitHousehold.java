package org.ketnghia.core.participant;

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
 * Split a household into two (tách hộ): the members named leave it to form a new household, one of them
 * its head; the original household keeps its head and the other members. The new household has the same
 * ethnicity and lives in the village given, or the same one.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(SplitHousehold.TYPE)
@JsonSerialize(as = ImmutableSplitHousehold.class)
@JsonDeserialize(as = ImmutableSplitHousehold.class)
public abstract class SplitHousehold implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.split-household";

    SplitHousehold() {
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

    /** The id of the new household. */
    public abstract String newHouseholdId();

    /** The full names of the members who leave, the new head among them. */
    public abstract List<String> memberNames();

    /** Which of them heads the new household. */
    public abstract String newHeadName();

    /** The new household's village; absent: the same village. */
    public abstract Optional<String> villageCode();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /** Builds a {@link SplitHousehold}. */
    public static final class Builder extends ImmutableSplitHousehold.Builder {
    }
}
