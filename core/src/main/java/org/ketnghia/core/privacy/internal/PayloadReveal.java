package org.ketnghia.core.privacy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Reads the protected fields of a stored payload back, in both stored forms: one box per field ({@value
 * #FIELD_CIPHER_ID}, recorded before 6 December 2026) and one box per event ({@value EventSealer#CIPHER_ID}).
 * Each protected field becomes its value, or its stand-in when the subject was erased or there are no keys
 * (masked). Thread-safe.
 */
public final class PayloadReveal {

    /** The cipher id of fields sealed one box each. */
    public static final String FIELD_CIPHER_ID = "aes-gcm-1";

    private static final String ENC = "enc";
    private static final String SUBJECT = "subject";
    private static final String KIND = "t";
    private static final String CIPHERTEXT = "ct";

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
            openBox((ObjectNode) box, typeId, references,
                    ProtectedFields.subjectOf(payload).map(org.ketnghia.core.privacy.DataSubject::key));
        } else if (!references.isEmpty()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + EventSealer.BOX_PROPERTY,
                    "?", EventSealer.BOX_PROPERTY);
        }
        return payload;
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
        for (Iterator<JsonNode> elements = array.elements(); elements.hasNext(); ) {
            JsonNode element = elements.next();
            if (element.isObject()) {
                walk((ObjectNode) element, prefix, typeId, references);
            } else if (element.isArray()) {
                walkArray(element, prefix, typeId, references);
            }
        }
    }

    private static void setOrRemove(ObjectNode node, String name, Optional<JsonNode> value) {
        if (value.isPresent()) {
            node.set(name, value.get());
        } else {
            node.remove(name);
        }
    }

    private void openBox(ObjectNode box, String typeId, List<Reference> references, Optional<String> payloadSubject) {
        String subject = box.path(SUBJECT).asText();
        if (payloadSubject.isEmpty() || !payloadSubject.get().equals(subject)) {
            // the box names a subject other than the payload's own: a box moved from another household's event
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + EventSealer.BOX_PROPERTY,
                    subject, EventSealer.BOX_PROPERTY);
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
                    EventSealer.associatedData(subject, typeId, references));
            values = plain.readTree(opened);
            java.util.Arrays.fill(opened, (byte) 0);
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + EventSealer.BOX_PROPERTY,
                    subject, EventSealer.BOX_PROPERTY);
        }
        if (!(values instanceof ArrayNode array) || array.size() != references.size()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + EventSealer.BOX_PROPERTY,
                    subject, EventSealer.BOX_PROPERTY);
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
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
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
