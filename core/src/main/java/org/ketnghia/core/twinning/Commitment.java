package org.ketnghia.core.twinning;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * What the sponsors commit for one chosen model (<i>nội dung cam kết</i>): a free text in Vietnamese
 * and, optionally, the amount pledged in đồng.
 *
 * <p>Checked when the agreement is signed or amended: the model must be among the chosen ones, at
 * most one commitment per model, the text not blank, a pledged amount greater than 0.
 *
 * <p>JSON: {@code {"modelId": "livestock", "descriptionVi": "Hỗ trợ 50 con dê giống",
 * "pledgedAmount": 200000000}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommitment.class)
@JsonDeserialize(as = ImmutableCommitment.class)
public abstract class Commitment {

    /** The chosen model the commitment is for. */
    public abstract String modelId();

    /** What is committed, in Vietnamese. */
    public abstract String descriptionVi();

    /** The amount pledged, if any. */
    public abstract Optional<Money> pledgedAmount();

    /** A commitment without an amount. */
    public static Commitment of(String modelId, String descriptionVi) {
        return builder().modelId(modelId).descriptionVi(descriptionVi).build();
    }

    /** A commitment with a pledged amount. */
    public static Commitment of(String modelId, String descriptionVi, Money pledgedAmount) {
        return builder().modelId(modelId).descriptionVi(descriptionVi).pledgedAmount(pledgedAmount).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Commitment}; obtain one with {@link Commitment#builder()}. */
    public static final class Builder extends ImmutableCommitment.Builder {
    }
}
