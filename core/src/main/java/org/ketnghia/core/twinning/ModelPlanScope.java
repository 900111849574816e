package org.ketnghia.core.twinning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a commune's model plan (<i>phương án</i>) foresees for one pilot model: the household groups, the calls
 * for projects or classes, and the villages it scopes, and a summary. Ids of groups and calls are the model's own;
 * village codes are administrative units within the commune.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableModelPlanScope.class)
@JsonDeserialize(as = ImmutableModelPlanScope.class)
public abstract class ModelPlanScope {

    /** The pilot model, e.g. {@code "livestock"}. */
    public abstract String modelId();

    /** The household groups foreseen (the model's ids), possibly none. */
    public abstract List<String> groupIds();

    /** The calls (for projects, for classes) foreseen (the model's ids), possibly none. */
    public abstract List<String> callIds();

    /** The villages foreseen, possibly none. */
    public abstract List<String> villageCodes();

    /** What the plan does, in Vietnamese. */
    public abstract String summaryVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ModelPlanScope}; obtain one with {@link ModelPlanScope#builder()}. */
    public static final class Builder extends ImmutableModelPlanScope.Builder {
    }
}
