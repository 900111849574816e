package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
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
 * See {@link org.ketnghia.core.privacy.PayloadProtection} for the layout.
 *
 * <p>An object inside an array that names a subject of its own ({@code {"householdId":"HN-301","memberName":…}} in a
 * household's attendance) has its protected values sealed the same way in a box of its own, under its subject's key,
 * appended as that object's last property {@value #BOX_PROPERTY}; its associated data has one more line, the object's
 * place ({@code participants[1]}). The payload's box, if any, holds the other values. Stateless and thread-safe.
 */
public final class EventSealer {

    /** The cipher id of payloads sealed in one box. */
    public static final String CIPHER_ID = "aes-gcm-2";
    /** The payload property that holds the box. */
    public static final String BOX_PROPERTY = "sealed";
    /** Starts the line of an object's place in the associated data of its box; no field path starts so. */
    private static final String ELEMENT_PLACE = "@";

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
     * @param subjects the data subjects whose keys sealed it: the payload's own first, if it sealed any of its values
     * @param json the stored JSON, UTF-8
     */
    public record Sealed(String typeId, List<String> subjects, byte[] json) {
    }

    /**
     * Seals the values of the fields named {@code names} (at any depth, other than {@code null}) in {@code plain},
     * a payload's JSON object with its {@code "type"} and its closing brace last, under the key {@code keyFor} gives
     * for its subject.
     *
     * The values inside an object of an array that names its own subject are sealed under that subject's key, in
     * that object's box; the others under the payload's subject's, in the payload's box. Values of a payload that
     * names no subject, outside such objects, stay as they are.
     *
     * @return empty when it holds no such value to seal (or names no data subject for them)
     * @throws IllegalArgumentException when {@code plain} is not one JSON object
     */
    public static Optional<Sealed> seal(byte[] plain, Set<String> names, Function<String, SecretKey> keyFor) {
        if (plain.length == 0 || plain[plain.length - 1] != '}') {
            throw new IllegalArgumentException("a payload to seal ends with its closing brace");
        }
        PayloadScan scan = PayloadScan.of(plain, names);
        String typeId = scan.typeId();
        Optional<String> subject = scan.subject();
        boolean sealsOwn = !scan.fields().isEmpty() && subject.isPresent();
        if (typeId == null || !sealsOwn && scan.elements().isEmpty()) {
            return Optional.empty();
        }
        List<Edit> edits = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        if (sealsOwn) {
            byte[] box = box(plain, scan.fields(), keyFor.apply(subject.get()),
                    associatedData(subject.get(), typeId, scan.fields()));
            addBox(edits, scan.fields(), plain.length - 1, subject.get(), box);
            subjects.add(subject.get());
        }
        for (PayloadScan.Element element : scan.elements()) {
            byte[] box = box(plain, element.fields(), keyFor.apply(element.subject()),
                    associatedData(element.subject(), typeId, element.place(), element.fields()));
            addBox(edits, element.fields(), element.closingBrace(), element.subject(), box);
            if (!subjects.contains(element.subject())) {
                subjects.add(element.subject());
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        return Optional.of(new Sealed(typeId, List.copyOf(subjects), stored(plain, edits)));
    }

    /** The values {@code fields} of {@code plain}, sealed in one box under {@code key}. */
    private static byte[] box(byte[] plain, List<PayloadScan.Range> fields, SecretKey key, byte[] associatedData) {
        byte[] values = values(plain, fields);
        byte[] box = Aes.seal(key, values, associatedData);
        Arrays.fill(values, (byte) 0);
        return box;
    }

    /**
     * The edits of one box: each value replaced by its reference, and the box inserted as the last member of the object
     * whose closing brace is at {@code closingBrace}.
     */
    private static void addBox(List<Edit> edits, List<PayloadScan.Range> fields, int closingBrace, String subject,
            byte[] box) {
        for (PayloadScan.Range field : fields) {
            edits.add(new Edit(field.start(), field.end(), reference(field.kind())));
        }
        edits.add(new Edit(closingBrace, closingBrace, boxMember(subject, box)));
    }

    /** The bytes {@code [start, end)} of the plain JSON replaced by {@code bytes}. */
    private record Edit(int start, int end, byte[] bytes) {
    }

    /**
     * The place of the {@code index}-th object of the array whose fields' path prefix is {@code arrayPrefix}
     * ({@code "participants."} and 1 give {@code participants[1]}), as its box's associated data names it: the sealer
     * and the reader build it here alike, or the box would not open.
     */
    static String place(String arrayPrefix, int index) {
        return arrayPrefix.substring(0, arrayPrefix.length() - 1) + "[" + index + "]";
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
     * The associated data of a payload's box: the cipher id, the subject, the type id and each sealed field's path with
     * its kind ({@code household.members.fullName:s}), one per line, in document order.
     */
    public static byte[] associatedData(String subject, String typeId, List<? extends Field> fields) {
        return associatedData(subject, typeId, null, fields);
    }

    /**
     * The associated data of the box of an object inside an array that names its own subject: as a payload's, with the
     * object's place ({@code participants[1]}) on a line after the type id, so that boxes cannot be swapped between two
     * objects of the same subject. {@code place} null for a payload's box.
     */
    public static byte[] associatedData(String subject, String typeId, String place, List<? extends Field> fields) {
        StringBuilder text = new StringBuilder(64 + fields.size() * 32).append(CIPHER_ID).append('\n').append(subject)
                .append('\n').append(typeId);
        if (place != null) {
            text.append('\n').append(ELEMENT_PLACE).append(place);
        }
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

    /** {@code plain} with {@code edits} (in order, none overlapping) made. */
    private static byte[] stored(byte[] plain, List<Edit> edits) {
        int length = plain.length;
        for (Edit edit : edits) {
            length += edit.bytes().length - (edit.end() - edit.start());
        }
        byte[] out = new byte[length];
        int written = 0;
        int copied = 0;
        for (Edit edit : edits) {
            written = put(out, written, plain, copied, edit.start() - copied);
            written = put(out, written, edit.bytes(), 0, edit.bytes().length);
            copied = edit.end();
        }
        written = put(out, written, plain, copied, plain.length - copied);
        if (written != out.length) {
            throw new IllegalStateException("sealed payload length " + written + " != " + out.length);
        }
        return out;
    }

    /** The member {@code ,"sealed":{"enc":"aes-gcm-2","subject":…,"ct":…}} holding {@code box}. */
    private static byte[] boxMember(String subject, byte[] box) {
        byte[] ciphertext = Base64.getEncoder().encode(box);
        byte[] subjectText = JsonStringEncoder.getInstance().quoteAsUTF8(subject);
        byte[] member = new byte[BOX_START.length + subjectText.length + BOX_CIPHERTEXT.length + ciphertext.length
                + BOX_END.length - 1];
        int written = put(member, 0, BOX_START, 0, BOX_START.length);
        written = put(member, written, subjectText, 0, subjectText.length);
        written = put(member, written, BOX_CIPHERTEXT, 0, BOX_CIPHERTEXT.length);
        written = put(member, written, ciphertext, 0, ciphertext.length);
        put(member, written, BOX_END, 0, BOX_END.length - 1); // the object's own closing brace follows
        return member;
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
