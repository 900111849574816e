package org.ketnghia.livestock.programme;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.livestock.Species;

/**
 * A commune allowed to raise another species than its district's priority, with the recorded
 * justification (e.g. "xã không có điều kiện thuận lợi để phát triển chăn nuôi bò"). Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSpeciesException.class)
@JsonDeserialize(as = ImmutableSpeciesException.class)
public abstract class SpeciesException {

    /** The commune. */
    public abstract String communeCode();

    /** The species it raises instead. */
    public abstract Species species();

    /** Why, in Vietnamese. */
    public abstract String justification();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SpeciesException}. */
    public static final class Builder extends ImmutableSpeciesException.Builder {
    }
}
