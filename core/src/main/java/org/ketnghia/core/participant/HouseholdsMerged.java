package org.ketnghia.core.participant;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.EventVersion;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Two households were merged into one (nhập hộ); the absorbed one ended.
 * Produced by {@link MergeHouseholds}.
 *
 * <p>The absorbed members' names are kept only in their {@code fullName} fields ({@link #absorbedMembers()}), which an
 * encrypted ledger seals under the key of the household that receives them ({@link #householdId()}), as it does the
 * other names of that household; erased, they read as stand-ins. Version {@value #VERSION}: a merge recorded before
 * (version 1) kept the names as the keys of a map {@code relations}, in the clear; it is read through an upcaster
 * into this shape (the names in the map's order) and stays stored, hashed and exported as recorded.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@EventVersion(HouseholdsMerged.VERSION)
@JsonTypeName(HouseholdsMerged.TYPE)
@JsonSerialize(as = ImmutableHouseholdsMerged.class)
@JsonDeserialize(as = ImmutableHouseholdsMerged.class)
public abstract class HouseholdsMerged implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "participant.households-merged";

    /** The schema version: 2 since the absorbed members' names are kept in name fields, not as map keys. */
    public static final int VERSION = 2;

    HouseholdsMerged() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household. */
    public abstract String householdId();

    /** The household that ended. */
    public abstract String absorbedHouseholdId();

    /** The absorbed members, each with their relation to the head, in the order the merge gave them; immutable. */
    public abstract List<AbsorbedMember> absorbedMembers();

    /** Why. */
    public abstract String reason();

    /**
     * The absorbed members' full names, in order; immutable. (Being an accessor named as a name field, it also makes
     * the sealer protect every name field of this type; see {@code ProtectedFields}.)
     */
    public List<String> memberNames() {
        return absorbedMembers().stream().map(AbsorbedMember::fullName).toList();
    }

    /**
     * Each absorbed member's relation to the head by full name, in order; immutable. Where two members read alike (an
     * event read masked: every name is the same stand-in), the first one's relation is kept.
     */
    public Map<String, HouseholdRelation> relationsByName() {
        return AbsorbedMember.relationsByName(absorbedMembers());
    }

    /** Builds a {@link HouseholdsMerged}. */
    public static final class Builder extends ImmutableHouseholdsMerged.Builder {
    }
}
