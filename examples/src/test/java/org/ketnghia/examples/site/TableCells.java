package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cells of a page's tables, as a reader sees them, for the tests of the pages that show money. */
public final class TableCells {

    private static final Pattern TABLE = Pattern.compile("(?s)<table.*?</table>");
    private static final Pattern CELL = Pattern.compile("(?s)<t[dh][^>]*>(.*?)</t[dh]>");
    /** A number of a million or more written digit by digit, grouped either way: 1.005.000.000 or 1,005,000,000.0. */
    private static final Pattern RAW_AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3}){2,}");

    private TableCells() {
    }

    /** The text (tags left out) of every cell of every table in {@code html}, headers included. */
    public static List<String> of(String html) {
        List<String> cells = new ArrayList<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            Matcher cell = CELL.matcher(table.group());
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", ""));
            }
        }
        return cells;
    }

    /** Whether {@code text} writes an amount of a million or more in đồng, digit by digit, rather than in triệu or tỷ. */
    public static boolean writesRawDong(String text) {
        return RAW_AMOUNT.matcher(text).find();
    }
}
