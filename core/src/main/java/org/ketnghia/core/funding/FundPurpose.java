package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What money is for (<i>mục đích sử dụng</i>): a pilot model and, optionally, one of its
 * activities. Money received for a model without an activity may pay for any activity of that
 * model; money received for an activity pays only for that activity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param modelId the pilot model id, e.g. {@code "livestock"}; never blank
 * @param activity the activity within the model, if the money is earmarked for one
 */
public record FundPurpose(String modelId, Optional<String> activity) {

    /** Validates the purpose. */
    public FundPurpose {
        requireNonNull(modelId, "modelId");
        activity = activity == null ? Optional.empty() : activity;
    }

    /** The whole model, no activity. */
    public static FundPurpose of(String modelId) {
        return new FundPurpose(modelId, Optional.empty());
    }

    /** One activity of a model. */
    public static FundPurpose of(String modelId, String activity) {
        return new FundPurpose(modelId, Optional.of(activity));
    }

    /** {@code "model"} or {@code "model/activity"}. */
    @Override
    public String toString() {
        return activity.map(a -> modelId + "/" + a).orElse(modelId);
    }
}
