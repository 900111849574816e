package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.reporting.IndicatorDefinition;

/**
 * Marks, in the files of a national roll-up, the figures that are not available because a province's encrypted ledger
 * was read without its master key and the indicator rests on personal data
 * ({@link org.ketnghia.core.reporting.rollup.IncludedLedger#indicatorsNotAvailable()}): such a cell is empty in the
 * report itself, and the file says why, so that no one reads it as zero.
 *
 * <ul>
 *   <li>JSON: a field {@value #JSON_FIELD} first in the root object, one entry per indicator: {@code "value" : null},
 *       the reason in Vietnamese and English, and the provinces read without their key.</li>
 *   <li>CSV: one line per indicator before the header, {@code # không có khóa / no key: <id> …}; read it with a
 *       comment character of {@code #}, as the mark of a simulated ledger.</li>
 *   <li>Workbook and HTML: the text {@value #TEXT} in the cell.</li>
 * </ul>
 * A roll-up whose every figure is available leaves its files as they were, byte for byte. Stateless.
 */
public final class NotAvailableMarks {

    /** What a cell not available shows. */
    public static final String TEXT = "không có khóa / no key";

    /** The JSON field listing the indicators not available. */
    public static final String JSON_FIELD = "notAvailable";

    /** Why, in Vietnamese. */
    public static final String REASON_VI = "Sổ cái mã hóa của tỉnh được đọc không có khóa chủ; chỉ tiêu này dựa trên dữ"
            + " liệu cá nhân (dân tộc, họ tên, …) bị ẩn nên không tính được, và số toàn quốc cũng không có.";

    /** Why, in English. */
    public static final String REASON_EN = "The province's encrypted ledger was read without its master key; this"
            + " indicator rests on personal data (ethnicity, names, …), masked, so it is not computed, nor its national"
            + " total.";

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private NotAvailableMarks() {
    }

    /**
     * The JSON object {@code json} with {@value #JSON_FIELD} inserted first, as text so that every other byte stays as
     * written; unchanged when {@code notAvailable} is empty.
     *
     * @param notAvailable each indicator not available, with the ids of the provinces read without their key
     */
    public static String json(String json, Map<IndicatorDefinition, List<String>> notAvailable) {
        requireNonNull(json, "json");
        requireNonNull(notAvailable, "notAvailable");
        String trimmed = json.stripLeading();
        if (notAvailable.isEmpty() || !trimmed.startsWith("{")) {
            return json;
        }
        ObjectNode field = MAPPER.createObjectNode();
        notAvailable.forEach((indicator, provinces) -> {
            ObjectNode entry = field.putObject(indicator.id());
            entry.putNull("value");
            entry.put("reasonVi", REASON_VI);
            entry.put("reasonEn", REASON_EN);
            ArrayNode ids = entry.putArray("provincesWithoutKey");
            provinces.forEach(ids::add);
        });
        String value;
        try {
            value = MAPPER.writeValueAsString(field);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree is always serialisable", e);
        }
        String rest = trimmed.substring(1);
        StringBuilder marked = new StringBuilder(json.length() + value.length() + 32).append("{\n  \"")
                .append(JSON_FIELD).append("\" : ").append(value);
        return rest.strip().equals("}") ? marked.append("\n}").toString()
                : marked.append(',').append(rest.startsWith("\n") ? "" : "\n").append(rest).toString();
    }

    /** {@code csv} with one comment line per indicator not available first; unchanged when there is none. */
    public static String csv(String csv, Map<IndicatorDefinition, List<String>> notAvailable) {
        requireNonNull(csv, "csv");
        requireNonNull(notAvailable, "notAvailable");
        StringBuilder lines = new StringBuilder();
        notAvailable.forEach((indicator, provinces) -> lines.append(SimulationMarks.CSV_MARK_PREFIX).append(TEXT)
                .append(": ").append(indicator.id()).append(" (").append(indicator.nameVi()).append(" / ")
                .append(indicator.nameEn()).append("): ").append(String.join(" ", provinces)).append('\n'));
        return lines + csv;
    }
}
