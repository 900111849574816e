package org.ketnghia.core.reporting.rollup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.core.value.BilingualText;

/**
 * Exports a {@link NationalRollUp} in the forms of the province reports.
 *
 * <p><b>JSON</b> ({@link #toJson}, {@link #fromJson}): the whole roll-up as it is — the included
 * ledgers with their last sequence and hash, the excluded ones with their reason, every province's
 * reports and the national ones, with exact fractions — and it reads back equal.
 *
 * <p><b>CSV</b>: a national report is a {@link Report}, written by {@link ReportExport#toCsv(Report)}
 * with the same columns as a province's (its rows are the provinces, by their id in the roll-up);
 * {@link #ledgersCsv} lists, in the same RFC 4180 form, which ledgers were included and which were
 * excluded and why, so that every CSV set says what the figures rest on; an included ledger read without its key
 * names, in the reason columns, the indicators it could not give ({@link #notAvailableReason}).
 *
 * <p>Stateless and thread-safe.
 */
public final class RollUpExport {

    /** The header of {@link #ledgersCsv}, in Vietnamese. */
    public static final List<String> LEDGERS_CSV_HEADER = List.of("Mã tỉnh", "Tên tỉnh", "Tình trạng",
            "Số sự kiện đã kiểm tra", "Số thứ tự sự kiện cuối", "Mã băm sự kiện cuối", "Sự kiện lỗi đầu tiên", "Mã lỗi",
            "Lý do", "Reason");

    /** The status of an included ledger in {@link #ledgersCsv}. */
    public static final String INCLUDED_VI = "Đưa vào tổng hợp";
    /** The status of an excluded ledger in {@link #ledgersCsv}. */
    public static final String EXCLUDED_VI = "Bị loại";

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();

    private RollUpExport() {
    }

    /** The roll-up as indented JSON. */
    public static String toJson(NationalRollUp rollUp) {
        requireNonNull(rollUp, "rollUp");
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rollUp);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a roll-up is always serialisable", e);
        }
    }

    /**
     * Reads a roll-up written by {@link #toJson}.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if the text is not such a roll-up
     */
    public static NationalRollUp fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return MAPPER.readValue(json, NationalRollUp.class);
        } catch (JsonProcessingException e) {
            throw new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, "", e.getOriginalMessage())), e);
        }
    }

    /**
     * Which ledgers the roll-up rests on: one line per included ledger (events checked, last sequence
     * and hash), then one per excluded ledger (first bad sequence, error code, reason in Vietnamese and
     * English). CRLF line ends, no byte order mark.
     */
    public static String ledgersCsv(NationalRollUp rollUp) {
        requireNonNull(rollUp, "rollUp");
        StringBuilder out = new StringBuilder();
        line(out, LEDGERS_CSV_HEADER);
        for (IncludedLedger ledger : rollUp.includedLedgers()) {
            Optional<BilingualText> reason = notAvailableReason(ledger);
            line(out, List.of(ledger.provinceId(), ledger.provinceName(), INCLUDED_VI, Long.toString(ledger.eventsChecked()),
                    Long.toString(ledger.lastSequence()), ledger.lastHash(), "", "",
                    reason.map(BilingualText::vi).orElse(""), reason.map(BilingualText::en).orElse("")));
        }
        for (ExcludedLedger ledger : rollUp.excluded()) {
            line(out, List.of(ledger.provinceId(), ledger.provinceName(), EXCLUDED_VI, Long.toString(ledger.eventsRead()),
                    "", "", ledger.firstBadSequence().map(String::valueOf).orElse(""), ledger.code().name(),
                    ledger.reason().vi(), ledger.reason().en()));
        }
        return out.toString();
    }

    /**
     * Why some of {@code ledger}'s figures are not available ({@link IncludedLedger#indicatorsNotAvailable()}), naming
     * them: read without its key, <i>không có khóa</i>; empty when every figure was computed.
     */
    public static Optional<BilingualText> notAvailableReason(IncludedLedger ledger) {
        requireNonNull(ledger, "ledger");
        if (ledger.indicatorsNotAvailable().isEmpty()) {
            return Optional.empty();
        }
        String ids = String.join(", ", ledger.indicatorsNotAvailable());
        return Optional.of(BilingualText.of("Không có khóa: dữ liệu cá nhân bị ẩn, " + ledger.indicatorsNotAvailable().size()
                + " chỉ tiêu không có số liệu: " + ids, "No key: personal data masked, "
                + ledger.indicatorsNotAvailable().size() + " indicators not available: " + ids));
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            boolean quoted = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0;
            out.append(quoted ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append("\r\n");
    }
}
