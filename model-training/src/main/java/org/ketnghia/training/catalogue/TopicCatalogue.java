package org.ketnghia.training.catalogue;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * The catalogue of training topics (<i>danh mục chuyên đề bồi dưỡng</i>), data rather than code:
 * {@link #standard()} loads the 14 topics of section II.3 of the Quảng Nam 2021 plan from {@value
 * #STANDARD_RESOURCE}; a host loads its own with {@link #fromJson(InputStream)}.
 *
 * <p>JSON: {@code {"topics": [{"id": "…", "nameVi": "…", "nameEn": "…", "priority": true,
 * "targetLevels": ["COMMUNE", "VILLAGE"]}]}}. Every problem (blank names, duplicate ids, a topic
 * without target level) is reported at once. Immutable and thread-safe.
 */
public final class TopicCatalogue {

    /** The classpath resource of the plan's topics. */
    public static final String STANDARD_RESOURCE = "/org/ketnghia/training/topics.json";

    private final Map<String, Topic> topics;

    private TopicCatalogue(Map<String, Topic> topics) {
        this.topics = topics;
    }

    /** The plan's 14 topics. */
    public static TopicCatalogue standard() {
        return Holder.STANDARD;
    }

    /**
     * A catalogue of the given topics, in order.
     *
     * @throws KetnghiaException with every problem found
     */
    public static TopicCatalogue of(Collection<Topic> topics) {
        requireNonNull(topics, "topics");
        Problems problems = new Problems();
        Map<String, Topic> byId = new LinkedHashMap<>();
        int index = 0;
        for (Topic topic : topics) {
            String field = "topics[" + index++ + "]";
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
        return new TopicCatalogue(java.util.Collections.unmodifiableMap(byId));
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
            throw new KetnghiaException(List.of(org.ketnghia.core.error.Problem.of(
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
        Set<String> ids = new java.util.LinkedHashSet<>();
        topics.values().stream().filter(Topic::priority).forEach(topic -> ids.add(topic.id()));
        return java.util.Collections.unmodifiableSet(ids);
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
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
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

    private static final class Holder {
        static final TopicCatalogue STANDARD = load();

        private static TopicCatalogue load() {
            try (InputStream in = TopicCatalogue.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + STANDARD_RESOURCE);
                }
                return fromJson(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
