package org.ketnghia.core.participant;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * One line of the posted results of the poverty review (<i>danh sách niêm yết kết quả rà soát</i>): the head's name,
 * the village and the category — and nothing else. Ethnicity, birth years, ID numbers, income and deprivations are
 * personal data (Nghị định 13/2023/NĐ-CP) and never appear here; a test asserts by reflection that this type has
 * exactly these accessors. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyReviewRow.class)
@JsonDeserialize(as = ImmutablePovertyReviewRow.class)
public abstract class PovertyReviewRow {

    PovertyReviewRow() {
    }

    /** A row with the given facts. */
    public static PovertyReviewRow of(String headName, String villageCode, String villageName, PovertyCategory category) {
        return builder().headName(headName).villageCode(villageCode).villageName(villageName).category(category).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The head of household's full name on the posting date. */
    public abstract String headName();

    /** The code of the village the household lived in on the posting date. */
    public abstract String villageCode();

    /** The village's name, e.g. {@code "A Ur"}. */
    public abstract String villageName();

    /** The category the review gave for the year: poor, near-poor or newly escaped. */
    public abstract PovertyCategory category();

    /** Builds a {@link PovertyReviewRow}. */
    public static final class Builder extends ImmutablePovertyReviewRow.Builder {
    }
}
