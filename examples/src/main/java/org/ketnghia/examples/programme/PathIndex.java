package org.ketnghia.examples.programme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value of a JSON text by its path ({@code models.livestock.districts[2].targetHead}),
 * so that problems found after binding still point into the file.
 */
final class PathIndex {

    private final Map<String, int[]> positions = new HashMap<>();

    private PathIndex() {
    }

    /** Indexes {@code json}; a text that does not parse gives an empty index. */
    static PathIndex of(String json) {
        PathIndex index = new PathIndex();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String path = "";
                Frame top = stack.peek();
                if (top != null) {
                    path = top.array ? top.path + "[" + top.next++ + "]"
                            : (top.path.isEmpty() ? "" : top.path + ".") + parser.currentName();
                }
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                JsonLocation at = parser.currentTokenLocation();
                index.positions.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
                if (token == JsonToken.START_OBJECT) {
                    stack.push(new Frame(path, false));
                } else if (token == JsonToken.START_ARRAY) {
                    stack.push(new Frame(path, true));
                }
            }
        } catch (IOException e) {
            // syntax errors are reported by the binder with their own location
        }
        return index;
    }

    /** The position of {@code path}, or of its longest indexed prefix; {@code null} if none. */
    int[] find(String path) {
        String candidate = path;
        while (true) {
            int[] found = positions.get(candidate);
            if (found != null) {
                return found;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            if (cut <= 0) {
                return positions.get("");
            }
            candidate = candidate.substring(0, cut);
        }
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int next;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
