package org.ketnghia.startup.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.KetnghiaJson;

/** Reads the model's JSON configuration files with the project's one Jackson configuration. */
public final class StartupJson {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private StartupJson() {
    }

    /**
     * Reads {@code type} from {@code input} (closed afterwards).
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} naming the source and the path
     */
    public static <T> T read(InputStream input, Class<T> type, String sourceName) {
        requireNonNull(input, "input");
        try (InputStream in = input) {
            return MAPPER.readValue(in, type);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof KetnghiaException invalid) {
                // a value's own validation (every problem it found) says more than Jackson's wrapper
                throw invalid;
            }
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce(sourceName, String::concat);
            throw new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, path, e.getOriginalMessage())), e);
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException processing) {
                throw new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, sourceName,
                        processing.getOriginalMessage())), e);
            }
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a resource of the class path next to {@code anchor}. */
    public static <T> T readResource(Class<?> anchor, String resource, Class<T> type) {
        InputStream input = anchor.getResourceAsStream(resource);
        if (input == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + anchor.getName());
        }
        return read(input, type, resource);
    }

    /** The mapper used for configuration (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
