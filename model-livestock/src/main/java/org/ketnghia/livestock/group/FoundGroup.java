package org.ketnghia.livestock.group;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Founds a household group by the commune's decision (<i>Quyết định thành lập Tổ, nhóm hộ</i>),
 * recorded on {@link #occurredOn()} for the commune {@link #unitCode()}. Refused, with every reason
 * at once, when the vote is after the decision, a member household is unknown, outside the commune,
 * already in another group, not poor/near-poor/newly escaped or without signed commitment, when
 * there is not exactly one leader (a non-poor household or a trusted person) or not exactly one
 * deputy-secretary, or when the species is not the district's priority and no justification is
 * given or recorded in the programme; and, when the ledger declares a programme, when the commune is
 * not one of its pilot communes (nor a village within one, nor a successor commune after the 1 July
 * 2025 reorganisation): {@code PROGRAMME_OUTSIDE_SCOPE}. Immutable.
 */
@Value.Immutable
@JsonTypeName(FoundGroup.TYPE)
@JsonSerialize(as = ImmutableFoundGroup.class)
@JsonDeserialize(as = ImmutableFoundGroup.class)
public abstract class FoundGroup implements GroupFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.found-group";

    /** The leader; exactly one is required. */
    public abstract List<GroupLeader> leaders();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FoundGroup}. */
    public static final class Builder extends ImmutableFoundGroup.Builder {
    }
}
