package org.ketnghia.core.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The content of an administrative data file, as read: levels, units, succession links and the
 * sources they come from. It is not yet checked; {@link AdministrativeRegistry#of(AdministrativeData)}
 * checks it as a whole and reports every problem, each with its path in this structure (such as
 * {@code "units[12].parents[0].code"}).
 *
 * <p>JSON: {@code {"description": "…", "sources": [...], "levels": [...], "units": [...],
 * "successions": [...]}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdministrativeData.class)
@JsonDeserialize(as = ImmutableAdministrativeData.class)
public abstract class AdministrativeData {

    private static final AdministrativeData EMPTY = builder().build();

    /** What the data covers and how codes are built. */
    public abstract Optional<String> description();

    /** Where the data comes from. */
    public abstract List<DataSource> sources();

    /** The levels of the hierarchy. */
    public abstract List<AdminLevel> levels();

    /** The units, each for one period of its existence. */
    public abstract List<AdministrativeUnit> units();

    /** The succession links between units. */
    public abstract List<Succession> successions();

    /** Data with nothing in it. */
    public static AdministrativeData empty() {
        return EMPTY;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AdministrativeData}; obtain one with {@link AdministrativeData#builder()}. */
    public static final class Builder extends ImmutableAdministrativeData.Builder {
    }
}
