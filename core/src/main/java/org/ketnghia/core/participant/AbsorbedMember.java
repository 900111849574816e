package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A member of a household merged into another (nhập hộ), as the merge names them: their full name and their relation
 * to the head of the household they join. Part of {@link MergeHouseholds} and {@link HouseholdsMerged}.
 *
 * <p>The name is a name field ({@code fullName}): in an encrypted ledger it is sealed with the merge, under the key
 * of the household the member joins, and reads as an erased stand-in once that household is erased; the relation
 * stays in the clear. Not checked when built: the handler of {@link MergeHouseholds} checks every member together.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbsorbedMember.class)
@JsonDeserialize(as = ImmutableAbsorbedMember.class)
public abstract class AbsorbedMember {

    AbsorbedMember() {
    }

    /** The member of that name, with that relation to the head. */
    public static AbsorbedMember of(String fullName, HouseholdRelation relation) {
        return builder().fullName(fullName).relation(relation).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The full name with diacritics, as the absorbed household records it, e.g. {@code "Alăng Văn Bốn"}. */
    public abstract String fullName();

    /** The relation to the head of the household joined; never {@link HouseholdRelation#HEAD} once recorded. */
    public abstract HouseholdRelation relation();

    /** Each member's relation by full name, in order, the first of a name repeated; immutable. */
    static Map<String, HouseholdRelation> relationsByName(List<AbsorbedMember> members) {
        Map<String, HouseholdRelation> relations = new LinkedHashMap<>();
        members.forEach(member -> relations.putIfAbsent(member.fullName(), member.relation()));
        return Collections.unmodifiableMap(relations);
    }

    /** Builds an {@link AbsorbedMember}. */
    public static final class Builder extends ImmutableAbsorbedMember.Builder {
    }
}
