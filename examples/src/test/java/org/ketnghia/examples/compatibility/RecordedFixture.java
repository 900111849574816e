package org.ketnghia.examples.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.ketnghia.examples.programme.ProgrammeFile;

/** The ledger recorded by the main job on 4 December 2026, before issue 14, and its programme file. */
public final class RecordedFixture {

    /** The class-path folder of the fixture. */
    public static final String FOLDER = "/fixtures/ledger-2026-12-04/";

    private RecordedFixture() {
    }

    /** One of the fixture's files, opened from the class path. */
    public static InputStream open(String name) {
        InputStream in = RecordedFixture.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no fixture file " + FOLDER + name));
        }
        return in;
    }

    /**
     * The programme file the ledger was recorded with, in today's format: since issue 14 the training
     * section lists its topics (the model no longer falls back on Quảng Nam's) and the village section no
     * longer repeats the villages and zone that the trace context and the units give; since issue 15 the
     * programme names its province data pack (Quảng Nam's). The ledger itself is read exactly as recorded.
     */
    public static String programmeInTodaysFormat() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode recorded;
        JsonNode shippedTopics;
        try (InputStream programme = open("programme.json");
                InputStream shipped = RecordedFixture.class.getResourceAsStream(ProgrammeFile.SHIPPED_RESOURCE)) {
            recorded = (ObjectNode) mapper.readTree(programme);
            shippedTopics = mapper.readTree(shipped).path("models").path("training").path("topics");
        }
        ((ObjectNode) recorded.get("programme")).put("provincePack", "classpath:org/ketnghia/core/province/quang-nam");
        ObjectNode models = (ObjectNode) recorded.get("models");
        ((ObjectNode) models.get("training")).set("topics", shippedTopics);
        ((ObjectNode) models.get("village")).remove(List.of("villageCodes", "zone"));
        return mapper.writeValueAsString(recorded);
    }
}
