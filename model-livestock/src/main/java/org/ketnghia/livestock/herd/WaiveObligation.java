package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Waives a household’s pass-on obligation (<i>miễn nghĩa vụ quay vòng</i>) by a commune decision, e.g.
 * after a disaster. Refused when the obligation is unknown or already closed. Immutable.
 */
@Value.Immutable
@JsonTypeName(WaiveObligation.TYPE)
@JsonSerialize(as = ImmutableWaiveObligation.class)
@JsonDeserialize(as = ImmutableWaiveObligation.class)
public abstract class WaiveObligation implements WaiverFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.waive-obligation";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WaiveObligation}. */
    public static final class Builder extends ImmutableWaiveObligation.Builder {
    }
}
