package org.ketnghia.core.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source of administrative data: a legal act, a statistics code list, a published page.
 *
 * <p>JSON: {@code {"id": "nq-1659", "title": "Nghị quyết 1659/NQ-UBTVQH15 …", "url": "…"}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDataSource.class)
@JsonDeserialize(as = ImmutableDataSource.class)
public abstract class DataSource {

    /** A short id that notes can refer to, e.g. {@code "nq-1659"}. */
    public abstract String id();

    /** The title, with diacritics. */
    public abstract String title();

    /** Where it can be read, if public. */
    public abstract Optional<String> url();

    /** What was taken from it, and how reliable it is. */
    public abstract Optional<String> note();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DataSource}; obtain one with {@link DataSource#builder()}. */
    public static final class Builder extends ImmutableDataSource.Builder {
    }
}
