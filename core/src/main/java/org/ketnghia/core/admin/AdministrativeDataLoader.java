package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;

/**
 * Reads administrative data files (JSON, see {@link AdministrativeData}) with Jackson, from a
 * stream or a class-path resource, and builds {@link AdministrativeRegistry registries} from them.
 *
 * <p>JSON that cannot be mapped (bad syntax, an unknown property, a missing required field, a bad
 * date or enum value) is rejected with {@link CoreErrorCode#JSON_UNREADABLE} naming the path, such
 * as {@code "units[3].kind"}; data that reads but breaks a rule is rejected by
 * {@link AdministrativeRegistry#of} with every problem listed. A missing resource or an I/O error is
 * {@link AdminErrorCode#ADMIN_DATA_UNREADABLE}.
 *
 * <p>Thread-safe once constructed (Jackson's {@code ObjectMapper} is, once configured).
 */
public final class AdministrativeDataLoader {

    /** The class-path resource of the shipped Quảng Nam reference data. */
    public static final String QUANG_NAM_RESOURCE = "org/ketnghia/core/admin/quang-nam.json";

    private final ObjectMapper mapper;

    /** A loader with a plain {@link #defaultMapper() mapper}. */
    public AdministrativeDataLoader() {
        this.mapper = defaultMapper();
    }

    /**
     * A loader using a copy of the host's {@code mapper} (its settings are kept; the host's instance
     * is not changed), with the Java time and JDK 8 modules registered if they are not already.
     */
    public AdministrativeDataLoader(ObjectMapper mapper) {
        this.mapper = requireNonNull(mapper, "mapper").copy().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module());
    }

    /**
     * A plain mapper fit for administrative data: Java time and JDK 8 modules, dates written as
     * {@code "2025-07-01"}, empty optionals left out.
     */
    public static ObjectMapper defaultMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);
    }

    /**
     * Reads data from {@code in} without checking it; the stream is not closed.
     *
     * @param sourceName how to name the source in error messages, e.g. a file name
     * @throws KetnghiaException if the JSON cannot be read or mapped
     */
    public AdministrativeData read(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        try {
            return mapper.readValue(in, AdministrativeData.class);
        } catch (JsonMappingException mapping) {
            throw new KetnghiaException(List.of(Problem.of(
                    CoreErrorCode.JSON_UNREADABLE, path(mapping), sourceName + ": " + mapping.getOriginalMessage())), mapping);
        } catch (JsonProcessingException syntax) {
            throw new KetnghiaException(List.of(Problem.of(
                    CoreErrorCode.JSON_UNREADABLE, "", sourceName + ": " + syntax.getOriginalMessage())), syntax);
        } catch (IOException io) {
            throw new KetnghiaException(List.of(Problem.of(
                    AdminErrorCode.ADMIN_DATA_UNREADABLE, "", sourceName, io.getMessage())), io);
        }
    }

    /**
     * Reads data from a class-path resource (e.g. {@link #QUANG_NAM_RESOURCE}) without checking it.
     *
     * @throws KetnghiaException if the resource is missing or cannot be read or mapped
     */
    public AdministrativeData readResource(String resourcePath) {
        requireNonNull(resourcePath, "resourcePath");
        String path = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        ClassLoader loader = AdministrativeDataLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw KetnghiaException.of(AdminErrorCode.ADMIN_DATA_UNREADABLE, "", resourcePath, "resource not found");
            }
            return read(in, resourcePath);
        } catch (IOException closing) {
            throw KetnghiaException.of(AdminErrorCode.ADMIN_DATA_UNREADABLE, "", resourcePath, closing.getMessage());
        }
    }

    /**
     * Reads data from {@code in} and builds a registry; the stream is not closed.
     *
     * @throws KetnghiaException if the JSON cannot be read, or listing every rule the data breaks
     */
    public AdministrativeRegistry load(InputStream in, String sourceName) {
        return AdministrativeRegistry.of(read(in, sourceName));
    }

    /**
     * Reads a class-path resource and builds a registry.
     *
     * @throws KetnghiaException if the resource is missing or unreadable, or listing every rule the data breaks
     */
    public AdministrativeRegistry loadResource(String resourcePath) {
        return AdministrativeRegistry.of(readResource(resourcePath));
    }

    /**
     * Writes {@code data} as JSON to {@code out}; the stream is not closed.
     *
     * @throws KetnghiaException {@link AdminErrorCode#ADMIN_DATA_UNWRITABLE} on an I/O error
     */
    public void write(AdministrativeData data, OutputStream out) {
        requireNonNull(data, "data");
        requireNonNull(out, "out");
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(out, data);
        } catch (IOException io) {
            throw KetnghiaException.of(AdminErrorCode.ADMIN_DATA_UNWRITABLE, "", io.getMessage());
        }
    }

    /** {@code "units[3].parents[0].code"} from Jackson's reference path. */
    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
