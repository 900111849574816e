package org.ketnghia.examples.cli;

import org.ketnghia.examples.output.HtmlText;

/**
 * What the commands' own pages ({@code forecast.html}, {@code compare.html}, written beside their data files) share:
 * the escaping of text into HTML and the banner of a simulated ledger. These pages stand alone, without the summary
 * site's style sheet, so the banner carries its style inline. Stateless and thread-safe.
 */
final class OwnPageHtml {

    private OwnPageHtml() {
    }

    /** {@code text} safe inside an element or a double-quoted attribute: {@code & < > "} as entities. */
    static String escape(String text) {
        return HtmlText.escape(text);
    }

    /** The banner that opens the page of a simulated ledger's figures: {@code text}, escaped, white on red. */
    static String simulatedBanner(String text) {
        return "<p class=\"simulated\" style=\"background:#b00020;color:#fff;padding:.5em 1em;font-weight:bold\">"
                + escape(text) + "</p>\n";
    }
}
