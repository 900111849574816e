package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * Seals the protected fields of a payload's JSON, as the mapper wrote it (compact), in one box per event (cipher
 * {@value #CIPHER_ID}): one pass over the plain bytes ({@link PayloadScan}) finds the protected values, the
 * payload's type and its data subject; the values, as a JSON array in document order, are encrypted once; the
 * stored bytes are the plain bytes with each protected value replaced by a reference {@code {"enc":"aes-gcm-2",
 * "t":"s"}} and the box appended as the payload's last property {@value #BOX_PROPERTY}. No JSON tree is built.
 * See {@link org.ketnghia.core.privacy.PayloadProtection} for the layout. Stateless and thread-safe.
 */
public final class EventSealer {

    /** The cipher id of payloads sealed in one box. */
    public static final String CIPHER_ID = "aes-gcm-2";
    /** The payload property that holds the box. */
    public static final String BOX_PROPERTY = "sealed";

    private static final byte[] REFERENCE_TEXT = reference("s");
    private static final byte[] REFERENCE_NUMBER = reference("n");
    private static final byte[] REFERENCE_OTHER = reference("o");
    private static final byte[] BOX_START = (",\"" + BOX_PROPERTY + "\":{\"enc\":\"" + CIPHER_ID + "\",\"subject\":\"")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] BOX_CIPHERTEXT = "\",\"ct\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BOX_END = "\"}}".getBytes(StandardCharsets.US_ASCII);

    private EventSealer() {
    }

    /**
     * A payload sealed: its type id and its JSON as stored.
     *
     * @param typeId the payload's type id
     * @param subject the data subject whose key sealed it
     * @param json the stored JSON, UTF-8
     */
    public record Sealed(String typeId, String subject, byte[] json) {
    }

    /**
     * Seals the values of the fields named {@code names} (at any depth, other than {@code null}) in {@code plain},
     * a payload's JSON object with its {@code "type"} and its closing brace last, under the key {@code keyFor} gives
     * for its subject.
     *
     * @return empty when it holds no such value or names no data subject
     * @throws IllegalArgumentException when {@code plain} is not one JSON object
     */
    public static Optional<Sealed> seal(byte[] plain, Set<String> names, Function<String, SecretKey> keyFor) {
        if (plain.length == 0 || plain[plain.length - 1] != '}') {
            throw new IllegalArgumentException("a payload to seal ends with its closing brace");
        }
        PayloadScan scan = PayloadScan.of(plain, names);
        if (scan.fields().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> subject = scan.subject();
        if (subject.isEmpty() || scan.typeId() == null) {
            return Optional.empty();
        }
        SecretKey key = keyFor.apply(subject.get());
        byte[] values = values(plain, scan.fields());
        byte[] box = Aes.seal(key, values, associatedData(subject.get(), scan.typeId(), scan.fields()));
        Arrays.fill(values, (byte) 0);
        return Optional.of(new Sealed(scan.typeId(), subject.get(), stored(plain, scan.fields(), subject.get(), box)));
    }

    /** The sealed values as one JSON array, in document order. */
    private static byte[] values(byte[] plain, List<PayloadScan.Range> fields) {
        int length = 1 + fields.size();
        for (PayloadScan.Range field : fields) {
            length += field.end() - field.start();
        }
        byte[] values = new byte[length];
        values[0] = '[';
        int at = 1;
        for (PayloadScan.Range field : fields) {
            at = put(values, at, plain, field.start(), field.end() - field.start());
            values[at++] = ',';
        }
        values[length - 1] = ']';
        return values;
    }

    /**
     * The associated data of a box: the cipher id, the subject, the type id and each sealed field's path with its
     * kind ({@code household.members.fullName:s}), one per line, in document order.
     */
    public static byte[] associatedData(String subject, String typeId, List<? extends Field> fields) {
        StringBuilder text = new StringBuilder(64 + fields.size() * 32).append(CIPHER_ID).append('\n').append(subject)
                .append('\n').append(typeId);
        for (Field field : fields) {
            text.append('\n').append(field.path()).append(':').append(field.kind());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sealed field: its dotted path (array elements add nothing) and the kind of value it hides. */
    public interface Field {

        /** The field's path, e.g. {@code household.members.fullName}. */
        String path();

        /** {@code s} text, {@code n} number, {@code o} anything else. */
        char kind();
    }

    private static byte[] stored(byte[] plain, List<PayloadScan.Range> fields, String subject, byte[] box) {
        byte[] ciphertext = Base64.getEncoder().encode(box);
        byte[] subjectText = JsonStringEncoder.getInstance().quoteAsUTF8(subject);
        int length = plain.length + BOX_START.length + subjectText.length + BOX_CIPHERTEXT.length + ciphertext.length
                + BOX_END.length - 1;
        for (PayloadScan.Range field : fields) {
            length += reference(field.kind()).length - (field.end() - field.start());
        }
        byte[] out = new byte[length];
        int written = 0;
        int copied = 0;
        for (PayloadScan.Range field : fields) {
            written = put(out, written, plain, copied, field.start() - copied);
            byte[] reference = reference(field.kind());
            written = put(out, written, reference, 0, reference.length);
            copied = field.end();
        }
        int last = plain.length - 1; // the payload's closing brace: the box goes before it
        written = put(out, written, plain, copied, last - copied);
        written = put(out, written, BOX_START, 0, BOX_START.length);
        written = put(out, written, subjectText, 0, subjectText.length);
        written = put(out, written, BOX_CIPHERTEXT, 0, BOX_CIPHERTEXT.length);
        written = put(out, written, ciphertext, 0, ciphertext.length);
        written = put(out, written, BOX_END, 0, BOX_END.length);
        if (written != out.length) {
            throw new IllegalStateException("sealed payload length " + written + " != " + out.length);
        }
        return out;
    }

    private static int put(byte[] out, int at, byte[] from, int offset, int length) {
        System.arraycopy(from, offset, out, at, length);
        return at + length;
    }

    private static byte[] reference(char kind) {
        return switch (kind) {
            case 's' -> REFERENCE_TEXT;
            case 'n' -> REFERENCE_NUMBER;
            default -> REFERENCE_OTHER;
        };
    }

    private static byte[] reference(String kind) {
        return ("{\"enc\":\"" + CIPHER_ID + "\",\"t\":\"" + kind + "\"}").getBytes(StandardCharsets.US_ASCII);
    }
}
