package org.ketnghia.core.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * What the plan allots to one model in one district (<i>kinh phí phân bổ</i>), e.g. 2 billion đồng of
 * cattle in Nam Giang. The communes of the district (and their successors after a reorganisation)
 * together may not spend more on the model than this, unless an adjustment is approved ({@link
 * AllotmentAdjusted}).
 *
 * <p>JSON: {@code {"unitCode": "QNA.NAM-GIANG", "modelId": "livestock", "amount": 2000000000}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelAllotment.class)
@JsonDeserialize(as = ImmutableModelAllotment.class)
public abstract class ModelAllotment {

    /** The district (or commune) the amount is allotted to. */
    public abstract String unitCode();

    /** The model. */
    public abstract String modelId();

    /** The amount allotted, in đồng. */
    public abstract Money amount();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelAllotment}; obtain one with {@link ModelAllotment#builder()}. */
    public static final class Builder extends ImmutableModelAllotment.Builder {
    }
}
