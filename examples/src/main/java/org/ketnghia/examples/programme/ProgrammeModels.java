package org.ketnghia.examples.programme;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;

/**
 * The configuration of each pilot model this host installs, taken from the programme file: the
 * livestock programme and the training topics from their sections ({@code models.livestock},
 * {@code models.training}); for start-up support and model villages, whose catalogues, policy and
 * criteria are province data rather than plan figures, Quảng Nam's, named here explicitly. No model
 * falls back on a built-in configuration. Immutable.
 *
 * @param livestock the revolving livestock programme
 * @param startup the start-up catalogue, policy and local development plan
 * @param training the training topics
 * @param village the model-village criteria set
 */
public record ProgrammeModels(LivestockProgramme livestock, StartupConfiguration startup,
        TrainingConfiguration training, CriteriaSet village) {

    /** Checks that no part is missing. */
    public ProgrammeModels {
        requireNonNull(livestock, "livestock");
        requireNonNull(startup, "startup");
        requireNonNull(training, "training");
        requireNonNull(village, "village");
    }

    /**
     * The models' configurations of {@code file}.
     *
     * @throws PlanException listing, with its place in the file, every problem of the sections read
     *     (a missing section, an unreadable or invalid field)
     */
    public static ProgrammeModels of(ProgrammeFile file) {
        requireNonNull(file, "file");
        List<PlanError> errors = new ArrayList<>();
        Optional<LivestockProgramme> livestock = read(file, LivestockModel.ID, errors,
                section -> LivestockProgramme.fromSection(section, KetnghiaJson.newObjectMapper()));
        Optional<TrainingConfiguration> training = read(file, TrainingModel.ID, errors, TrainingConfiguration::fromSection);
        if (!errors.isEmpty()) {
            throw new PlanException(errors);
        }
        return new ProgrammeModels(livestock.orElseThrow(), StartupConfiguration.quangNam2021(), training.orElseThrow(),
                CriteriaSets.sample());
    }

    private static <T> Optional<T> read(ProgrammeFile file, String modelId, List<PlanError> errors,
            Function<PlanSection, T> reader) {
        String location = "models." + modelId;
        var content = file.plan().models().get(modelId);
        if (content == null) {
            errors.add(file.error("models", "PLAN_MODEL_SECTION_MISSING",
                    "Thiếu phần cấu hình của mô hình " + modelId + " (" + location + ")",
                    "The section of model " + modelId + " is missing (" + location + ")"));
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(new PlanSection(modelId, location, content)));
        } catch (KetnghiaException e) {
            e.problems().forEach(problem -> errors.add(file.error(problem.field(), problem.code().name(),
                    problem.messageVi(), problem.messageEn())));
            return Optional.empty();
        }
    }
}
