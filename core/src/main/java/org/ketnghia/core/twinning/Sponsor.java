package org.ketnghia.core.twinning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sponsor (<i>đơn vị kết nghĩa</i>): a provincial department, a lowland locality, an enterprise,
 * a mass organisation or another body that helps a twinned commune.
 *
 * <p>The value itself only requires its parts to be present; the rules (id not blank and new, name
 * not blank, a locality unit only for a lowland locality and only one that exists) are checked,
 * all at once, when it is registered with {@link RegisterSponsor}.
 *
 * <p>JSON: {@code {"id": "so-tai-chinh", "name": "Sở Tài chính", "kind": "department",
 * "contactUnit": "Văn phòng Sở"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSponsor.class)
@JsonDeserialize(as = ImmutableSponsor.class)
public abstract class Sponsor {

    /** The stable id, e.g. {@code "so-tai-chinh"} or {@code "tam-ky"}. */
    public abstract String id();

    /** The display name with diacritics, e.g. {@code "Sở Tài chính"}. */
    public abstract String name();

    /** What kind of unit it is. */
    public abstract SponsorKind kind();

    /**
     * For a lowland locality: the code of its administrative unit, e.g. {@code "QNA.TAM-KY"}
     * (a historical unit is fine); empty otherwise.
     */
    public abstract Optional<String> localityUnitCode();

    /** The office or person to contact (<i>đầu mối liên hệ</i>), free text; empty if not given. */
    public abstract Optional<String> contactUnit();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Sponsor}; obtain one with {@link Sponsor#builder()}. */
    public static final class Builder extends ImmutableSponsor.Builder {
    }
}
