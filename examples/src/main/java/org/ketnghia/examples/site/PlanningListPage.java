package org.ketnghia.examples.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.ketnghia.examples.site.SiteTable.Cell;

/**
 * The page listing the planners' pages ({@value SitePaths#PLANNING}): forecasts and scenario comparisons, newest first,
 * each with its as-of date and the ledger position it was computed from. Rendered whole from the pages in the folder,
 * by whichever command wrote last.
 */
final class PlanningListPage {

    /** The page's title, and its label in the crumbs of the pages it lists. */
    static final String TITLE = "Dự báo và so sánh kịch bản";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** Newest first; pages written at the same instant by their path. */
    static final Comparator<PlanningPage> NEWEST_FIRST = Comparator.comparing(PlanningPage::producedAt).reversed()
            .thenComparing(PlanningPage::page);

    private PlanningListPage() {
    }

    /** The page listing {@code pages} (in any order), written by the command whose facts are {@code context}. */
    static String render(SiteContext context, List<PlanningPage> pages) {
        HtmlPage page = HtmlPage.inner(context, TITLE);
        if (pages.isEmpty()) {
            page.note("Chưa có trang dự báo hay so sánh kịch bản nào. Lệnh forecast --as-of NGÀY (dự báo từ sổ cái) và lệnh"
                    + " compare (so sánh kịch bản) lập trang của chúng trong trang tổng hợp này.");
        } else {
            page.paragraph("Các trang do lệnh forecast (dự báo từ sổ cái) và lệnh compare (so sánh kịch bản) lập, trang mới"
                    + " lập đứng trước. Mỗi trang ghi ngày lấy hiện trạng và vị trí sổ cái (sự kiện cuối, mã băm) mà số liệu"
                    + " của nó được tính từ.");
            page.table(table(pages));
        }
        page.note("Danh sách lập lúc " + time(context.producedAt()) + " (giờ Việt Nam).");
        return page.render();
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
