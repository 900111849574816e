package org.ketnghia.core.province.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every value of a JSON file by its path ({@code "units[3].parents[0].code"}), so that
 * problems found on the mapped objects can name the line. Built with Jackson's streaming parser.
 */
public final class JsonLineIndex {

    private final Map<String, Integer> lineByPath;

    private JsonLineIndex(Map<String, Integer> lineByPath) {
        this.lineByPath = Map.copyOf(lineByPath);
    }

    /** The index of {@code json}; an empty index if it is not well-formed (the mapper reports that). */
    public static JsonLineIndex of(byte[] json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != null) {
                index(parser, "", lines);
            }
        } catch (IOException malformed) {
            return new JsonLineIndex(lines);
        }
        return new JsonLineIndex(lines);
    }

    /**
     * The line of {@code path}, or of its nearest enclosing value that is in the file (a missing
     * field is reported on its object's line); 0 if nothing is known.
     */
    public int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lineByPath.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
    }

    private static void index(JsonParser parser, String path, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = path.isEmpty() ? parser.currentName() : path + "." + parser.currentName();
                lines.putIfAbsent(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                index(parser, child, lines);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int element = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index(parser, path + "[" + element++ + "]", lines);
            }
        }
    }
}
