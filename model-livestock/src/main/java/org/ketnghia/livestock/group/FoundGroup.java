package org.ketnghia.livestock.group;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.PassOnPolicy;

/**
 * Founds a household group by the commune's decision (<i>Quyết định thành lập Tổ, nhóm hộ</i>),
 * recorded on {@link #occurredOn()} for the commune {@link #unitCode()}. Refused, with every reason
 * at once, when the vote is after the decision, a member household is unknown, outside the commune,
 * already in another group, not poor/near-poor/newly escaped or without signed commitment, when
 * there is not exactly one leader (a non-poor household or a trusted person) or not exactly one
 * deputy-secretary, or when the species is not the district's priority and no justification is
 * given or recorded in the programme. Immutable.
 */
@Value.Immutable
@JsonTypeName(FoundGroup.TYPE)
@JsonSerialize(as = ImmutableFoundGroup.class)
@JsonDeserialize(as = ImmutableFoundGroup.class)
public abstract class FoundGroup implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.found-group";

    @Override
    public abstract Actor actor();

    /** The commune. */
    @Override
    public abstract String unitCode();

    /** The date of the founding decision. */
    @Override
    public abstract LocalDate occurredOn();

    /** New unique id of the group. */
    public abstract String groupId();

    /** Display name, e.g. "Tổ chăn nuôi dê thôn A Ur". */
    public abstract String name();

    /** The species the group raises. */
    public abstract Species species();

    /** The founding decision's number (<i>số quyết định</i>). */
    public abstract String decisionReference();

    /** The date of the public vote (<i>bình chọn công khai</i>). */
    public abstract LocalDate publicVoteOn();

    /** The group charter's reference (<i>quy chế hoạt động</i>). */
    public abstract String charterReference();

    /** The revolving form the charter sets. */
    public abstract PassOnPolicy passOnPolicy();

    /** The leader; exactly one is required. */
    public abstract List<GroupLeader> leaders();

    /** The member households, in charter order. */
    public abstract List<GroupMember> members();

    /** Why the group raises a species other than the district's priority, if it does. */
    public abstract Optional<String> speciesJustification();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link FoundGroup}. */
    public static final class Builder extends ImmutableFoundGroup.Builder {
    }
}
