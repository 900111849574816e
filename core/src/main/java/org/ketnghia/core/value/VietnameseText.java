package org.ketnghia.core.value;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;

/**
 * Folds Vietnamese text to a plain key for matching names typed in different ways.
 *
 * <p>{@link #fold(String)} makes {@code "Ch'ơm"}, {@code "Chơm"}, {@code "CH’OM"} and
 * {@code "  ch-om "} comparable: they fold to {@code "chom"}, {@code "chom"}, {@code "chom"} and
 * {@code "ch om"}. The rules, applied character by character:
 *
 * <ul>
 *   <li>letters are lower-cased and lose their diacritics (tone marks, circumflex, breve, horn):
 *       {@code "Ẫ" → "a"}, {@code "ơ" → "o"}, {@code "Ư" → "u"}; text in decomposed form
 *       (NFD) folds like the composed form (NFC);</li>
 *   <li>{@code đ} and {@code Đ} (and the look-alike {@code Ð}) become {@code d};</li>
 *   <li>apostrophes of every kind ({@code ' ’ ‘ ʼ ` ´}) are removed, so {@code "Tr'Hy"} folds
 *       like {@code "Trhy"};</li>
 *   <li>hyphens and dashes count as spaces; runs of white space collapse to one space; leading
 *       and trailing spaces are removed.</li>
 * </ul>
 *
 * <p>Spaces are kept: {@code "La Êê"} folds to {@code "la ee"}, not {@code "laee"}; spelling
 * variants that differ in spacing are handled by explicit aliases where they matter.
 *
 * <p>Folding uses a table built once, so it costs one array read per character and allocates only
 * the result; it is meant for hot paths such as screening a million households. Stateless and
 * thread-safe.
 */
public final class VietnameseText {

    /** Marks a character that folding removes. */
    private static final char DROP = '\uFFFF';
    /** Characters below this bound (Latin, combining marks, Latin Extended Additional) use the table. */
    private static final int TABLE_SIZE = 0x1F00;
    private static final char[] TABLE = buildTable();

    private VietnameseText() {
    }

    /**
     * Folds {@code text} for matching: lower case, no diacritics, {@code đ → d}, no apostrophes,
     * hyphens as spaces, white space collapsed and trimmed.
     *
     * @param text the text to fold; not null
     * @return the folded text; empty when {@code text} holds only spaces, hyphens or apostrophes
     */
    public static String fold(String text) {
        requireNonNull(text, "text");
        int length = text.length();
        char[] out = new char[length];
        int size = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            char folded = c < TABLE_SIZE ? TABLE[c] : foldOutsideTable(c);
            if (folded == DROP) {
                continue;
            }
            if (folded == ' ') {
                pendingSpace = size > 0;
                continue;
            }
            if (pendingSpace) {
                out[size++] = ' ';
                pendingSpace = false;
            }
            out[size++] = folded;
        }
        return new String(out, 0, size);
    }

    /** Whether {@code a} and {@code b} fold to the same text. */
    public static boolean foldedEquals(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldSlowly((char) c);
        }
        return table;
    }

    /** The reference folding of one character; the table caches it for the first code points. */
    private static char foldSlowly(char c) {
        if (isApostrophe(c)) {
            return DROP;
        }
        if (isSpaceLike(c)) {
            return ' ';
        }
        if (c == 'đ' || c == 'Đ' || c == 'Ð' || c == 'ð') {
            return 'd';
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return DROP;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    private static char foldOutsideTable(char c) {
        if (isApostrophe(c)) {
            return DROP;
        }
        if (isSpaceLike(c)) {
            return ' ';
        }
        if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
            return DROP;
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB'
                || c == '`' || c == '\u00B4' || c == '\u2032' || c == '\uFF07';
    }

    private static boolean isSpaceLike(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212'
                || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }
}
