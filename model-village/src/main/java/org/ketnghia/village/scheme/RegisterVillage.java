package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Registers the village {@link #unitCode()} in the scheme (<i>đăng ký xây dựng thôn nông thôn mới kiểu mẫu</i>) against a criteria set in force; its zone follows its commune.
 *
 * <p>When the ledger declares a programme ({@code ProgrammeScope}), the village must lie in one of its pilot
 * communes (the plan's <i>thôn trên địa bàn xã kết nghĩa</i>), or after the 1 July 2025 reorganisation in a
 * commune that carries one on; otherwise the registration is refused with {@code PROGRAMME_OUTSIDE_SCOPE}.
 * Without a programme any village is accepted.
 */
@Value.Immutable
@JsonTypeName(RegisterVillage.TYPE)
@JsonSerialize(as = ImmutableRegisterVillage.class)
@JsonDeserialize(as = ImmutableRegisterVillage.class)
public abstract class RegisterVillage implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.register-village";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The criteria set the village is assessed against. */
    public abstract String criteriaSetId();

    /** The registration document, e.g. the commune's list of villages. */
    public abstract String reference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RegisterVillage}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRegisterVillage.Builder {
    }
}
