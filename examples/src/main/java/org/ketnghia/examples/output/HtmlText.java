package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

/**
 * Text written into the examples' HTML pages (<i>văn bản trong trang HTML</i>): the summary site's pages, the roll-up
 * page and the commands' own pages escape every text they write through this one place. Stateless and thread-safe.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute: {@code & < > "} as entities. */
    public static String escape(String text) {
        return requireNonNull(text, "text").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
