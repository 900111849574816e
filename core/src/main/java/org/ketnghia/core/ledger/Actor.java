package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.internal.ActorJson;

/**
 * Who records a command: an identified person or process with a {@link ActorRole role} and a
 * scope — the administrative unit it acts for ({@code scopeUnit}) and, for a sponsor, the sponsor
 * it acts for ({@code scopeSponsor}). Every event keeps its actor, so the record shows who wrote
 * what.
 *
 * <p>Its JSON form is written and read by {@code ActorJson}, as every event carries one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier of the person or process (e.g. an account name); never blank
 * @param name display name
 * @param role the role
 * @param scopeUnit code of the administrative unit the actor acts for, if any
 * @param scopeSponsor id of the sponsor the actor acts for, if any
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(using = ActorJson.Writer.class)
@JsonDeserialize(using = ActorJson.Reader.class)
public record Actor(String id, String name, ActorRole role, Optional<String> scopeUnit, Optional<String> scopeSponsor) {

    /** Validates the actor. */
    public Actor {
        requireNonNull(id, "id");
        requireNonNull(name, "name");
        requireNonNull(role, "role");
        scopeUnit = scopeUnit == null ? Optional.empty() : scopeUnit;
        scopeSponsor = scopeSponsor == null ? Optional.empty() : scopeSponsor;
        if (id.isBlank()) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_BLANK, "actor.id");
        }
    }

    /** A trusted system actor (imports, simulation traces). */
    public static Actor system(String id) {
        return new Actor(id, id, ActorRole.SYSTEM, Optional.empty(), Optional.empty());
    }

    /** An actor acting for an administrative unit. */
    public static Actor forUnit(String id, String name, ActorRole role, String unitCode) {
        return new Actor(id, name, role, Optional.of(unitCode), Optional.empty());
    }

    /** An actor acting for a sponsor. */
    public static Actor forSponsor(String id, String name, String sponsorId) {
        return new Actor(id, name, ActorRole.SPONSOR, Optional.empty(), Optional.of(sponsorId));
    }
}
