package org.ketnghia.examples.cli;

import org.ketnghia.examples.output.HtmlText;

/**
 * The banner of a simulated ledger on the commands' own pages ({@code forecast.html}, {@code compare.html}, written
 * beside their data files; their text is escaped by {@link HtmlText}). These pages stand alone, without the summary
 * site's style sheet, so the banner carries its style inline. Stateless and thread-safe.
 */
final class OwnPageHtml {

    private OwnPageHtml() {
    }

    /** The banner that opens the page of a simulated ledger's figures: {@code text}, escaped, white on red. */
    static String simulatedBanner(String text) {
        return "<p class=\"simulated\" style=\"background:#b00020;color:#fff;padding:.5em 1em;font-weight:bold\">"
                + HtmlText.escape(text) + "</p>\n";
    }
}
