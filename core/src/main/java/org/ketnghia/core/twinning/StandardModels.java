package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The four pilot models (<i>mô hình thí điểm</i>) of the Quảng Nam 2021 plan, by the ids their
 * modules install. Agreements reference models by id and accept any other installed model's id as
 * well; these constants only name the plan's standard set, which {@link TwoOfFourRule} uses by
 * default. A model's names are the model's own ({@code PilotModel.name()}): this class keeps ids
 * only, so a report never shows a second spelling of a model's name. Stateless and thread-safe.
 */
public final class StandardModels {

    /** Model 1: chăn nuôi bò, dê sinh sản quay vòng. */
    public static final String LIVESTOCK = "livestock";
    /** Model 2: hỗ trợ khởi nghiệp. */
    public static final String STARTUP = "startup";
    /** Model 3: bồi dưỡng cán bộ cơ sở. */
    public static final String TRAINING = "training";
    /** Model 4: thôn nông thôn mới kiểu mẫu. */
    public static final String VILLAGE = "village";

    private static final List<String> IDS = List.of(LIVESTOCK, STARTUP, TRAINING, VILLAGE);

    private StandardModels() {
    }

    /** The four ids, in the plan's order. */
    public static List<String> ids() {
        return IDS;
    }

    /** Whether {@code id} is one of the four standard models. */
    public static boolean isStandard(String id) {
        return IDS.contains(requireNonNull(id, "id"));
    }
}
