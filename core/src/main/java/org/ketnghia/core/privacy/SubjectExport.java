package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.internal.ProtectedFields;

/**
 * The data subject's copy (bản sao dữ liệu cá nhân, the right of access of Law 91/2025/QH15 and Decree
 * 13/2023/NĐ-CP): everything the ledger holds about one household or person, as JSON and as a readable HTML page
 * in Vietnamese. Stateless and thread-safe.
 */
public final class SubjectExport {

    private SubjectExport() {
    }

    /** The record as JSON: the subject, when, whether erased, and every event with its payload. */
    public static String json(SubjectRecord record, ObjectMapper mapper, Instant exportedAt) {
        requireNonNull(record, "record");
        requireNonNull(mapper, "mapper");
        requireNonNull(exportedAt, "exportedAt");
        ObjectNode root = mapper.createObjectNode();
        root.put("subject", record.subject().key());
        root.put("kind", record.subject().kind());
        root.put("id", record.subject().id());
        root.put("exportedAt", exportedAt.toString());
        root.put("erased", record.erased());
        ArrayNode events = root.putArray("events");
        for (EventEnvelope event : record.events()) {
            ObjectNode line = events.addObject();
            line.put("sequence", event.sequence());
            line.put("occurredOn", event.occurredOn().toString());
            line.put("recordedAt", event.recordedAt().toString());
            line.put("unitCode", event.unitCode());
            line.put("type", event.typeId());
            line.set("payload", payload(event, record.subject(), mapper));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    /** The record as an HTML page in Vietnamese, one table row per event, every field of its content listed. */
    public static String html(SubjectRecord record, ObjectMapper mapper, Instant exportedAt) {
        requireNonNull(record, "record");
        String kind = DataSubject.HOUSEHOLD.equals(record.subject().kind()) ? "hộ gia đình" : "cá nhân";
        StringBuilder page = new StringBuilder(4_096);
        page.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Bản sao dữ liệu cá nhân — ")
                .append(escape(record.subject().id())).append("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;vertical-align:top}"
                        + "th{background:#eee}</style>\n</head>\n<body>\n")
                .append("<h1>Bản sao dữ liệu cá nhân</h1>\n<p>Chủ thể dữ liệu: ").append(kind).append(" <strong>")
                .append(escape(record.subject().id())).append("</strong>. Lập lúc ").append(escape(exportedAt.toString()))
                .append(" (UTC), theo quyền được cung cấp dữ liệu cá nhân của chủ thể (Luật Bảo vệ dữ liệu cá nhân số"
                        + " 91/2025/QH15; Nghị định 13/2023/NĐ-CP).</p>\n");
        if (record.erased()) {
            page.append("<p><strong>Dữ liệu cá nhân của chủ thể này đã bị xóa theo yêu cầu; các trường nhạy cảm hiển thị là "
                    + "“").append(escape(PayloadProtection.ERASED_TEXT)).append("”.</strong></p>\n");
        }
        page.append("<p>Sổ cái ghi ").append(record.events().size()).append(" sự kiện liên quan.</p>\n")
                .append("<table>\n<tr><th>Số thứ tự</th><th>Ngày</th><th>Đơn vị</th><th>Loại sự kiện</th><th>Nội dung</th></tr>\n");
        for (EventEnvelope event : record.events()) {
            page.append("<tr><td>").append(event.sequence()).append("</td><td>").append(event.occurredOn())
                    .append("</td><td>").append(escape(event.unitCode())).append("</td><td>").append(escape(event.typeId()))
                    .append("</td><td>");
            fields(payload(event, record.subject(), mapper), "", page);
            page.append("</td></tr>\n");
        }
        return page.append("</table>\n</body>\n</html>\n").toString();
    }

    /**
     * The payload as the subject's copy shows it: without the objects of its arrays that name another subject (the
     * other households' members present at the same class), which are not the subject's data.
     */
    private static JsonNode payload(EventEnvelope event, DataSubject subject, ObjectMapper mapper) {
        ObjectNode payload = ProtectedFields.keptFor(mapper.valueToTree(event.payload()), subject);
        payload.remove("type");
        return payload;
    }

    private static void fields(JsonNode node, String prefix, StringBuilder page) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields(field.getValue(), prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), page);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                fields(node.get(i), prefix + "[" + (i + 1) + "]", page);
            }
        } else {
            page.append(escape(prefix)).append(": ").append(escape(node.asText())).append("<br>");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
