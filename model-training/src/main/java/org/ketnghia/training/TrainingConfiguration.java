package org.ketnghia.training;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.training.catalogue.TopicCatalogue;
import org.ketnghia.training.simulation.TrainingPlan;

/**
 * What a host configures the training model with: the topic catalogue (<i>danh mục chuyên đề bồi
 * dưỡng</i>) its classes are checked against and its coverage indicators are computed for. Nothing
 * about one province is built in: the host names its catalogue — read from the model's section of
 * its programme file with {@link #fromSection}, given with {@link #of}, or Quảng Nam's with {@link
 * #quangNam2021()}.
 *
 * <p>Equal when the catalogues are equal (same topics in the same order), so that a Guice module
 * installed twice with equal configurations registers the model once. Immutable and thread-safe.
 */
public final class TrainingConfiguration {

    private final TopicCatalogue topics;

    private TrainingConfiguration(TopicCatalogue topics) {
        this.topics = topics;
    }

    /** The model configured with {@code topics}. */
    public static TrainingConfiguration of(TopicCatalogue topics) {
        return new TrainingConfiguration(requireNonNull(topics, "topics"));
    }

    /** The Quảng Nam 2021 plan's configuration: its 14 topics ({@link TopicCatalogue#quangNam2021()}). */
    public static TrainingConfiguration quangNam2021() {
        return of(TopicCatalogue.quangNam2021());
    }

    /**
     * The configuration of the model's section of a programme file, whose {@code topics} array lists
     * the catalogue in the catalogue file's form ({@code {"id", "nameVi", "nameEn", "priority",
     * "targetLevels"}}); the rest of the section is the {@link TrainingPlan}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#VALUE_REQUIRED} at {@code <location>.topics} when
     *     the section lists no topic, or with every problem of the section and of its topics
     */
    public static TrainingConfiguration fromSection(PlanSection section) {
        requireNonNull(section, "section");
        TrainingPlan plan = section.bind(TrainingPlan.class, KetnghiaJson.newObjectMapper());
        String location = section.location() + ".topics";
        Problems problems = plan.validate(section.location(), new Problems());
        problems.check(plan.topics().isEmpty(), CoreErrorCode.VALUE_REQUIRED, location);
        problems.throwIfAny();
        return of(TopicCatalogue.of(plan.topics(), location));
    }

    /** The topic catalogue. */
    public TopicCatalogue topics() {
        return topics;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingConfiguration configuration && configuration.topics.equals(topics);
    }

    @Override
    public int hashCode() {
        return topics.hashCode();
    }

    @Override
    public String toString() {
        return "TrainingConfiguration[topics=" + topics + "]";
    }
}
