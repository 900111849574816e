package org.ketnghia.core.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.ketnghia.core.json.IsoDates;
import org.ketnghia.core.util.Sha256;

/**
 * The lines of an event's canonical text around its payload ({@link EventChain}), as UTF-8, written into one buffer
 * per thread and given to the digest at once, rather than a string and its bytes made for each line. Used by its
 * thread only.
 */
final class HashLines {
    /** Lowercase hexadecimal digits, as {@code HexFormat.of()} writes them. */
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** The length of an instant's text up to its seconds: {@code yyyy-MM-ddTHH:mm:ss}. */
    private static final int SECOND_TEXT_LENGTH = 19;
    /** The thread's digest, kept with its lines (its own thread-local was a second look-up per event). */
    final MessageDigest digest = Sha256.newDigest();
    private final char[] chars = new char[IsoDates.MAX_LENGTH];
    /** The text of {@link #secondWritten} up to its seconds ({@code yyyy-MM-ddTHH:mm:ss}); {@code null} before one. */
    private byte[] secondText;
    private long secondWritten;
    /** The last hash {@link #hex} made, and its bytes. */
    private String lastHash;
    private byte[] lastHashText = new byte[64];
    private byte[] bytes = new byte[256];
    private int length;

    HashLines reset() {
        length = 0;
        return this;
    }

    /** A number's decimal digits, as {@link Long#toString(long)} writes them, without making that string. */
    void number(long value) {
        if (value < 0) {
            bytes(Long.toString(value));
            return;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        ensure(digits);
        long rest = value;
        for (int at = length + digits - 1; at >= length; at--) {
            bytes[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        length += digits;
    }

    /** A text's UTF-8 and a newline. */
    void line(String text) {
        bytes(text);
        newline();
    }

    void newline() {
        ensure(1);
        bytes[length++] = '\n';
    }

    /** A text's UTF-8. */
    void bytes(String text) {
        int start = length;
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) { // beyond ASCII: the encoder's bytes
                length = start;
                bytes(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    /** A date's ISO text ({@link IsoDates}). */
    void date(LocalDate date) {
        ascii(IsoDates.write(date, chars), date);
    }

    /**
     * An instant's ISO text ({@link IsoDates}, as {@link Instant#toString()}): its text up to the seconds is worked
     * out once a second (a ledger records many events a second), then its fraction, in 3, 6 or 9 digits as the
     * nanoseconds need, and the {@code Z}.
     */
    void instant(Instant instant) {
        long second = instant.getEpochSecond();
        if (second != secondWritten || secondText == null) {
            int count = IsoDates.write(Instant.ofEpochSecond(second), chars); // yyyy-MM-ddTHH:mm:ssZ
            if (count != SECOND_TEXT_LENGTH + 1) {
                ascii(IsoDates.write(instant, chars), instant); // a year beyond 0–9999: every time
                return;
            }
            secondText = new byte[SECOND_TEXT_LENGTH];
            for (int i = 0; i < SECOND_TEXT_LENGTH; i++) {
                secondText[i] = (byte) chars[i];
            }
            secondWritten = second;
        }
        ensure(SECOND_TEXT_LENGTH + 11);
        System.arraycopy(secondText, 0, bytes, length, SECOND_TEXT_LENGTH);
        length += SECOND_TEXT_LENGTH;
        int nanos = instant.getNano();
        int digits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        if (digits > 0) {
            bytes[length++] = '.';
            int fraction = digits == 3 ? nanos / 1_000_000 : digits == 6 ? nanos / 1_000 : nanos;
            for (int at = length + digits - 1; at >= length; at--) {
                bytes[at] = (byte) ('0' + fraction % 10);
                fraction /= 10;
            }
            length += digits;
        }
        bytes[length++] = 'Z';
    }

    /** The {@code count} ASCII characters written in {@link #chars}, or {@code value}'s own text (-1). */
    private void ascii(int count, Object value) {
        if (count < 0) {
            bytes(value.toString());
            return;
        }
        ensure(count);
        for (int i = 0; i < count; i++) {
            bytes[length++] = (byte) chars[i];
        }
    }

    void bytes(byte[] more) {
        ensure(more.length);
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    /**
     * A hash's text: its bytes as written by {@link #hex} when it is the last hash this thread made (the previous
     * hash of the next event), else as {@link #bytes(String)} gives them.
     */
    void hashText(String hash) {
        if (hash != lastHash) {
            bytes(hash);
            return;
        }
        ensure(lastHashText.length);
        System.arraycopy(lastHashText, 0, bytes, length, lastHashText.length);
        length += lastHashText.length;
    }

    /** A digest's lowercase hexadecimal text, whose bytes are kept for {@link #hashText}. */
    String hex(byte[] digest) {
        if (lastHashText.length != 2 * digest.length) {
            lastHashText = new byte[2 * digest.length];
        }
        for (int i = 0; i < digest.length; i++) {
            lastHashText[2 * i] = HEX_DIGITS[(digest[i] >> 4) & 0xf];
            lastHashText[2 * i + 1] = HEX_DIGITS[digest[i] & 0xf];
        }
        lastHash = new String(lastHashText, StandardCharsets.ISO_8859_1);
        return lastHash;
    }

    void digestInto(MessageDigest digest) {
        digest.update(bytes, 0, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
