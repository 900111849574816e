package org.ketnghia.examples.site;

import static org.ketnghia.examples.output.HtmlText.escape;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of the site: a caption, a header row, body rows that the site's script sorts (click a
 * header) and filters (type in the box above), and total rows in the footer that stay put. A number
 * cell carries its plain value in {@code data-sort} so that {@code 9.000.000 ₫} sorts as a number.
 * Not thread-safe.
 */
final class SiteTable {

    /**
     * One cell: its text, its plain value for sorting (or null for text), its link from the site's root (or null), what
     * a pointer over it shows (or null): the exact đồng of an amount the text rounds.
     */
    record Cell(String text, String sortKey, String rootHref, String title) {

        static Cell text(String text) {
            return new Cell(text, null, null, null);
        }

        static Cell number(String text, String sortKey) {
            return new Cell(text, sortKey, null, null);
        }

        static Cell number(String text, String sortKey, String title) {
            return new Cell(text, sortKey, null, title);
        }

        static Cell link(String text, String rootHref) {
            return new Cell(text, null, rootHref, null);
        }

        static Cell empty() {
            return new Cell("", null, null, null);
        }
    }

    private final String caption;
    private final List<String> headers;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<List<Cell>> footer = new ArrayList<>();

    SiteTable(String caption, List<String> headers) {
        this.caption = caption;
        this.headers = List.copyOf(headers);
    }

    SiteTable row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    SiteTable footer(List<Cell> cells) {
        footer.add(List.copyOf(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder html, HtmlPage page) {
        html.append("<div class=\"table\"><table class=\"data\" data-sortable data-filterable><caption>")
                .append(escape(caption)).append("</caption>\n<thead><tr>");
        // the span keeps a header from being squeezed to a word per line in a wide table
        headers.forEach(header -> html.append("<th scope=\"col\"><span>").append(escape(header)).append("</span></th>"));
        html.append("</tr></thead>\n<tbody>\n");
        rows.forEach(row -> appendRow(html, page, row, "td"));
        html.append("</tbody>\n");
        if (!footer.isEmpty()) {
            html.append("<tfoot>\n");
            footer.forEach(row -> appendRow(html, page, row, "th"));
            html.append("</tfoot>\n");
        }
        html.append("</table></div>\n");
    }

    private static void appendRow(StringBuilder html, HtmlPage page, List<Cell> row, String tag) {
        html.append("<tr>");
        for (Cell cell : row) {
            html.append('<').append(tag);
            if (cell.sortKey() != null) {
                html.append(" class=\"n\" data-sort=\"").append(escape(cell.sortKey())).append('"');
            }
            if (cell.title() != null) {
                html.append(" title=\"").append(escape(cell.title())).append('"');
            }
            html.append('>');
            html.append(cell.rootHref() == null ? escape(cell.text()) : page.link(cell.text(), cell.rootHref()));
            html.append("</").append(tag).append('>');
        }
        html.append("</tr>\n");
    }
}
