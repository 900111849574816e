package org.ketnghia.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The model item a finding is about, named generically so that the core never names a model: the model's id,
 * the kind of item in that model, and the item's id there — e.g. {@code livestock / group / TO-1}, {@code
 * livestock / animal / <ear tag>}, {@code startup / project / DA-3}, {@code training / class / L-2}, {@code
 * village / village / <unit code>}.
 *
 * <p>JSON: {@code {"modelId": "livestock", "itemKind": "group", "itemId": "TO-1"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemRef.class)
@JsonDeserialize(as = ImmutableItemRef.class)
public abstract class ItemRef {

    /** The pilot model's id, e.g. {@code "livestock"}. */
    public abstract String modelId();

    /** The kind of item in that model, e.g. {@code "group"}. */
    public abstract String itemKind();

    /** The item's id in that model, e.g. {@code "TO-1"}. */
    public abstract String itemId();

    /** A reference. */
    public static ItemRef of(String modelId, String itemKind, String itemId) {
        return builder().modelId(modelId).itemKind(itemKind).itemId(itemId).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ItemRef}; obtain one with {@link ItemRef#builder()}. */
    public static final class Builder extends ImmutableItemRef.Builder {
    }
}
