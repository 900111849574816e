package org.ketnghia.core.inspection;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * Who inspects (<i>cơ quan kiểm tra, giám sát</i>): the provincial committee, a district office or a sponsor,
 * identified by the province's or district's unit code, or by the sponsor's id.
 *
 * <p>JSON: {@code {"kind": "sponsor", "id": "so-tai-chinh", "name": "Sở Tài chính"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInspectingBody.class)
@JsonDeserialize(as = ImmutableInspectingBody.class)
public abstract class InspectingBody {

    /** The kind of body. */
    public abstract InspectingBodyKind kind();

    /** The province's or district's unit code, or the sponsor's id. */
    public abstract String id();

    /** Display name, e.g. "Ban Dân tộc tỉnh Quảng Nam". */
    public abstract String name();

    /** A body. */
    public static InspectingBody of(InspectingBodyKind kind, String id, String name) {
        return builder().kind(kind).id(id).name(name).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InspectingBody}; obtain one with {@link InspectingBody#builder()}. */
    public static final class Builder extends ImmutableInspectingBody.Builder {
    }
}
