package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;
import org.ketnghia.examples.site.SiteTable.Cell;

/** The page of one district: its figures in every period, its communes in the last period it appears in, its public lists. */
final class DistrictPage {

    private DistrictPage() {
    }

    static String render(SiteContent content, SiteStructure structure, String code, String name) {
        HtmlPage page = HtmlPage.inner(content.context(), name,
                new HtmlPage.Crumb("Huyện", SitePaths.INDEX + "#" + SitePaths.DISTRICTS_ANCHOR));
        page.paragraph("Mã đơn vị: " + code + ".");

        Map<String, ReportRow> byPeriod = new LinkedHashMap<>();
        Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
        String lastSlug = null;
        for (Map.Entry<String, Report> entry : content.reports().entrySet()) {
            Optional<ReportRow> row = entry.getValue().row(code);
            if (row.isPresent()) {
                byPeriod.put(entry.getKey(), row.get());
                SiteSections.shown(entry.getValue(), List.of(row.get())).forEach(indicator -> indicators.put(indicator.id(), indicator));
                lastSlug = entry.getKey();
            }
        }
        page.heading("Số liệu của huyện qua các kỳ báo cáo", "qua-cac-ky");
        List<String> headers = new ArrayList<>(List.of("Chỉ tiêu", "Đơn vị tính"));
        byPeriod.keySet().forEach(slug -> headers.add(content.reports().get(slug).period().labelVi()));
        SiteTable periods = new SiteTable(name + " — chỉ tiêu theo kỳ", headers);
        for (IndicatorDefinition indicator : indicators.values()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(indicator.nameVi()), Cell.text(indicator.unit())));
            byPeriod.values().forEach(row -> cells.add(SiteSections.value(row.actual(indicator.id()), indicator)));
            periods.row(cells);
        }
        page.table(periods);
        List<String[]> periodLinks = new ArrayList<>();
        byPeriod.keySet().forEach(slug -> periodLinks.add(new String[] {content.reports().get(slug).period().labelVi(),
            SitePaths.period(slug)}));
        page.links(periodLinks);

        if (lastSlug != null) {
            Report last = content.reports().get(lastSlug);
            List<ReportRow> communes = last.childrenOf(code);
            if (!communes.isEmpty()) {
                page.heading("Các xã — " + last.period().labelVi(), "cac-xa");
                List<IndicatorDefinition> shown = SiteSections.shown(last, communes);
                page.table(SiteSections.unitsByIndicator("Các xã của " + name + " — " + last.period().labelVi(), communes, shown,
                        Map.of()));
            }
        }

        page.heading("Danh sách niêm yết công khai", "niem-yet");
        List<String[]> lists = new ArrayList<>();
        for (PublicList list : content.publicLists()) {
            if (structure.districtOf(list.communeCode()).filter(code::equals).isPresent()) {
                lists.add(new String[] {list.listing().communeName() + " — " + list.listing().rows().size() + " dòng, "
                        + SiteFormat.money(list.listing().total()), SitePaths.publicList(list.communeCode())});
            }
        }
        if (lists.isEmpty()) {
            page.note("Không có danh sách niêm yết của các xã thuộc huyện.");
        } else {
            page.linkList(lists);
        }
        return page.render();
    }
}
