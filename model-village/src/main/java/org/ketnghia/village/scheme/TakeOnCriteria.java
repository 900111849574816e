package org.ketnghia.village.scheme;

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
 * Records a sponsor's part of the village plan (<i>đơn vị kết nghĩa nhận hỗ trợ tiêu chí</i>): the sponsor takes on one or more criteria of the village {@link #unitCode()}; it must be twinned with the village's commune on that date (an agreement in force that covers the commune names the sponsor).
 *
 * <p>The plan comes after the commune's review of the village: refused before its baseline assessment, or
 * dated before it. When the ledger declares a programme, the village must also lie, on that date, in one of
 * its pilot communes or a commune that carries one on ({@code PROGRAMME_OUTSIDE_SCOPE} otherwise).
 */
@Value.Immutable
@JsonTypeName(TakeOnCriteria.TYPE)
@JsonSerialize(as = ImmutableTakeOnCriteria.class)
@JsonDeserialize(as = ImmutableTakeOnCriteria.class)
public abstract class TakeOnCriteria implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.take-on-criteria";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor (<i>đơn vị kết nghĩa</i>); required. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The criteria taken on (one or more). */
    public abstract List<String> criterionIds();

    /** The plan or agreement document. */
    public abstract String planReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TakeOnCriteria}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableTakeOnCriteria.Builder {
    }
}
