package org.ketnghia.livestock.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.livestock.Species;

/**
 * One district's part of the model: its priority species, its 1–2 pilot communes (<i>xã thí
 * điểm</i>), its targets (e.g. 100 head for 50 households) and the exceptions it recorded.
 * Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDistrictPlan.class)
@JsonDeserialize(as = ImmutableDistrictPlan.class)
public abstract class DistrictPlan {

    /** The district (a unit code valid on the plan date). */
    public abstract String districtCode();

    /** The species the district gives priority to. */
    public abstract Species prioritySpecies();

    /** The pilot communes, 1 or 2. */
    public abstract List<String> pilotCommunes();

    /** Households to support. */
    public abstract int targetHouseholds();

    /** Head of the priority species to hand over. */
    public abstract int targetHead();

    /** Communes raising another species, with their justification. */
    public abstract List<SpeciesException> exceptions();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DistrictPlan}. */
    public static final class Builder extends ImmutableDistrictPlan.Builder {
    }
}
