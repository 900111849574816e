package org.ketnghia.core.spi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * One pilot model's part of a programme plan file, as JSON: the model binds it to its own typed
 * configuration with {@link #bind}. The core never interprets it.
 *
 * @param modelId the pilot model the section belongs to
 * @param location where the section is in the plan file (e.g. {@code "models.livestock"}), for
 *     error messages
 * @param content the section's JSON
 */
public record PlanSection(String modelId, String location, JsonNode content) {

    /** Checks that no part is missing. */
    public PlanSection {
        requireNonNull(modelId, "modelId");
        requireNonNull(location, "location");
        requireNonNull(content, "content");
    }

    /**
     * The section as {@code type}, read by the core's JSON configuration (strict: an unknown property is
     * an error).
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} naming the location and the
     *     offending property if it does not fit
     */
    public <T> T bind(Class<T> type) {
        return bind(type, KetnghiaJson.newObjectMapper());
    }

    /**
     * The section as {@code type}, read by {@code mapper}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} naming the location and the
     *     offending property if it does not fit
     */
    public <T> T bind(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(content, type);
        } catch (JsonProcessingException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                            : "[" + ref.getIndex() + "]").reduce(location, (a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    : location;
            throw new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, path, e.getOriginalMessage())), e);
        }
    }
}
