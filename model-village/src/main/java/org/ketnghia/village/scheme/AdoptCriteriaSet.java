package org.ketnghia.village.scheme;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.village.criteria.CriteriaSet;

/**
 * Records a criteria set issued by the province (<i>ban hành Bộ tiêu chí thôn nông thôn mới kiểu mẫu</i>) so that villages can register against it; the set is validated as by {@link org.ketnghia.village.criteria.CriteriaSets#validate}.
 */
@Value.Immutable
@JsonTypeName(AdoptCriteriaSet.TYPE)
@JsonSerialize(as = ImmutableAdoptCriteriaSet.class)
@JsonDeserialize(as = ImmutableAdoptCriteriaSet.class)
public abstract class AdoptCriteriaSet implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "village.adopt-criteria-set";

    @Override
    public abstract Actor actor();

    /** The unit adopting the set, normally the province. */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The set. */
    public abstract CriteriaSet criteriaSet();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link AdoptCriteriaSet}; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableAdoptCriteriaSet.Builder {
    }
}
