package org.ketnghia.training.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * The catalogue of training topics (<i>danh mục chuyên đề bồi dưỡng</i>), data rather than code: a
 * host loads its province's catalogue with {@link #fromJson(InputStream)} or builds it with {@link
 * #of(Collection)}; {@link #quangNam2021()} is the 14 topics of section II.3 of the Quảng Nam 2021
 * plan ({@value #QUANG_NAM_2021_RESOURCE}), which a host names explicitly — no catalogue is built
 * in as a default.
 *
 * <p>JSON: {@code {"topics": [{"id": "…", "nameVi": "…", "nameEn": "…", "priority": true,
 * "targetLevels": ["COMMUNE", "VILLAGE"]}]}}. Every problem (blank names, duplicate ids, a topic
 * without target level) is reported at once. Immutable and thread-safe.
 */
public final class TopicCatalogue {

    /** The classpath resource of the Quảng Nam 2021 plan's topics. */
    public static final String QUANG_NAM_2021_RESOURCE = "/org/ketnghia/training/quang-nam-2021-topics.json";

    private final Map<String, Topic> topics;

    private TopicCatalogue(Map<String, Topic> topics) {
        this.topics = topics;
    }

    /**
     * The 14 topics of section II.3 of the Quảng Nam 2021 twinning plan (<i>Kế hoạch kết nghĩa tỉnh
     * Quảng Nam năm 2021, mô hình 3</i>), 8 of them priority: one province's catalogue, for hosts
     * running that programme and for tests.
     */
    public static TopicCatalogue quangNam2021() {
        return QuangNam2021.CATALOGUE;
    }

    /**
     * A catalogue of the given topics, in order.
     *
     * @throws KetnghiaException with every problem found
     */
    public static TopicCatalogue of(Collection<Topic> topics) {
        return of(topics, "topics");
    }

    /**
     * A catalogue of the given topics, in order, read from {@code location} of a file (e.g. {@code
     * "models.training.topics"}): problem fields start with it.
     *
     * @throws KetnghiaException with every problem found
     */
    public static TopicCatalogue of(Collection<Topic> topics, String location) {
        requireNonNull(topics, "topics");
        requireNonNull(location, "location");
        Problems problems = new Problems();
        Map<String, Topic> byId = new LinkedHashMap<>();
        int index = 0;
        for (Topic topic : topics) {
            String field = location + "[" + index++ + "]";
            problems.check(topic.id().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".id");
            problems.check(topic.nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".nameVi");
            problems.check(topic.nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".nameEn");
            problems.check(topic.targetLevels().isEmpty(), TrainingErrorCode.TRAINING_TOPIC_NO_LEVEL,
                    field + ".targetLevels", topic.id());
            if (byId.putIfAbsent(topic.id(), topic) != null) {
                problems.add(TrainingErrorCode.TRAINING_TOPIC_DUPLICATE, field + ".id", topic.id());
            }
        }
        problems.throwIfAny();
        return new TopicCatalogue(Collections.unmodifiableMap(byId));
    }

    /**
     * Reads a catalogue from JSON (UTF-8). The stream is not closed.
     *
     * @throws KetnghiaException {@link TrainingErrorCode#TRAINING_CATALOGUE_UNREADABLE} if the JSON
     *     does not fit, or with every validation problem
     */
    public static TopicCatalogue fromJson(InputStream json) {
        requireNonNull(json, "json");
        ObjectMapper mapper = KetnghiaJson.newObjectMapper();
        CatalogueFile file;
        try {
            file = mapper.readValue(json, CatalogueFile.class);
        } catch (IOException e) {
            throw new KetnghiaException(List.of(Problem.of(
                    TrainingErrorCode.TRAINING_CATALOGUE_UNREADABLE, "topics", e.getMessage())), e);
        }
        return of(file.topics() == null ? List.of() : file.topics());
    }

    /** The catalogue as JSON, readable by {@link #fromJson}. */
    public String toJson() {
        try {
            return KetnghiaJson.newObjectMapper().writeValueAsString(new CatalogueFile(all()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic, in catalogue order; immutable. */
    public List<Topic> all() {
        return List.copyOf(topics.values());
    }

    /** The topic with the given id. */
    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(requireNonNull(id, "id")));
    }

    /** Whether the catalogue has a topic with that id. */
    public boolean contains(String id) {
        return topics.containsKey(requireNonNull(id, "id"));
    }

    /** The ids of the priority topics, in catalogue order; immutable. */
    public Set<String> priorityTopicIds() {
        Set<String> ids = new LinkedHashSet<>();
        topics.values().stream().filter(Topic::priority).forEach(topic -> ids.add(topic.id()));
        return Collections.unmodifiableSet(ids);
    }

    /** The number of topics. */
    public int size() {
        return topics.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicCatalogue catalogue && catalogue.topics.equals(topics)
                && List.copyOf(catalogue.topics.keySet()).equals(List.copyOf(topics.keySet()));
    }

    @Override
    public int hashCode() {
        return topics.hashCode();
    }

    @Override
    public String toString() {
        return "TopicCatalogue" + topics.keySet();
    }

    /** The JSON file shape. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CatalogueFile(String description, List<Topic> topics) {
        @JsonCreator
        CatalogueFile(@JsonProperty("description") String description, @JsonProperty("topics") List<Topic> topics) {
            this.description = description;
            this.topics = topics;
        }

        CatalogueFile(List<Topic> topics) {
            this(null, topics);
        }
    }

    private static final class QuangNam2021 {
        static final TopicCatalogue CATALOGUE = load();

        private static TopicCatalogue load() {
            try (InputStream in = TopicCatalogue.class.getResourceAsStream(QUANG_NAM_2021_RESOURCE)) {
                if (in == null) {
                    throw KetnghiaException.of(TrainingErrorCode.TRAINING_CATALOGUE_UNREADABLE, "topics",
                            "missing resource " + QUANG_NAM_2021_RESOURCE);
                }
                return fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
