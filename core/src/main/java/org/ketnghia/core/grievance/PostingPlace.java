package org.ketnghia.core.grievance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One place where a list was posted or announced (<i>địa điểm niêm yết</i>): the commune's office, a village's cultural
 * house ({@link #villageCode()} names the village), the loudspeaker, … Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostingPlace.class)
@JsonDeserialize(as = ImmutablePostingPlace.class)
public abstract class PostingPlace {

    /** The kind of place. */
    public abstract PostingPlaceKind kind();

    /** The village, for a place in a village (cultural house, village meeting); empty otherwise. */
    public abstract Optional<String> villageCode();

    /** A description in Vietnamese, if useful (e.g. "bảng tin trước cổng UBND xã"). */
    public abstract Optional<String> descriptionVi();

    /** A place of the given kind with no village and no description. */
    public static PostingPlace of(PostingPlaceKind kind) {
        return builder().kind(kind).build();
    }

    /** A place of the given kind in a village. */
    public static PostingPlace inVillage(PostingPlaceKind kind, String villageCode) {
        return builder().kind(kind).villageCode(villageCode).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PostingPlace}; obtain one with {@link PostingPlace#builder()}. */
    public static final class Builder extends ImmutablePostingPlace.Builder {
    }
}
