package org.ketnghia.core.province;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where a problem of a province pack lies: the file (relative to the pack's folder), the line (from
 * 1; 0 when unknown) and the field — a JSON path such as {@code "units[3].parents[0].code"} or a CSV
 * column name such as {@code "parent code"}.
 *
 * <p>A pack's {@link org.ketnghia.core.error.Problem#field()} is {@link #toField()}: {@code
 * "units/communes.csv:12:parent code"}; {@link #parse} reads it back. Immutable and thread-safe.
 *
 * @param file the file, relative to the pack's folder, with {@code /} separators
 * @param line the line from 1, or 0 when unknown
 * @param field the JSON path or CSV column; empty for the file as a whole
 */
public record SourceLocation(String file, int line, String field) {

    /** Checks that no part is missing and the line is not negative. */
    public SourceLocation {
        requireNonNull(file, "file");
        requireNonNull(field, "field");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative, was " + line);
        }
    }

    /** {@code "file:line:field"}, the form of a pack problem's field. */
    public String toField() {
        return file + ":" + line + ":" + field;
    }

    /**
     * The location written by {@link #toField()}; empty if {@code field} is not of that form (a
     * problem that is not about a pack file).
     */
    public static Optional<SourceLocation> parse(String field) {
        requireNonNull(field, "field");
        int first = field.indexOf(':');
        int second = first < 0 ? -1 : field.indexOf(':', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        try {
            int line = Integer.parseInt(field.substring(first + 1, second));
            return line < 0 ? Optional.empty()
                    : Optional.of(new SourceLocation(field.substring(0, first), line, field.substring(second + 1)));
        } catch (NumberFormatException notALine) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return toField();
    }
}
