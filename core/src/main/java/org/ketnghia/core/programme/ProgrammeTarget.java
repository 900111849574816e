package org.ketnghia.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A physical target of the plan (<i>chỉ tiêu</i>): the value an indicator should reach, for the whole
 * programme or for one unit (a district, a commune). Example from the Quảng Nam plan: 150 households
 * receiving cattle, 50 of them in each cattle district.
 *
 * <p>JSON: {@code {"indicatorId": "livestock.households-round-1.cattle", "unitCode": "QNA.NAM-GIANG",
 * "value": 50}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgrammeTarget.class)
@JsonDeserialize(as = ImmutableProgrammeTarget.class)
public abstract class ProgrammeTarget {

    /** The indicator the target is set for, as the model that owns it declares it. */
    public abstract String indicatorId();

    /** The unit the target is set for; empty for the whole programme. */
    public abstract Optional<String> unitCode();

    /** The value to reach, in the indicator's own unit (a count, or đồng for money). */
    public abstract long value();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProgrammeTarget}; obtain one with {@link ProgrammeTarget#builder()}. */
    public static final class Builder extends ImmutableProgrammeTarget.Builder {
    }
}
