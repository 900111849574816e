package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The four pilot models (<i>mô hình thí điểm</i>) of the Quảng Nam 2021 plan, by the ids their
 * modules install. Agreements reference models by id and accept any other installed model's id as
 * well; these constants only name the plan's standard set, which {@link TwoOfFourRule} uses by
 * default. Stateless and thread-safe.
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

    /**
     * One standard model: its id and names.
     *
     * @param id the model id, as installed
     * @param nameVi the Vietnamese name
     * @param nameEn the English name
     */
    public record StandardModel(String id, String nameVi, String nameEn) {
    }

    /** The four models, in the plan's order. */
    public static final List<StandardModel> ALL = List.of(
            new StandardModel(LIVESTOCK, "Chăn nuôi bò, dê sinh sản quay vòng", "Revolving cattle and goat breeding"),
            new StandardModel(STARTUP, "Hỗ trợ khởi nghiệp", "Start-up support"),
            new StandardModel(TRAINING, "Bồi dưỡng cán bộ cơ sở", "Training of local officials"),
            new StandardModel(VILLAGE, "Thôn nông thôn mới kiểu mẫu", "Model new-rural village"));

    private static final List<String> IDS = ALL.stream().map(StandardModel::id).toList();

    private StandardModels() {
    }

    /** The four ids, in the plan's order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The standard model with this id; empty for any other id. */
    public static Optional<StandardModel> find(String id) {
        requireNonNull(id, "id");
        return ALL.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    /** Whether {@code id} is one of the four standard models. */
    public static boolean isStandard(String id) {
        return IDS.contains(requireNonNull(id, "id"));
    }
}
