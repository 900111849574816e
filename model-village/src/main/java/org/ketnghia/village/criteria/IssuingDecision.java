package org.ketnghia.village.criteria;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision that issued a criteria set (<i>quyết định ban hành</i>), e.g. QĐ 2254/QĐ-UBND of the
 * provincial people's committee. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIssuingDecision.class)
@JsonDeserialize(as = ImmutableIssuingDecision.class)
public abstract class IssuingDecision {

    /** The decision number, e.g. "2254/QĐ-UBND". */
    public abstract String number();

    /** The date it was signed, if known (a sample has none). */
    public abstract Optional<LocalDate> date();

    /** Who issued it, e.g. "UBND tỉnh Quảng Nam". */
    public abstract String issuer();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link IssuingDecision}. */
    public static final class Builder extends ImmutableIssuingDecision.Builder {
    }
}
