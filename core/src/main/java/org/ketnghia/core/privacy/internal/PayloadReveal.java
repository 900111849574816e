package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.util.Sha256;

/**
 * Reads the protected fields of a stored payload back, in both stored forms: one box per field ({@value
 * #FIELD_CIPHER_ID}, recorded before 6 December 2026) and one box per event ({@value EventSealer#CIPHER_ID}).
 * Each protected field becomes its value, or its stand-in when the subject was erased or there are no keys
 * (masked). An object inside an array with a box of its own (one that names its own subject, {@link EventSealer})
 * has its fields read with its own subject's key, each such object apart. Thread-safe.
 */
public final class PayloadReveal {

    /** The cipher id of fields sealed one box each. */
    public static final String FIELD_CIPHER_ID = "aes-gcm-1";

    private static final String ENC = "enc";
    private static final String SUBJECT = "subject";
    private static final String KIND = "t";
    private static final String CIPHERTEXT = "ct";
    /** The hexadecimal digits of a stand-in's tag: three bytes of the SHA-256. */
    private static final int TAG_LENGTH = 6;
    /** The box's member as {@link EventSealer} writes it, up to its value: {@code ,"sealed":}. */
    private static final byte[] BOX_MEMBER = (",\"" + EventSealer.BOX_PROPERTY + "\":").getBytes(StandardCharsets.US_ASCII);
    /** The box as {@link EventSealer} writes it, up to its subject. */
    private static final byte[] BOX_SUBJECT = ("{\"" + ENC + "\":\"" + EventSealer.CIPHER_ID + "\",\"" + SUBJECT + "\":\"")
            .getBytes(StandardCharsets.US_ASCII);
    /** The box as {@link EventSealer} writes it, from after its subject to its ciphertext. */
    private static final byte[] BOX_CIPHERTEXT = ("\",\"" + CIPHERTEXT + "\":\"").getBytes(StandardCharsets.US_ASCII);

    private final Optional<SubjectKeys> keys;
    private final String erasedText;
    private final String maskedText;
    private final ObjectMapper plain;

    /**
     * @param keys the keys to decrypt with; empty to read masked
     * @param erasedText what an erased text reads as
     * @param maskedText what a text read without keys reads as
     * @param plain reads decrypted values
     */
    public PayloadReveal(Optional<SubjectKeys> keys, String erasedText, String maskedText, ObjectMapper plain) {
        this.keys = keys;
        this.erasedText = erasedText;
        this.maskedText = maskedText;
        this.plain = plain;
    }

    /** Replaces, in place, every protected field of {@code payload} (with its {@code "type"}). */
    public ObjectNode reveal(ObjectNode payload) {
        String typeId = payload.path("type").asText();
        JsonNode box = payload.get(EventSealer.BOX_PROPERTY);
        List<Reference> references = new ArrayList<>();
        walk(payload, "", typeId, references);
        if (box != null && box.isObject() && EventSealer.CIPHER_ID.equals(box.path(ENC).asText(null))) {
            payload.remove(EventSealer.BOX_PROPERTY);
            openBox((ObjectNode) box, typeId, null, references,
                    ProtectedFields.subjectOf(payload).map(org.ketnghia.core.privacy.DataSubject::key));
        } else if (!references.isEmpty()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + EventSealer.BOX_PROPERTY,
                    "?", EventSealer.BOX_PROPERTY);
        }
        return payload;
    }

    /**
     * The payload {@code stored} holds, as the mapper wrote it before it was sealed, read without a tree: when it is in
     * the form {@link EventSealer} writes (one box, the payload's last property; references; no spaces), names the
     * subject its box names, and that subject's key opens the box. Empty otherwise — without keys, for an erased
     * subject, a payload in another form, or a box that does not open — for {@link #reveal} to read it, with its
     * stand-ins and its errors: this is only the fast way to the same payload.
     */
    public Optional<Revealed> revealStored(byte[] stored) {
        if (keys.isEmpty() || stored.length == 0 || stored[stored.length - 1] != '}') {
            return Optional.empty();
        }
        PayloadScan scan;
        try {
            scan = PayloadScan.ofStored(stored);
        } catch (IllegalArgumentException notJson) {
            return Optional.empty();
        }
        List<PayloadScan.Range> boxes = scan.fields();
        if (boxes.size() != 1 || !boxes.get(0).path().equals(EventSealer.BOX_PROPERTY) || scan.typeId() == null
                || scan.references().isEmpty()) {
            return Optional.empty();
        }
        PayloadScan.Range box = boxes.get(0);
        int member = box.start() - BOX_MEMBER.length;
        if (box.end() != stored.length - 1 || member < 0
                || !Arrays.equals(stored, member, box.start(), BOX_MEMBER, 0, BOX_MEMBER.length)) {
            return Optional.empty();
        }
        Optional<String> subject = scan.subject();
        int subjectStart = box.start() + BOX_SUBJECT.length;
        int subjectEnd = JsonBytes.closingQuote(stored, subjectStart);
        int ciphertextStart = subjectEnd + BOX_CIPHERTEXT.length;
        if (subject.isEmpty() || ciphertextStart >= box.end()
                || !Arrays.equals(stored, box.start(), subjectStart, BOX_SUBJECT, 0, BOX_SUBJECT.length)
                || !Arrays.equals(stored, subjectEnd, ciphertextStart, BOX_CIPHERTEXT, 0, BOX_CIPHERTEXT.length)
                || JsonBytes.indexOfQuote(stored, ciphertextStart, box.end()) != box.end() - 2
                || stored[box.end() - 1] != '}'
                || !subject.get().equals(PayloadScan.readText(stored, subjectStart, subjectEnd))) {
            return Optional.empty();
        }
        Optional<SecretKey> key = keys.get().forReading(subject.get());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] opened;
        int[] values;
        try {
            opened = Aes.open(key.get(), Base64.getDecoder().decode(Arrays.copyOfRange(stored, ciphertextStart,
                    box.end() - 2)), EventSealer.associatedData(subject.get(), scan.typeId(), scan.references()));
        } catch (GeneralSecurityException | IllegalArgumentException notOpened) {
            return Optional.empty();
        }
        try {
            values = PayloadScan.elementsOf(opened);
        } catch (IllegalArgumentException notValues) {
            Arrays.fill(opened, (byte) 0);
            return Optional.empty();
        }
        if (values.length != 2 * scan.references().size()) {
            Arrays.fill(opened, (byte) 0);
            return Optional.empty();
        }
        byte[] plain = spliced(stored, member, scan.references(), opened, values);
        Arrays.fill(opened, (byte) 0);
        return Optional.of(new Revealed(scan.typeId(), plain));
    }

    /**
     * A payload read back: its type id and its JSON as the mapper wrote it, with the values of its protected fields.
     *
     * @param typeId the payload's type id
     * @param json its JSON, UTF-8
     */
    public record Revealed(String typeId, byte[] json) {
    }

    /** {@code stored} up to its box member at {@code member}, each reference replaced by its value, closed. */
    private static byte[] spliced(byte[] stored, int member, List<PayloadScan.Range> references, byte[] opened,
            int[] values) {
        int length = member + 1;
        for (int index = 0; index < references.size(); index++) {
            PayloadScan.Range reference = references.get(index);
            length += values[2 * index + 1] - values[2 * index] - (reference.end() - reference.start());
        }
        byte[] plain = new byte[length];
        int written = 0;
        int copied = 0;
        for (int index = 0; index < references.size(); index++) {
            PayloadScan.Range reference = references.get(index);
            System.arraycopy(stored, copied, plain, written, reference.start() - copied);
            written += reference.start() - copied;
            int valueLength = values[2 * index + 1] - values[2 * index];
            System.arraycopy(opened, values[2 * index], plain, written, valueLength);
            written += valueLength;
            copied = reference.end();
        }
        System.arraycopy(stored, copied, plain, written, member - copied);
        plain[length - 1] = '}';
        return plain;
    }

    /** A field sealed in the event's box: where it is and what it hides. */
    private record Reference(ObjectNode parent, String name, String path, char kind) implements EventSealer.Field {
    }

    private void walk(ObjectNode node, String prefix, String typeId, List<Reference> references) {
        List<String> names = new ArrayList<>(node.size());
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = node.get(name);
            String path = prefix + name;
            if (value.isObject() && value.has(ENC)) {
                String cipher = value.path(ENC).asText("");
                if (cipher.equals(FIELD_CIPHER_ID)) {
                    setOrRemove(node, name, openField((ObjectNode) value, path, typeId));
                    continue;
                }
                if (cipher.equals(EventSealer.CIPHER_ID) && !(prefix.isEmpty() && name.equals(EventSealer.BOX_PROPERTY))) {
                    String kind = value.path(KIND).asText("");
                    references.add(new Reference(node, name, path, kind.length() == 1 ? kind.charAt(0) : 'o'));
                    continue;
                }
            }
            if (value.isObject()) {
                walk((ObjectNode) value, path + ".", typeId, references);
            } else if (value.isArray()) {
                walkArray(value, path + ".", typeId, references);
            }
        }
    }

    private void walkArray(JsonNode array, String prefix, String typeId, List<Reference> references) {
        int index = 0;
        for (Iterator<JsonNode> elements = array.elements(); elements.hasNext(); index++) {
            JsonNode element = elements.next();
            if (element.isObject() && isBox(element.get(EventSealer.BOX_PROPERTY))) {
                ObjectNode object = (ObjectNode) element;
                ObjectNode box = (ObjectNode) object.remove(EventSealer.BOX_PROPERTY);
                List<Reference> own = new ArrayList<>();
                walk(object, prefix, typeId, own);
                openBox(box, typeId, EventSealer.place(prefix, index), own,
                        ProtectedFields.ownSubjectOf(object).map(org.ketnghia.core.privacy.DataSubject::key));
            } else if (element.isObject()) {
                walk((ObjectNode) element, prefix, typeId, references);
            } else if (element.isArray()) {
                walkArray(element, prefix, typeId, references);
            }
        }
    }

    /** Whether {@code node} is a box as {@link EventSealer} writes one ({@code {"enc":"aes-gcm-2","subject":…}}). */
    private static boolean isBox(JsonNode node) {
        return node != null && node.isObject() && EventSealer.CIPHER_ID.equals(node.path(ENC).asText(null))
                && node.has(SUBJECT);
    }

    private static void setOrRemove(ObjectNode node, String name, Optional<JsonNode> value) {
        if (value.isPresent()) {
            node.set(name, value.get());
        } else {
            node.remove(name);
        }
    }

    /**
     * Opens the box of the payload ({@code place} null) or of the object at {@code place} inside an array, whose own
     * subject is {@code ownerSubject}, and puts each value (or stand-in) in place of its reference.
     */
    private void openBox(ObjectNode box, String typeId, String place, List<Reference> references,
            Optional<String> ownerSubject) {
        String subject = box.path(SUBJECT).asText();
        String field = "payload." + (place == null ? "" : place + ".") + EventSealer.BOX_PROPERTY;
        if (ownerSubject.isEmpty() || !ownerSubject.get().equals(subject)) {
            // the box names a subject other than the payload's (or the object's) own: a box moved from another's data
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, field, subject,
                    EventSealer.BOX_PROPERTY);
        }
        String ciphertext = box.path(CIPHERTEXT).asText();
        Optional<SecretKey> key = keyOf(subject);
        if (key.isEmpty()) {
            boolean masked = keys.isEmpty();
            for (int index = 0; index < references.size(); index++) {
                Reference reference = references.get(index);
                setOrRemove(reference.parent(), reference.name(), masked ? standIn(reference.kind(), maskedText)
                        : erased(reference.kind(), reference.path(), ciphertext + "#" + index));
            }
            return;
        }
        JsonNode values;
        try {
            byte[] opened = Aes.open(key.get(), Base64.getDecoder().decode(ciphertext),
                    EventSealer.associatedData(subject, typeId, place, references));
            values = plain.readTree(opened);
            java.util.Arrays.fill(opened, (byte) 0);
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, field, subject,
                    EventSealer.BOX_PROPERTY);
        }
        if (!(values instanceof ArrayNode array) || array.size() != references.size()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, field, subject,
                    EventSealer.BOX_PROPERTY);
        }
        for (int index = 0; index < references.size(); index++) {
            Reference reference = references.get(index);
            reference.parent().set(reference.name(), array.get(index));
        }
    }

    /** The key of {@code subject}; empty without keys (masked) or for an erased subject. */
    private Optional<SecretKey> keyOf(String subject) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Optional<SecretKey> key = keys.get().forReading(subject);
        if (key.isEmpty() && !keys.get().isErased(subject)) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "subject",
                    "no key for subject " + subject + ", who was never erased");
        }
        return key;
    }

    private Optional<JsonNode> openField(ObjectNode box, String path, String typeId) {
        String subject = box.path(SUBJECT).asText();
        String kind = box.path(KIND).asText();
        char kindChar = kind.isEmpty() ? 'o' : kind.charAt(0);
        Optional<SecretKey> key = keyOf(subject);
        if (key.isEmpty()) {
            return keys.isEmpty() ? standIn(kindChar, maskedText)
                    : erased(kindChar, path, box.path(CIPHERTEXT).asText());
        }
        try {
            byte[] opened = Aes.open(key.get(), Base64.getDecoder().decode(box.path(CIPHERTEXT).asText()),
                    (subject + "\n" + typeId + "\n" + path).getBytes(StandardCharsets.UTF_8));
            return Optional.of(valueOf(opened, plain));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + path, subject, path);
        }
    }

    /**
     * An erased field's stand-in. A name keeps a tag of {@code tagSource} (its ciphertext, with its place in the
     * box), so that members stay distinct: were they all alike, an event naming one member (removed, new head)
     * would match every member of the household.
     */
    private Optional<JsonNode> erased(char kind, String path, String tagSource) {
        String leaf = path.substring(path.lastIndexOf('.') + 1);
        return standIn(kind, ProtectedFields.NAME_FIELDS.contains(leaf) ? erasedText + " #" + tagOf(tagSource) : erasedText);
    }

    private static Optional<JsonNode> standIn(char kind, String text) {
        return switch (kind) {
            case 's' -> Optional.of(TextNode.valueOf(text));
            case 'n' -> Optional.of(IntNode.valueOf(0));
            default -> Optional.empty();
        };
    }

    /** Six hex digits of the SHA-256 of {@code text}: distinct per field, revealing nothing of the value. */
    private static String tagOf(String text) {
        return Sha256.hex(text).substring(0, TAG_LENGTH);
    }

    /**
     * The JSON value of a decrypted field. Most are a plain string (a name, an ID number, an ethnicity code) or a
     * whole number (a birth year): read here without a parser, which cost as much as the decryption itself; any
     * other value, or a string with escapes, goes through {@code mapper}. Equal to {@code mapper.readTree(plain)}.
     */
    public static JsonNode valueOf(byte[] plain, ObjectMapper mapper) throws IOException {
        int length = plain.length;
        if (length >= 2 && plain[0] == '"' && plain[length - 1] == '"') {
            for (int i = 1; i < length - 1; i++) {
                if (plain[i] == '\\' || plain[i] == '"' || (plain[i] >= 0 && plain[i] < 0x20)) {
                    return mapper.readTree(plain);
                }
            }
            return TextNode.valueOf(new String(plain, 1, length - 2, StandardCharsets.UTF_8));
        }
        if (length >= 1 && length <= 9 && (plain[0] != '0' || length == 1)) {
            int value = 0;
            for (byte digit : plain) {
                if (digit < '0' || digit > '9') {
                    return mapper.readTree(plain);
                }
                value = value * 10 + (digit - '0');
            }
            return IntNode.valueOf(value);
        }
        return mapper.readTree(plain);
    }
}
