package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;
import static org.ketnghia.examples.output.HtmlText.escape;

import java.util.List;

/**
 * One page of the site being written: the shared header (banner, navigation, breadcrumbs, the facts
 * of {@link SiteContext}), then the page's own sections, then the footer. Links are relative to the
 * page, so the site opens from disk with no server. Not thread-safe; one instance per page.
 */
final class HtmlPage {

    /** A step of the breadcrumbs: its label and its link from the site's root, or none for the current page. */
    record Crumb(String label, String rootHref) {
    }

    private final StringBuilder body = new StringBuilder();
    private final SiteContext context;
    private final String title;
    private final String toRoot;
    private final List<Crumb> crumbs;
    private String headJson;

    private HtmlPage(SiteContext context, String title, String toRoot, List<Crumb> crumbs) {
        this.context = context;
        this.title = title;
        this.toRoot = toRoot;
        this.crumbs = List.copyOf(crumbs);
    }

    /** The index page, at the root of the site. */
    static HtmlPage index(SiteContext context, String title) {
        return new HtmlPage(context, title, "", List.of(new Crumb(SitePaths.HOME_LABEL, null)));
    }

    /** A page one folder below the root, directly under the index. */
    static HtmlPage inner(SiteContext context, String title) {
        return new HtmlPage(context, title, "../", List.of(new Crumb(SitePaths.HOME_LABEL, SitePaths.INDEX),
                new Crumb(title, null)));
    }

    /** A page one folder below the root, under the index and the section {@code section} of it. */
    static HtmlPage inner(SiteContext context, String title, Crumb section) {
        return new HtmlPage(context, title, "../", List.of(new Crumb(SitePaths.HOME_LABEL, SitePaths.INDEX), section,
                new Crumb(title, null)));
    }

    /** {@code rootHref}, a path from the root of the site, as a link from this page. */
    String href(String rootHref) {
        return rootHref.startsWith("#") ? rootHref : toRoot + rootHref;
    }

    HtmlPage heading(String text, String id) {
        body.append("<h2 id=\"").append(escape(id)).append("\">").append(escape(text)).append("</h2>\n");
        return this;
    }

    HtmlPage subheading(String text) {
        body.append("<h3>").append(escape(text)).append("</h3>\n");
        return this;
    }

    HtmlPage paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Links to files or pages, each {@code label → rootHref}, on one line. */
    HtmlPage links(List<String[]> labelAndRootHref) {
        body.append("<p class=\"links\">");
        for (int i = 0; i < labelAndRootHref.size(); i++) {
            String[] link = labelAndRootHref.get(i);
            body.append(i == 0 ? "" : " · ").append(link(link[0], link[1]));
        }
        body.append("</p>\n");
        return this;
    }

    /** A list of links, each {@code label → rootHref}. */
    HtmlPage linkList(List<String[]> labelAndRootHref) {
        body.append("<ul class=\"pages\">\n");
        labelAndRootHref.forEach(link -> body.append("<li>").append(link(link[0], link[1])).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /** Key figures as labelled boxes, each {@code label, value, detail}. */
    HtmlPage figures(List<String[]> figures) {
        body.append("<div class=\"figures\">\n");
        figures.forEach(figure -> body.append("<div class=\"figure\"><div class=\"label\">").append(escape(figure[0]))
                .append("</div><div class=\"value\">").append(escape(figure[1])).append("</div><div class=\"detail\">")
                .append(escape(figure[2])).append("</div></div>\n"));
        body.append("</div>\n");
        return this;
    }

    /** A chart (a PNG data URI of 720 × 360 pixels) with its caption. */
    HtmlPage chart(String dataUri, String alt, String caption) {
        return chart(dataUri, alt, caption, 720, 360);
    }

    /** A chart (a PNG data URI of {@code width} × {@code height} pixels) with its caption. */
    HtmlPage chart(String dataUri, String alt, String caption, int width, int height) {
        body.append("<figure><img alt=\"").append(escape(alt)).append("\" src=\"").append(dataUri).append("\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\"><figcaption>").append(escape(caption))
                .append("</figcaption></figure>\n");
        return this;
    }

    /**
     * Facts about the page for the programs that read the site, as JSON in the head ({@code <script
     * type="application/json" id="id">}), which the browser neither shows nor runs.
     */
    HtmlPage headJson(String id, String json) {
        // "<" only occurs inside JSON strings, where its escape (backslash, u003c) means the same and closes no script
        this.headJson = "<script type=\"application/json\" id=\"" + escape(id) + "\">" + json.replace("<", "\\u003c")
                + "</script>\n";
        return this;
    }

    HtmlPage table(SiteTable table) {
        table.appendTo(body, this);
        return this;
    }

    /** An anchor to {@code rootHref} from this page. */
    String link(String label, String rootHref) {
        return "<a href=\"" + escape(href(rootHref)) + "\">" + escape(label) + "</a>";
    }

    /** The whole document. */
    String render() {
        StringBuilder html = new StringBuilder(body.length() + 4096);
        html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append(" — ").append(escape(context.programmeTitleVi())).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(toRoot).append(SitePaths.CSS).append("\">\n")
                .append("<script src=\"").append(toRoot).append(SitePaths.JS).append("\" defer></script>\n");
        if (headJson != null) {
            html.append(headJson);
        }
        html.append("</head><body>\n");
        if (context.simulated()) {
            html.append("<div class=\"simulated\" role=\"alert\">").append(escape(SiteContext.SIMULATED_BANNER)).append("</div>\n");
        }
        html.append("<header><div class=\"programme\">").append(escape(context.programmeTitleVi())).append("</div>\n<nav class=\"site\">");
        for (String[] section : SitePaths.SECTIONS) {
            html.append(link(section[0], section[1])).append(' ');
        }
        html.append("</nav>\n<nav class=\"crumbs\" aria-label=\"Đường dẫn\">");
        for (int i = 0; i < crumbs.size(); i++) {
            Crumb crumb = crumbs.get(i);
            html.append(i == 0 ? "" : " › ").append(crumb.rootHref() == null ? "<span>" + escape(crumb.label()) + "</span>"
                    : link(crumb.label(), crumb.rootHref()));
        }
        html.append("</nav>\n<dl class=\"facts\">");
        fact(html, "Chương trình", context.programmeTitleVi() + " (" + context.programmeId() + "), tệp " + context.planFile());
        fact(html, "Dữ liệu tỉnh", context.provinceVi());
        fact(html, "Sổ cái", context.ledgerVi());
        fact(html, "Lập lúc", context.producedAtVi());
        html.append("</dl></header>\n<main>\n<h1>").append(escape(title)).append("</h1>\n").append(body).append("</main>\n<footer>");
        if (context.simulated()) {
            html.append("<p class=\"simulated-note\">").append(escape(SiteContext.SIMULATED_BANNER))
                    .append(": số liệu từ một lần mô phỏng, không dùng để niêm yết hay báo cáo chính thức.</p>");
        }
        html.append("<p>").append(link("Về trang chính", SitePaths.INDEX)).append("</p></footer>\n</body></html>\n");
        return html.toString();
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<div><dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd></div>");
    }

}
