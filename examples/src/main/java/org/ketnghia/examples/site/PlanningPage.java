package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
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
        @JsonValue
        public String id() {
            return id;
        }

        /** The kind as the index names it, e.g. "Dự báo từ sổ cái". */
        public String labelVi() {
            return labelVi;
        }

        /** The kind of {@code id}; a page of another kind is none of the planners'. */
        @JsonCreator
        static Kind ofId(String id) {
            for (Kind kind : values()) {
                if (kind.id.equals(id)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("no planners' page is of kind " + id);
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
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a page's facts are text, numbers and dates, always writable", e);
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
            return Optional.of(JSON.readValue(html.substring(start + opening.length(), end), PlanningPage.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
