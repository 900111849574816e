package org.ketnghia.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an inspection found (<i>nội dung phát hiện</i>) about one model item, with its severity. The item's place
 * ({@link #unitCode()}, e.g. the village of a household group) defaults to the inspected unit; it must exist on the
 * inspection date and lie within the inspected unit. A finding is open while one of its required actions is open;
 * a finding with no required action is a remark, never open.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

    /** Identifier, unique within the inspection. */
    public abstract String id();

    /** The model item concerned. */
    public abstract ItemRef item();

    /** Where the item is, if narrower than the inspected unit (e.g. a village). */
    public abstract Optional<String> unitCode();

    /** How serious it is. */
    public abstract Severity severity();

    /** What was found, in Vietnamese. */
    public abstract String descriptionVi();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Finding}; obtain one with {@link Finding#builder()}. */
    public static final class Builder extends ImmutableFinding.Builder {
    }
}
