package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An animal refused at acceptance, with the reason (<i>không đạt yêu cầu</i>); it is never handed over. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRejectedAnimal.class)
@JsonDeserialize(as = ImmutableRejectedAnimal.class)
public abstract class RejectedAnimal {

    /** The ear tag. */
    public abstract String earTag();

    /** Why it was refused, in Vietnamese. */
    public abstract String reason();

    /** A rejected animal. */
    public static RejectedAnimal of(String earTag, String reason) {
        return builder().earTag(earTag).reason(reason).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RejectedAnimal}. */
    public static final class Builder extends ImmutableRejectedAnimal.Builder {
    }
}
