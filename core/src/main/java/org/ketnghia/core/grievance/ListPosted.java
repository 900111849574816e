package org.ketnghia.core.grievance;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A commune posted a list publicly (<i>đã niêm yết công khai danh sách</i>); the commune is the event's unit.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(ListPosted.TYPE)
@JsonSerialize(as = ImmutableListPosted.class)
@JsonDeserialize(as = ImmutableListPosted.class)
public abstract class ListPosted implements LedgerEvent, PostingFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "grievance.list-posted";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ListPosted}; obtain one with {@link ListPosted#builder()}. */
    public static final class Builder extends ImmutableListPosted.Builder {
    }
}
