package org.ketnghia.core.programme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A programme was declared in the ledger (<i>ban hành kế hoạch</i>) with its {@link ProgrammeTerms}.
 * From then on the pilot models accept groups, calls, classes and villages only within its scope.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ProgrammeDeclared.TYPE)
@JsonSerialize(as = ImmutableProgrammeDeclared.class)
@JsonDeserialize(as = ImmutableProgrammeDeclared.class)
public abstract class ProgrammeDeclared implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "programme.declared";

    /** The terms declared. */
    public abstract ProgrammeTerms terms();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgrammeDeclared}; obtain one with {@link ProgrammeDeclared#builder()}. */
    public static final class Builder extends ImmutableProgrammeDeclared.Builder {
    }
}
