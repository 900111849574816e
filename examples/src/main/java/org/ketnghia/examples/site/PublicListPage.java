package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.disclosure.PublicListingRow;
import org.ketnghia.examples.site.SiteTable.Cell;

/** The page of one commune's public list (<i>danh sách niêm yết công khai</i>), row by row with its total. */
final class PublicListPage {

    private PublicListPage() {
    }

    static String render(SiteContent content, SiteStructure structure, PublicList list) {
        HtmlPage page = HtmlPage.inner(content.context(), "Niêm yết công khai — " + list.listing().communeName(),
                new HtmlPage.Crumb("Niêm yết công khai", SitePaths.INDEX + "#" + SitePaths.LISTS_ANCHOR));
        page.paragraph("Danh sách các hộ được hỗ trợ và nội dung hỗ trợ của " + list.listing().communeName() + " (mã "
                + list.communeCode() + "), lập ngày " + PeriodPage.date(list.listing().date()) + ".");
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"CSV", list.csvFile()});
        links.add(new String[] {"Văn bản", list.textFile()});
        structure.districtOf(list.communeCode()).ifPresent(district -> links.add(new String[] {
            structure.districts().get(district), SitePaths.district(district)}));
        page.links(links);
        SiteTable table = new SiteTable("Danh sách niêm yết — " + list.listing().communeName(),
                List.of("STT", "Chủ hộ", "Thôn", "Đối tượng", "Nội dung hỗ trợ", "Giá trị"));
        int number = 0;
        for (PublicListingRow row : list.listing().rows()) {
            number++;
            table.row(List.of(Cell.number(Integer.toString(number), Integer.toString(number)), Cell.text(row.headName()),
                    Cell.text(row.villageName()), Cell.text(row.category()), Cell.text(row.support()), SiteSections.money(row.value())));
        }
        table.footer(List.of(Cell.text(""), Cell.text("Tổng cộng"), Cell.text(""), Cell.text(""),
                Cell.text(SiteFormat.count(number) + " dòng"), SiteSections.money(list.listing().total())));
        page.table(table);
        return page.render();
    }
}
