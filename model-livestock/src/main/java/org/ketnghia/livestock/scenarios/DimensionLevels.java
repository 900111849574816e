package org.ketnghia.livestock.scenarios;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The levels of one dimension in a comparison and its baseline level. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableDimensionLevels.class)
@JsonDeserialize(as = ImmutableDimensionLevels.class)
public abstract class DimensionLevels {

    /** The dimension. */
    public abstract ScenarioDimension dimension();

    /** Its level names, in grid order. */
    public abstract List<String> levels();

    /** Their Vietnamese labels, in the same order. */
    public abstract List<String> labelsVi();

    /** The baseline level's name. */
    public abstract String baseline();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DimensionLevels}. */
    public static final class Builder extends ImmutableDimensionLevels.Builder {
    }
}
