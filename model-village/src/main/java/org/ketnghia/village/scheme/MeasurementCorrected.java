package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Readings of a village's measurement were corrected (<i>đính chính kết quả đo</i>): they replace, as of the
 * measurement's own date, the readings recorded by the event {@link #measurementSequence()}, which stays in the
 * ledger unchanged.
 */
@Value.Immutable
@JsonTypeName(MeasurementCorrected.TYPE)
@JsonSerialize(as = ImmutableMeasurementCorrected.class)
@JsonDeserialize(as = ImmutableMeasurementCorrected.class)
public abstract class MeasurementCorrected implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "village.measurement-corrected";

    /** The village. */
    public abstract String villageCode();

    /** The ledger sequence of the baseline or measurement event corrected. */
    public abstract long measurementSequence();

    /** The date of the measurement corrected (the corrected readings count from it). */
    public abstract LocalDate measuredOn();

    /** The corrected readings, each with the evidence of the correction. */
    public abstract List<IndicatorReading> readings();

    /** Why. */
    public abstract String reason();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MeasurementCorrected}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableMeasurementCorrected.Builder {
    }
}
