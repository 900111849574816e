package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.simulation.LedgerOrigin;
import org.ketnghia.examples.host.ProgrammeHost;

/**
 * Puts the mark of a simulated ledger ({@link LedgerOrigin#MARK}, <i>MÔ PHỎNG — SIMULATED, NOT FOR POSTING</i>)
 * on the data files built from it, so that a CSV, JSON or text file taken out of the output folder still says
 * that its figures come from a trace. A recorded ledger's mark is empty and its files are left as they are,
 * byte for byte.
 *
 * <ul>
 *   <li>CSV: a first line {@code # MÔ PHỎNG — SIMULATED, NOT FOR POSTING} before the header (after a byte
 *       order mark, when there is one); read it with a comment character of {@code #}.</li>
 *   <li>JSON: the fields {@code simulated} ({@code true}) and {@code simulationMark} first in the root
 *       object.</li>
 *   <li>Text for posting: the mark framed on the first and on the last line.</li>
 * </ul>
 */
public final class SimulationMarks {

    /** The JSON field saying that the figures are simulated. */
    public static final String SIMULATED_FIELD = LedgerOrigin.JSON_SIMULATED_FIELD;
    /** The JSON field holding the mark's text. */
    public static final String MARK_FIELD = LedgerOrigin.JSON_MARK_FIELD;
    /** The mark itself, as printed on every page and sheet: {@link LedgerOrigin#MARK}. */
    public static final String TEXT = LedgerOrigin.MARK;

    /** A sentence that explains the mark on a printed page or a workbook's cover, in Vietnamese then English. */
    public static final String EXPLANATION = "Số liệu lấy từ sổ cái mô phỏng, không phải số liệu thật: không niêm yết, "
            + "không lưu hồ sơ. / Figures from a simulated ledger, not real data: do not post or file.";

    /** What a marked CSV file's first line starts with. */
    public static final String CSV_MARK_PREFIX = "# ";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private SimulationMarks() {
    }

    /** The mark of the host's ledger: {@link LedgerOrigin#MARK} if it is simulated, empty if recorded. */
    public static Optional<String> of(ProgrammeHost host) {
        return host.runtime().ledger().read(LedgerOrigin.class, LedgerOrigin::mark);
    }

    /** {@code csv} with the mark as its first line; unchanged without a mark. */
    public static String csv(String csv, Optional<String> mark) {
        requireNonNull(csv, "csv");
        if (mark.isEmpty()) {
            return csv;
        }
        String line = CSV_MARK_PREFIX + mark.get() + "\n";
        return csv.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK + line + csv.substring(1) : line + csv;
    }

    /** {@code text} framed by the mark on its first and last lines; unchanged without a mark. */
    public static String text(String text, Optional<String> mark) {
        requireNonNull(text, "text");
        if (mark.isEmpty()) {
            return text;
        }
        String frame = "*** " + mark.get() + " ***\n";
        return frame + "\n" + text + (text.endsWith("\n") ? "" : "\n") + "\n" + frame;
    }

    /**
     * The JSON object {@code json} with the mark's fields first, inserted as text so that every other byte stays
     * as written; unchanged without a mark or when {@code json} is not an object.
     */
    public static String json(String json, Optional<String> mark) {
        requireNonNull(json, "json");
        String trimmed = json.stripLeading();
        if (mark.isEmpty() || !trimmed.startsWith("{")) {
            return json;
        }
        String rest = trimmed.substring(1);
        boolean empty = rest.strip().equals("}");
        StringBuilder marked = new StringBuilder(json.length() + 96).append("{\n  \"").append(SIMULATED_FIELD)
                .append("\" : true,\n  \"").append(MARK_FIELD).append("\" : ").append(quoted(mark.get()));
        return empty ? marked.append("\n}").toString() : marked.append(',').append(rest.startsWith("\n") ? "" : "\n")
                .append(rest).toString();
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always serialisable", e);
        }
    }

    /** A copy of {@code object} with the mark's fields first; {@code object} itself without a mark. */
    public static ObjectNode marked(ObjectNode object, Optional<String> mark) {
        requireNonNull(object, "object");
        if (mark.isEmpty()) {
            return object;
        }
        ObjectNode marked = MAPPER.createObjectNode();
        marked.put(SIMULATED_FIELD, true);
        marked.put(MARK_FIELD, mark.get());
        object.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(SIMULATED_FIELD) && !field.getKey().equals(MARK_FIELD)) {
                marked.set(field.getKey(), field.getValue());
            }
        });
        return marked;
    }
}
