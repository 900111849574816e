package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Records the baseline assessment (<i>đánh giá hiện trạng</i>) of the village {@link #unitCode()}: a reading of every measured indicator of its set, each with evidence.
 */
@Value.Immutable
@JsonTypeName(AssessBaseline.TYPE)
@JsonSerialize(as = ImmutableAssessBaseline.class)
@JsonDeserialize(as = ImmutableAssessBaseline.class)
public abstract class AssessBaseline implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.assess-baseline";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The readings, each with its evidence. */
    public abstract List<IndicatorReading> readings();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AssessBaseline}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableAssessBaseline.Builder {
    }
}
