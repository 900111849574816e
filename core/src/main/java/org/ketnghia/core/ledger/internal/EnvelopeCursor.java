package org.ketnghia.core.ledger.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.ketnghia.core.json.IsoDates;

/**
 * A position in the text of an envelope read in its canonical form ({@link CanonicalEnvelope}): each step reads what
 * the form puts there and moves past it, or throws {@link NotCanonical} — the text is then left to the {@code
 * Reader}. A string value is read only when it holds no escape and no control character; its opening quote is part
 * of the literal before it, its closing quote is passed with it. Not thread-safe: one per text read.
 */
final class EnvelopeCursor {

    private final char[] text;
    private final int length;
    private int at;

    /** A cursor at the start of {@code text[0, length)}. */
    EnvelopeCursor(char[] text, int length) {
        this(text, 0, length);
    }

    /** A cursor at {@code from} in {@code text[0, length)}. */
    EnvelopeCursor(char[] text, int from, int length) {
        this.text = text;
        this.at = from;
        this.length = length;
    }

    /** Where the cursor is. */
    int at() {
        return at;
    }

    /** The characters read. */
    char[] text() {
        return text;
    }

    /** How many characters the text has. */
    int length() {
        return length;
    }

    /** Moves past {@code literal} if it is at the cursor. */
    boolean skip(char[] literal) {
        if (!startsWith(text, length, at, literal)) {
            return false;
        }
        at += literal.length;
        return true;
    }

    /** Moves past {@code literal}, which must be at the cursor. */
    void expect(char[] literal) {
        if (!skip(literal)) {
            throw NotCanonical.INSTANCE;
        }
    }

    /** Moves past {@code same} if it is at the cursor: a longer text, compared at once. */
    boolean skipSame(char[] same) {
        if (at + same.length > length || !Arrays.equals(text, at, at + same.length, same, 0, same.length)) {
            return false;
        }
        at += same.length;
        return true;
    }

    /** The string value at the cursor, and past its closing quote. */
    String string() {
        int end = closingQuote();
        String value = new String(text, at, end - at);
        at = end + 1;
        return value;
    }

    /** The string value after {@code name} when {@code name} is at the cursor; null, the cursor unmoved, when not. */
    String optionalString(char[] name) {
        return skip(name) ? string() : null;
    }

    /** The date {@code yyyy-MM-dd} in the string value at the cursor, and past its closing quote. */
    LocalDate date() {
        int end = closingQuote();
        LocalDate date = IsoDates.date(text, at, end);
        if (date == null) {
            throw NotCanonical.INSTANCE;
        }
        at = end + 1;
        return date;
    }

    /** The instant in the string value at the cursor, and past its closing quote. */
    Instant instant() {
        int end = closingQuote();
        Instant instant = IsoDates.instant(text, at, end);
        if (instant == null) {
            throw NotCanonical.INSTANCE;
        }
        at = end + 1;
        return instant;
    }

    /**
     * The JSON integer at the cursor — at most {@code maxDigits} digits (18 at most), an optional minus, no leading
     * zero — and past it.
     */
    long integer(int maxDigits) {
        boolean negative = at < length && text[at] == '-';
        int first = negative ? at + 1 : at;
        int end = first;
        long value = 0;
        while (end < length && end - first <= maxDigits && text[end] >= '0' && text[end] <= '9') {
            value = value * 10 + (text[end] - '0');
            end++;
        }
        int digits = end - first;
        if (digits == 0 || digits > maxDigits || digits > 1 && text[first] == '0') {
            throw NotCanonical.INSTANCE;
        }
        at = end;
        return negative ? -value : value;
    }

    /**
     * Where the string value whose closing quote is at {@code close} starts, that value preceded by {@code literal},
     * which ends with the value's opening quote; the value must start after {@code after}.
     */
    int valueBefore(int close, char[] literal, int after) {
        int start = close - 1;
        while (start >= 0 && text[start] != '"') {
            if (text[start] == '\\' || text[start] < 0x20) {
                throw NotCanonical.INSTANCE;
            }
            start--;
        }
        start++;
        if (start <= after || !startsWith(text, length, start - literal.length, literal)) {
            throw NotCanonical.INSTANCE;
        }
        return start;
    }

    /** Whether {@code literal} occurs within {@code [from, to)}. */
    boolean holds(int from, int to, char[] literal) {
        char first = literal[0];
        for (int i = from, last = to - literal.length; i <= last; i++) {
            if (text[i] == first && startsWith(text, to, i, literal)) {
                return true;
            }
        }
        return false;
    }

    /** The closing quote of the string value at the cursor. */
    private int closingQuote() {
        for (int i = at; i < length; i++) {
            char c = text[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        throw NotCanonical.INSTANCE;
    }

    /** Whether {@code text[0, length)} holds {@code literal} at {@code at}. */
    static boolean startsWith(char[] text, int length, int at, char[] literal) {
        if (at < 0 || at + literal.length > length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) { // a loop: the literals are short
            if (text[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text is not in the canonical form: thrown without a stack trace, caught by {@link CanonicalEnvelope}. */
    static final class NotCanonical extends RuntimeException {

        static final NotCanonical INSTANCE = new NotCanonical();

        private NotCanonical() {
            super("not in the canonical form", null, false, false);
        }
    }
}
