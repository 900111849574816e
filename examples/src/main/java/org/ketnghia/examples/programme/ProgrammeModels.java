package org.ketnghia.examples.programme;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;

/**
 * The configuration of each standard pilot model the programme uses — a model is installed only when
 * the programme file has its section — taken from the data, never from a built-in province: the
 * livestock programme and the training topics from the programme file's sections ({@code
 * models.livestock}, {@code models.training}); the start-up catalogue and policy and the model-village
 * criteria set from the province data pack ({@code models.startup}, {@code models.village} of the
 * pack's manifest: {@code {"preset": "quang-nam-2021"}} names the data that ships with the start-up
 * model, {@code {"preset": "sample"}} the sample criteria set, any other village section is a criteria
 * set). Immutable.
 *
 * @param livestock the revolving livestock programme, if the programme uses the model
 * @param startup the start-up catalogue, policy and local development plan, if used
 * @param training the training topics, if used
 * @param village the model-village criteria set, if used
 */
public record ProgrammeModels(Optional<LivestockProgramme> livestock, Optional<StartupConfiguration> startup,
        Optional<TrainingConfiguration> training, Optional<CriteriaSet> village) {

    /** Checks that no part is missing. */
    public ProgrammeModels {
        requireNonNull(livestock, "livestock");
        requireNonNull(startup, "startup");
        requireNonNull(training, "training");
        requireNonNull(village, "village");
    }

    /**
     * The configurations of the models {@code file} uses, in {@code province}.
     *
     * @throws PlanException listing, with its place in the file, every problem: a section that cannot
     *     configure its model, or a model whose province data the pack does not give
     */
    public static ProgrammeModels of(ProgrammeFile file, ProvinceData province) {
        requireNonNull(file, "file");
        requireNonNull(province, "province");
        List<PlanError> errors = new ArrayList<>();
        Optional<LivestockProgramme> livestock = fromPlan(file, LivestockModel.ID, errors,
                section -> LivestockProgramme.fromSection(section, KetnghiaJson.newObjectMapper()));
        Optional<TrainingConfiguration> training = fromPlan(file, TrainingModel.ID, errors, TrainingConfiguration::fromSection);
        Optional<StartupConfiguration> startup = fromProvince(file, province, StartupModel.ID, errors,
                section -> preset(section, "quang-nam-2021").map(preset -> StartupConfiguration.quangNam2021())
                        .orElseThrow(() -> KetnghiaException.of(org.ketnghia.core.error.CoreErrorCode.VALUE_UNKNOWN,
                                section.location() + ".preset", "preset " + section.content().path("preset").asText())));
        Optional<CriteriaSet> village = fromProvince(file, province, VillageModel.ID, errors,
                section -> preset(section, "sample").map(preset -> CriteriaSets.sample())
                        .orElseGet(() -> CriteriaSets.load(section.content().toString(), section.location())));
        if (!errors.isEmpty()) {
            throw new PlanException(errors);
        }
        return new ProgrammeModels(livestock, startup, training, village);
    }

    /**
     * These configurations, with {@code other}'s for every model these leave out: the models of a runtime
     * that reads a ledger shared with another programme.
     */
    public ProgrammeModels orElse(ProgrammeModels other) {
        requireNonNull(other, "other");
        return new ProgrammeModels(livestock.or(other::livestock), startup.or(other::startup), training.or(other::training),
                village.or(other::village));
    }

    private static Optional<String> preset(PlanSection section, String name) {
        JsonNode preset = section.content().path("preset");
        return preset.isTextual() && preset.asText().equals(name) ? Optional.of(name) : Optional.empty();
    }

    private static <T> Optional<T> fromPlan(ProgrammeFile file, String modelId, List<PlanError> errors,
            Function<PlanSection, T> reader) {
        JsonNode content = file.plan().models().get(modelId);
        if (content == null) {
            return Optional.empty();
        }
        return read(file, new PlanSection(modelId, "models." + modelId, content), errors, reader);
    }

    private static <T> Optional<T> fromProvince(ProgrammeFile file, ProvinceData province, String modelId,
            List<PlanError> errors, Function<PlanSection, T> reader) {
        if (!file.plan().models().containsKey(modelId)) {
            return Optional.empty();
        }
        Optional<PlanSection> data = province.modelData(modelId);
        if (data.isEmpty()) {
            errors.add(file.error("models." + modelId, "PLAN_PROVINCE_DATA_MISSING",
                    "Gói dữ liệu tỉnh " + province.id() + " không có dữ liệu cho mô hình " + modelId
                            + " (mục models." + modelId + " của province.json)",
                    "The province data pack " + province.id() + " has no data for model " + modelId
                            + " (models." + modelId + " of its province.json)"));
            return Optional.empty();
        }
        return read(file, data.get(), errors, reader);
    }

    private static <T> Optional<T> read(ProgrammeFile file, PlanSection section, List<PlanError> errors,
            Function<PlanSection, T> reader) {
        try {
            return Optional.of(reader.apply(section));
        } catch (KetnghiaException e) {
            e.problems().forEach(problem -> errors.add(file.error(problem.field(), problem.code().name(),
                    problem.messageVi(), problem.messageEn())));
            return Optional.empty();
        }
    }
}
