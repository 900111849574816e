package org.ketnghia.examples.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.ketnghia.examples.site.SiteTable.Cell;

/**
 * The index's section of the planners' pages, forecasts and scenario comparisons, newest first, each with its as-of
 * date and the ledger position it was computed from. Framed by two comments ({@link #START}, {@link #END}) so that a
 * command writing such a page after the run can put the section anew into the run's index and leave the rest of it as
 * the run wrote it.
 */
final class PlanningSection {

    /** The comment before the section. */
    static final String START = "ketnghia: mục dự báo và so sánh kịch bản, đầu";
    /** The comment after the section. */
    static final String END = "ketnghia: mục dự báo và so sánh kịch bản, cuối";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Newest first; pages written at the same instant by their path. */
    static final Comparator<PlanningPage> NEWEST_FIRST = Comparator.comparing(PlanningPage::producedAt).reversed()
            .thenComparing(PlanningPage::page);

    private PlanningSection() {
    }

    /** Appends the section listing {@code pages} (in any order) as of {@code listedAt} to the index {@code page}. */
    static void append(HtmlPage page, List<PlanningPage> pages, Instant listedAt) {
        page.comment(START);
        page.heading("Dự báo và so sánh kịch bản", SitePaths.PLANNING_ANCHOR);
        if (pages.isEmpty()) {
            page.note("Chưa có trang dự báo hay so sánh kịch bản nào. Lệnh forecast --as-of NGÀY (dự báo từ sổ cái) và lệnh"
                    + " compare (so sánh kịch bản) lập trang của chúng trong trang tổng hợp này.");
        } else {
            page.paragraph("Các trang do lệnh forecast (dự báo từ sổ cái) và lệnh compare (so sánh kịch bản) lập, trang mới"
                    + " lập đứng trước. Mỗi trang ghi ngày lấy hiện trạng và vị trí sổ cái (sự kiện cuối, mã băm) mà số liệu"
                    + " của nó được tính từ.");
            page.table(table(pages));
        }
        page.note("Danh sách lập lúc " + time(listedAt) + " (giờ Việt Nam).");
        page.comment(END);
    }

    private static SiteTable table(List<PlanningPage> pages) {
        SiteTable table = new SiteTable("Trang dự báo và so sánh kịch bản, mới nhất trước", List.of("Trang", "Loại",
                "Ngày lấy hiện trạng", "Sổ cái: sự kiện cuối số", "Mã băm của sự kiện cuối", "Lập lúc (giờ Việt Nam)"));
        for (PlanningPage planning : pages.stream().sorted(NEWEST_FIRST).toList()) {
            Cell asOf = planning.asOf().map(date -> Cell.number(PeriodPage.date(date), Long.toString(date.toEpochDay())))
                    .orElse(Cell.text("— (không có)"));
            Cell sequence = planning.ledger().map(position -> Cell.number(SiteFormat.count(position.lastSequence()),
                    Long.toString(position.lastSequence()))).orElse(Cell.text(SiteContext.NO_LEDGER_VI));
            Cell hash = planning.ledger().map(position -> Cell.text(position.lastHash())).orElse(Cell.text("—"));
            table.row(List.of(Cell.link(planning.titleVi(), planning.page()), Cell.text(planning.kind().labelVi()), asOf,
                    sequence, hash, Cell.number(time(planning.producedAt()),
                            Long.toString(planning.producedAt().getEpochSecond()))));
        }
        return table;
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(SiteContext.VIETNAM));
    }
}
