package org.ketnghia.core.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.ContextAttributes;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.ketnghia.core.json.internal.CanonicalSets;
import org.ketnghia.core.json.internal.FastDates;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.JsonTypeRegistry;

/**
 * The one way ketnghia configures Jackson: ISO dates, {@code Optional} support, properties and map
 * keys in a fixed order and sets sorted ({@link CanonicalSets}), so that the same value always
 * gives the same bytes — the ledger's hash chain depends on it — unknown properties rejected (a misspelt field in a plan file is an error,
 * not a silent default), and the registered polymorphic types.
 */
public final class KetnghiaJson {

    private KetnghiaJson() {
    }

    /** A mapper knowing no polymorphic subtypes: for reference data and configuration files. */
    public static ObjectMapper newObjectMapper() {
        return baseBuilder().build();
    }

    /** A mapper that knows every type of {@code types}, none of which has changed shape. Thread-safe once returned. */
    public static ObjectMapper newObjectMapper(JsonTypeRegistry types) {
        return newObjectMapper(types, EventSchemas.NONE);
    }

    /**
     * A mapper that knows every type of {@code types} and reads events recorded in older shapes through the
     * upcasters of {@code schemas}. Thread-safe once returned.
     */
    public static ObjectMapper newObjectMapper(JsonTypeRegistry types, EventSchemas schemas) {
        requireNonNull(types, "types");
        requireNonNull(schemas, "schemas");
        ObjectMapper mapper = baseBuilder().build();
        mapper.registerSubtypes(types.namedTypes().toArray(com.fasterxml.jackson.databind.jsontype.NamedType[]::new));
        mapper.setDefaultAttributes(ContextAttributes.getEmpty().withSharedAttribute(EventSchemas.ATTRIBUTE, schemas));
        return mapper;
    }

    private static JsonMapper.Builder baseBuilder() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(new BlackbirdModule())
                .addModule(CanonicalSets.module())
                .addModule(FastDates.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }
}
