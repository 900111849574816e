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
 * Records measurements over time (<i>kết quả đo, rà soát chỉ tiêu</i>) of some indicators of the village {@link #unitCode()}; a re-assessment after recognition (<i>đánh giá lại</i>) is flagged.
 */
@Value.Immutable
@JsonTypeName(RecordMeasurement.TYPE)
@JsonSerialize(as = ImmutableRecordMeasurement.class)
@JsonDeserialize(as = ImmutableRecordMeasurement.class)
public abstract class RecordMeasurement implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.record-measurement";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The readings, each with its evidence. */
    public abstract List<IndicatorReading> readings();

    /** Whether this is a re-assessment of a recognised village. */
    @Value.Default
    public boolean reassessment() {
        return false;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordMeasurement}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordMeasurement.Builder {
    }
}
