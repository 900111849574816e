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
 * Corrects readings of a measurement recorded by mistake (<i>đính chính kết quả đo chỉ tiêu</i>) of the village
 * {@link #unitCode()}: the baseline or a later measurement, named by the ledger sequence of the event that recorded
 * it ({@link VillageRegistry.DatedReading#measurementSequence()}). The recorded measurement is never edited: the
 * correction is a new event, the registry shows the corrected values (and recomputes the criteria met) and keeps the
 * values first recorded in {@link VillageRegistry#corrections(String)}.
 */
@Value.Immutable
@JsonTypeName(CorrectMeasurement.TYPE)
@JsonSerialize(as = ImmutableCorrectMeasurement.class)
@JsonDeserialize(as = ImmutableCorrectMeasurement.class)
public abstract class CorrectMeasurement implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.correct-measurement";

    @Override
    public abstract Actor actor();

    /** The village concerned. */
    @Override
    public abstract String unitCode();

    /** The day of the correction; not before the measurement it corrects. */
    @Override
    public abstract LocalDate occurredOn();

    /** The ledger sequence of the baseline or measurement event corrected. */
    public abstract long measurementSequence();

    /** The corrected readings, each of an indicator that measurement read, with the evidence of the correction. */
    public abstract List<IndicatorReading> readings();

    /** Why, e.g. {@code "Nhập nhầm tỷ lệ đường trục thôn, theo biên bản kiểm tra ngày 3/11/2025"}; never blank. */
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CorrectMeasurement}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCorrectMeasurement.Builder {
    }
}
