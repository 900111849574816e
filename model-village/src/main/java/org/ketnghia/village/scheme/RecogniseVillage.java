package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records the decision recognising the village {@link #unitCode()} as a model new-rural village (<i>quyết định công nhận thôn đạt chuẩn</i>), dated {@link #occurredOn()}.
 * Accepted only after the dossier (<i>hồ sơ đề nghị công nhận</i>), which follows a passed inspection, and
 * not dated before it.
 */
@Value.Immutable
@JsonTypeName(RecogniseVillage.TYPE)
@JsonSerialize(as = ImmutableRecogniseVillage.class)
@JsonDeserialize(as = ImmutableRecogniseVillage.class)
public abstract class RecogniseVillage implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.recognise-village";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The decision number. */
    public abstract String decisionNumber();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecogniseVillage}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecogniseVillage.Builder {
    }
}
