package org.ketnghia.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action an inspection requires (<i>yêu cầu khắc phục</i>) for one of its findings, who must do it and by
 * when. The deadline is optional in the value only so that an action without one is refused with every other
 * problem of the record ({@code INSPECTION_ACTION_WITHOUT_DEADLINE}); every recorded action has one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRequiredAction.class)
@JsonDeserialize(as = ImmutableRequiredAction.class)
public abstract class RequiredAction {

    /** Identifier, unique within the inspection. */
    public abstract String id();

    /** The finding of the same inspection it answers. */
    public abstract String findingId();

    /** What must be done, in Vietnamese. */
    public abstract String descriptionVi();

    /** Who must do it, e.g. "UBND xã A Xan". */
    public abstract String responsible();

    /** The last day to do it (<i>thời hạn</i>). */
    public abstract Optional<LocalDate> deadline();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RequiredAction}; obtain one with {@link RequiredAction#builder()}. */
    public static final class Builder extends ImmutableRequiredAction.Builder {
    }
}
