package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.examples.output.LedgerPosition;

/**
 * A page of the site that a planner's command wrote rather than the run: a forecast from the ledger ({@code forecast
 * --as-of DATE}, <i>dự báo</i>) or the scenario comparison ({@code compare}, <i>so sánh kịch bản</i>), as the index
 * lists it. The page carries these facts as JSON in its head ({@link #JSON_ID}), so the index is always rebuilt from
 * the pages in the folder, whichever wrote the folder first. Immutable and thread-safe.
 *
 * @param kind a forecast or a comparison
 * @param page the page, relative to the site's root, e.g. {@code pages/du-bao-2025-01-01.html}
 * @param titleVi the page's title
 * @param asOf the date the figures start from: the forecast's census date, the comparison's calibration date; empty
 *     for a comparison on the programme file alone
 * @param ledger the ledger position the figures were computed from; empty when no ledger was read
 * @param producedAt when the page was written
 * @param simulated whether that ledger is simulated
 */
public record PlanningPage(Kind kind, String page, String titleVi, Optional<LocalDate> asOf,
        Optional<LedgerPosition> ledger, Instant producedAt, boolean simulated) {

    /** The id of the page's JSON facts in its head. */
    public static final String JSON_ID = "ketnghia-trang-ke-hoach";

    private static final ObjectMapper JSON = KetnghiaJson.newObjectMapper();

    /** What the page shows. */
    public enum Kind {
        /** A forecast from the ledger ({@code forecast --as-of DATE}). */
        FORECAST("forecast", "Dự báo từ sổ cái"),
        /** The scenario comparison ({@code compare}). */
        COMPARISON("comparison", "So sánh kịch bản");

        private final String id;
        private final String labelVi;

        Kind(String id, String labelVi) {
            this.id = id;
            this.labelVi = labelVi;
        }

        /** The stable id written in the page's JSON: {@code "forecast"} or {@code "comparison"}. */
        public String id() {
            return id;
        }

        /** The kind as the index names it, e.g. "Dự báo từ sổ cái". */
        public String labelVi() {
            return labelVi;
        }

        static Optional<Kind> ofId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** Checks that no part is missing. */
    public PlanningPage {
        requireNonNull(kind, "kind");
        requireNonNull(page, "page");
        requireNonNull(titleVi, "titleVi");
        requireNonNull(asOf, "asOf");
        requireNonNull(ledger, "ledger");
        requireNonNull(producedAt, "producedAt");
    }

    /** The facts of the page as its head carries them. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", kind.id());
        root.put("page", page);
        root.put("titleVi", titleVi);
        root.put("asOf", asOf.map(LocalDate::toString).orElse(null));
        if (ledger.isPresent()) {
            root.putObject("ledger").put("lastSequence", ledger.get().lastSequence()).put("lastHash", ledger.get().lastHash());
        } else {
            root.putNull("ledger");
        }
        root.put("producedAt", producedAt.toString());
        root.put("simulated", simulated);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of text and numbers is always writable", e);
        }
    }

    /** The facts a page's head carries, when {@code html} has them whole; empty otherwise. */
    static Optional<PlanningPage> readFrom(String html) {
        String opening = "<script type=\"application/json\" id=\"" + JSON_ID + "\">";
        int start = html.indexOf(opening);
        int end = start < 0 ? -1 : html.indexOf("</script>", start);
        if (end < 0) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(html.substring(start + opening.length(), end));
            Optional<Kind> kind = Kind.ofId(root.path("kind").asText());
            if (kind.isEmpty() || !root.path("page").isTextual() || !root.path("producedAt").isTextual()) {
                return Optional.empty();
            }
            JsonNode ledger = root.path("ledger");
            return Optional.of(new PlanningPage(kind.get(), root.get("page").asText(), root.path("titleVi").asText(),
                    root.path("asOf").isTextual() ? Optional.of(LocalDate.parse(root.get("asOf").asText())) : Optional.empty(),
                    ledger.isObject() ? Optional.of(new LedgerPosition(ledger.path("lastSequence").asLong(),
                            ledger.path("lastHash").asText())) : Optional.empty(),
                    Instant.parse(root.get("producedAt").asText()), root.path("simulated").asBoolean()));
        } catch (JsonProcessingException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
