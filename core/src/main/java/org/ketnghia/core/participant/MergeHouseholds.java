package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Merge two households into one (nhập hộ): every member of the absorbed household joins {@link
 * #householdId()}, with their relation to its head; the absorbed household ends on the date (its id and
 * history remain, it is no longer among the households in being).
 *
 * <p>The absorbed members' names are kept only in their {@code fullName} fields ({@link #absorbedMembers()}), so that a
 * command held for approval is sealed, in an encrypted ledger, under the key of {@link #householdId()} like the event
 * it records ({@link HouseholdsMerged}). A command held before 7 December 2026 kept them as the keys of a map {@code
 * relations}, in the clear: its request is read with the command in this shape (the names in the map's order; see
 * {@link org.ketnghia.core.approval.ApprovalRequested}).
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(MergeHouseholds.TYPE)
@JsonSerialize(as = ImmutableMergeHouseholds.class)
@JsonDeserialize(as = ImmutableMergeHouseholds.class)
public abstract class MergeHouseholds implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.merge-households";

    MergeHouseholds() {
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

    /** The household that joins and ends. */
    public abstract String absorbedHouseholdId();

    /**
     * Each absorbed member's full name and relation to the head: every member of the absorbed household, each name
     * once, none {@link HouseholdRelation#HEAD}; immutable.
     */
    public abstract List<AbsorbedMember> absorbedMembers();

    /** Why, e.g. the decision or the request it comes from; never blank. */
    public abstract String reason();

    /**
     * The absorbed members' full names, in order; immutable. (Being an accessor named as a name field, it also makes
     * the sealer protect every name field of this command when it is held for approval; see {@code ProtectedFields}.)
     */
    public List<String> memberNames() {
        return absorbedMembers().stream().map(AbsorbedMember::fullName).toList();
    }

    /** Each absorbed member's relation to the head by full name, in order, the first of a name repeated; immutable. */
    public Map<String, HouseholdRelation> relationsByName() {
        return AbsorbedMember.relationsByName(absorbedMembers());
    }

    /** Builds a {@link MergeHouseholds}. */
    public static final class Builder extends ImmutableMergeHouseholds.Builder {

        /** Adds the absorbed member {@code fullName} with their relation to the head. */
        public Builder addAbsorbedMember(String fullName, HouseholdRelation relation) {
            addAbsorbedMembers(AbsorbedMember.of(fullName, relation));
            return this;
        }
    }
}
