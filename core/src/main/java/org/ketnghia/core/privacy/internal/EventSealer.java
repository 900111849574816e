package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;

/**
 * Seals the protected fields of a payload's JSON, as the mapper wrote it (compact), in one box per event (cipher
 * {@value #CIPHER_ID}): one streaming pass of a Jackson parser over the plain bytes finds the protected values, the
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

    /** The subject's sources, in the order of preference: {@link ProtectedFields#SUBJECT_SOURCES}. */
    private static final List<String> SUBJECT_SOURCES = ProtectedFields.SUBJECT_SOURCES;
    private static final String HELD_COMMAND = "command.";

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
     * a payload's compact JSON with its {@code "type"} first, under the key {@code keyFor} gives for its subject.
     *
     * @return empty when it holds no such value or names no data subject
     * @throws IOException when {@code plain} is not JSON
     */
    public static Optional<Sealed> seal(JsonFactory factory, byte[] plain, Set<String> names,
            Function<String, SecretKey> keyFor) throws IOException {
        Scan scan = scan(factory, plain, names);
        if (scan.fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> subject = scan.subject();
        if (subject.isEmpty() || scan.typeId == null) {
            return Optional.empty();
        }
        SecretKey key = keyFor.apply(subject.get());
        byte[] values = scan.values(plain);
        byte[] box = Aes.seal(key, values, associatedData(subject.get(), scan.typeId, scan.fields));
        Arrays.fill(values, (byte) 0);
        return Optional.of(new Sealed(scan.typeId, subject.get(), stored(plain, scan.fields, subject.get(), box)));
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

    private static byte[] stored(byte[] plain, List<Range> fields, String subject, byte[] box) {
        byte[] ciphertext = Base64.getEncoder().encode(box);
        byte[] subjectText = JsonStringEncoder.getInstance().quoteAsUTF8(subject);
        int length = plain.length + BOX_START.length + subjectText.length + BOX_CIPHERTEXT.length + ciphertext.length
                + BOX_END.length - 1;
        for (Range field : fields) {
            length += reference(field.kind).length - (field.end - field.start);
        }
        byte[] out = new byte[length];
        int written = 0;
        int copied = 0;
        for (Range field : fields) {
            written = put(out, written, plain, copied, field.start - copied);
            byte[] reference = reference(field.kind);
            written = put(out, written, reference, 0, reference.length);
            copied = field.end;
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

    private static Scan scan(JsonFactory factory, byte[] plain, Set<String> names) throws IOException {
        Scan scan = new Scan();
        try (JsonParser parser = factory.createParser(plain)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || plain[plain.length - 1] != '}') {
                throw new IOException("a payload is a JSON object");
            }
            scan.walkObject(parser, plain, "", names);
        }
        return scan;
    }

    /** A protected value's bytes in the plain JSON, {@code [start, end)}. */
    private record Range(String path, char kind, int start, int end) implements Field {
    }

    /** What one pass over a payload found. */
    private static final class Scan {
        String typeId;
        final List<Range> fields = new ArrayList<>(8);
        final String[] subjects = new String[SUBJECT_SOURCES.size() * 2];

        void walkObject(JsonParser parser, byte[] plain, String prefix, Set<String> names) throws IOException {
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (names.contains(name)) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    int end = endOfValue(plain, start);
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                    fields.add(new Range(prefix + name, value == JsonToken.VALUE_STRING ? 's'
                            : value.isNumeric() ? 'n' : 'o', start, end));
                } else if (value == JsonToken.START_OBJECT) {
                    walkObject(parser, plain, prefix + name + ".", names);
                } else if (value == JsonToken.START_ARRAY) {
                    walkArray(parser, plain, prefix + name + ".", names);
                } else if (value == JsonToken.VALUE_STRING) {
                    noteScalar(parser, prefix, name);
                }
            }
        }

        void walkArray(JsonParser parser, byte[] plain, String prefix, Set<String> names) throws IOException {
            for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
                if (element == JsonToken.START_OBJECT) {
                    walkObject(parser, plain, prefix, names);
                } else if (element == JsonToken.START_ARRAY) {
                    walkArray(parser, plain, prefix, names);
                }
            }
        }

        /** Keeps the type id and the texts the subject may be read from (a held command's too). */
        private void noteScalar(JsonParser parser, String prefix, String name) throws IOException {
            if (prefix.isEmpty() && name.equals("type")) {
                typeId = typeId == null ? parser.getText() : typeId;
                return;
            }
            if (prefix.length() > HELD_COMMAND.length() + "household.".length()) {
                return;
            }
            String path = prefix + name;
            int offset = 0;
            if (path.startsWith(HELD_COMMAND)) {
                path = path.substring(HELD_COMMAND.length());
                offset = SUBJECT_SOURCES.size();
            }
            int source = SUBJECT_SOURCES.indexOf(path);
            if (source >= 0 && subjects[offset + source] == null) {
                String text = parser.getText();
                subjects[offset + source] = text.isBlank() ? null : text;
            }
        }

        Optional<String> subject() {
            for (int held = 0; held <= SUBJECT_SOURCES.size(); held += SUBJECT_SOURCES.size()) {
                for (int source = 0; source < SUBJECT_SOURCES.size(); source++) {
                    String id = subjects[held + source];
                    if (id != null) {
                        return Optional.of(ProtectedFields.subjectFrom(source, id).key());
                    }
                }
            }
            return Optional.empty();
        }

        /** The sealed values as one JSON array, in document order. */
        byte[] values(byte[] plain) {
            int length = 1 + fields.size();
            for (Range field : fields) {
                length += field.end - field.start;
            }
            byte[] values = new byte[length];
            values[0] = '[';
            int at = 1;
            for (Range field : fields) {
                at = put(values, at, plain, field.start, field.end - field.start);
                values[at++] = ',';
            }
            values[length - 1] = ']';
            return values;
        }
    }

    /** Where the JSON value starting at {@code start} of compact {@code json} ends (exclusive). */
    static int endOfValue(byte[] json, int start) {
        byte first = json[start];
        if (first == '"') {
            return endOfString(json, start);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            for (int i = start; i < json.length; i++) {
                byte b = json[i];
                if (b == '"') {
                    i = endOfString(json, i) - 1;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if ((b == '}' || b == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("an unclosed JSON value at " + start);
        }
        int i = start;
        while (i < json.length && json[i] != ',' && json[i] != '}' && json[i] != ']' && json[i] > ' ') {
            i++;
        }
        return i;
    }

    private static int endOfString(byte[] json, int quote) {
        for (int i = quote + 1; i < json.length; i++) {
            if (json[i] == '\\') {
                i++;
            } else if (json[i] == '"') {
                return i + 1;
            }
        }
        throw new IllegalStateException("an unclosed JSON string at " + quote);
    }
}
