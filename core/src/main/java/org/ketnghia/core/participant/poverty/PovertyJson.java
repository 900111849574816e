package org.ketnghia.core.participant.poverty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/** The package's JSON mapper (ISO dates, {@code Optional}) and error translation. */
final class PovertyJson {

    /** Configured once; an {@link ObjectMapper} is thread-safe once configured. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PovertyJson() {
    }

    /** The domain exception behind a JSON failure (a failed value check), or JSON_UNREADABLE. */
    static KetnghiaException translate(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof KetnghiaException invalid) {
                return invalid;
            }
        }
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, "", message)), e);
    }
}
