package org.ketnghia.core.province.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (comma-separated, {@code "}-quoted fields with {@code ""} for a quote, line breaks
 * allowed inside quotes) into rows, each with the line on which it starts. Blank lines are skipped.
 */
final class CsvRows {

    /** One row: its first line (from 1) and its fields, unquoted. */
    record Row(int line, List<String> fields) {
    }

    /** The rows, and whether the text ended inside a quoted field (on the line it started). */
    record Result(List<Row> rows, int unterminatedQuoteLine) {
    }

    private CsvRows() {
    }

    static Result split(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean rowHasContent = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
                rowHasContent = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (rowHasContent || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                rowHasContent = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) {
                    rowHasContent = true;
                }
            }
        }
        if (quoted) {
            return new Result(List.copyOf(rows), quoteLine);
        }
        if (rowHasContent || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return new Result(List.copyOf(rows), 0);
    }
}
