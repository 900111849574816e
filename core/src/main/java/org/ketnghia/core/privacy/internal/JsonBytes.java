package org.ketnghia.core.privacy.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Searches of JSON bytes eight at a time (texts are most of a payload's bytes): a byte equal to {@code c} makes its
 * lane of {@code (x - 0x01…) & ~x & 0x80…} nonzero for {@code x} the word xor {@code c} repeated, and the lowest such
 * lane is the first match (a borrow only runs upwards from a match).
 */
final class JsonBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;

    private JsonBytes() {
    }

    /** The index of the first {@code '"'} at or after {@code from}; {@code json.length} when there is none. */
    static int indexOfQuote(byte[] json, int from) {
        return indexOfQuote(json, from, json.length);
    }

    /** The index of the first {@code '"'} at or after {@code from} and before {@code end}; {@code end} when there is none. */
    static int indexOfQuote(byte[] json, int from, int end) {
        int i = from;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long quotes = (long) LONGS.get(json, i) ^ QUOTES;
            long found = (quotes - ONES) & ~quotes & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        while (i < end && json[i] != '"') {
            i++;
        }
        return i;
    }

    /**
     * The index of the quote that closes a text whose characters start at {@code from} (after its opening quote),
     * skipping escaped characters; {@code json.length} when the text is not closed.
     */
    static int closingQuote(byte[] json, int from) {
        int i = from;
        while ((i = indexOfQuoteOrBackslash(json, i)) < json.length && json[i] != '"') {
            i += 2; // a backslash and the byte it escapes (the other bytes of a u escape are hex digits)
        }
        return Math.min(i, json.length);
    }

    /**
     * The index of the first {@code '"'} or {@code '\\'} at or after {@code from}; {@code json.length} when there is
     * none.
     */
    static int indexOfQuoteOrBackslash(byte[] json, int from) {
        int i = from;
        for (; i + Long.BYTES <= json.length; i += Long.BYTES) {
            long word = (long) LONGS.get(json, i);
            long quotes = word ^ QUOTES;
            long backslashes = word ^ BACKSLASHES;
            long found = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        while (i < json.length && json[i] != '"' && json[i] != '\\') {
            i++;
        }
        return i;
    }
}
