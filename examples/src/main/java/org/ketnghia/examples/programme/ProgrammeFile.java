package org.ketnghia.examples.programme;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.ketnghia.core.json.KetnghiaJson;

/**
 * A programme file read from disk or from the shipped resource: its name, text, the bound {@link
 * ProgrammePlan} and where each JSON path is in the text, so every problem names a line.
 */
public final class ProgrammeFile {

    /** The shipped plan of Quảng Nam, 2021, on the class path. */
    public static final String SHIPPED_RESOURCE = "/org/ketnghia/examples/quang-nam-2021.json";

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private final String name;
    private final ProgrammePlan plan;
    private final PathIndex index;

    private ProgrammeFile(String name, ProgrammePlan plan, PathIndex index) {
        this.name = name;
        this.plan = plan;
        this.index = index;
    }

    /** The shipped Quảng Nam 2021 plan. */
    public static ProgrammeFile shipped() {
        try (InputStream in = ProgrammeFile.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
            }
            return parse("quang-nam-2021.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and binds the file at {@code path}.
     *
     * @throws PlanException if it cannot be read, is not JSON or does not fit the programme format
     */
    public static ProgrammeFile read(Path path) {
        requireNonNull(path, "path");
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PlanException(List.of(new PlanError(path.toString(), "", "PLAN_FILE_MISSING",
                    "Không tìm thấy tệp kế hoạch", "Programme file not found")));
        } catch (IOException e) {
            throw new PlanException(List.of(new PlanError(path.toString(), "", "PLAN_FILE_UNREADABLE",
                    "Không đọc được tệp kế hoạch: " + e.getMessage(), "Cannot read the programme file: " + e.getMessage())));
        }
        return parse(path.toString(), text);
    }

    /**
     * Binds {@code text} named {@code name}.
     *
     * @throws PlanException if it is not JSON or does not fit the programme format
     */
    public static ProgrammeFile parse(String name, String text) {
        try {
            MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PlanException(List.of(new PlanError(name + position(e.getLocation()), "", "PLAN_JSON_SYNTAX",
                    "Tệp không phải JSON hợp lệ: " + clean(e.getOriginalMessage()),
                    "Not valid JSON: " + clean(e.getOriginalMessage()))));
        }
        try {
            ProgrammePlan plan = MAPPER.readValue(text, ProgrammePlan.class);
            PathIndex index = PathIndex.of(text);
            ProgrammeFile file = new ProgrammeFile(name, plan, index);
            if (plan.programme() == null) {
                throw new PlanException(List.of(file.error("programme", "PLAN_VALUE_REQUIRED",
                        "Thiếu phần \"programme\"", "The \"programme\" part is missing")));
            }
            return file;
        } catch (JsonMappingException e) {
            String path = pathOf(e);
            throw new PlanException(List.of(new PlanError(name + position(e.getLocation()), path, "PLAN_JSON_INVALID",
                    "Giá trị không hợp lệ: " + clean(e.getOriginalMessage()), "Invalid value: " + clean(e.getOriginalMessage()))));
        } catch (JsonProcessingException e) {
            throw new PlanException(List.of(new PlanError(name + position(e.getLocation()), "", "PLAN_JSON_SYNTAX",
                    "Tệp không phải JSON hợp lệ: " + e.getOriginalMessage(), "Not valid JSON: " + e.getOriginalMessage())));
        }
    }

    /** The file's name as given (a path, or the resource name of the shipped plan). */
    public String name() {
        return name;
    }

    /** The bound plan. */
    public ProgrammePlan plan() {
        return plan;
    }

    /** {@code name:line:column} of {@code path}, or the name alone. */
    public String locate(String path) {
        int[] at = index.find(path);
        return at == null ? name : name + ":" + at[0] + ":" + at[1];
    }

    /** A problem at {@code path}. */
    public PlanError error(String path, String code, String messageVi, String messageEn) {
        return new PlanError(locate(path), path, code, messageVi, messageEn);
    }

    /** Jackson's message without its note on the hidden source. */
    private static String clean(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;]*; ", "[");
    }

    private static String position(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
