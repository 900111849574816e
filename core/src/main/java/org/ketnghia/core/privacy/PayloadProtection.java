package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.privacy.internal.Aes;
import org.ketnghia.core.privacy.internal.ProtectedFields;

/**
 * Encrypts the personal fields of a payload before it is stored, and reads them back (field-level
 * encryption). A protected field's value is replaced in the stored JSON by
 * <pre>{@code {"enc":"aes-gcm-1","subject":"household:HN-012","t":"s","ct":"<base64 nonce, ciphertext, tag>"}}</pre>
 * encrypted with AES-256-GCM under the subject's key, with the subject, the field's path and the payload type
 * as associated data (so a ciphertext cannot be moved to another field or subject). {@code t} says what kind
 * of JSON value it hides ({@code s} text, {@code n} number, {@code o} anything else), so that an unreadable
 * field reads as a stand-in of its type: {@value #ERASED_TEXT} and {@code 0} for an erased subject (a name with a
 * short tag of its ciphertext after it, so that a household's members stay distinct), {@value
 * #MASKED_TEXT} and {@code 0} when read {@link #masked()}, and absent for anything else (the field is
 * optional: an ID number, a poverty classification).
 *
 * <p>The hash chain is computed over the stored bytes, so it verifies with or without the keys. Payloads
 * recorded in plain text are read as they are. Thread-safe.
 */
public final class PayloadProtection {

    /** Deserialization attribute under which the envelope reader finds the protection to read with. */
    public static final String ATTRIBUTE = "ketnghia.payload-protection";

    /** The cipher id of protected fields. */
    public static final String CIPHER_ID = "aes-gcm-1";

    /** Text every protected payload contains, by which readers know it (JSON is written without spaces). */
    public static final String MARKER = "{\"enc\":\"" + CIPHER_ID + "\"";

    /** What an erased text field reads as. */
    public static final String ERASED_TEXT = "[đã xóa]";

    /** What a protected text field reads as without the right to see it. */
    public static final String MASKED_TEXT = "[ẩn]";

    /** Each protected field's name as a JSON property's bytes, {@code "name":}. */
    private static final Map<String, byte[]> PROPERTY_BYTES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String ENC = "enc";
    private static final String SUBJECT = "subject";
    private static final String KIND = "t";
    private static final String CIPHERTEXT = "ct";

    /** Reads decrypted values, which are plain JSON (text, numbers, small objects), exactly. */
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Optional<SubjectKeys> keys;
    private final ProtectedFields fields = new ProtectedFields();

    private PayloadProtection(Optional<SubjectKeys> keys) {
        this.keys = keys;
    }

    /** Protection that encrypts and decrypts with {@code keys}. */
    public static PayloadProtection withKeys(SubjectKeys keys) {
        return new PayloadProtection(Optional.of(requireNonNull(keys, "keys")));
    }

    /**
     * Protection without keys, for auditors and the public: protected fields read masked, and nothing can be
     * recorded with it.
     */
    public static PayloadProtection masked() {
        return new PayloadProtection(Optional.empty());
    }

    /** The keys, when this protection has them. */
    public Optional<SubjectKeys> keys() {
        return keys;
    }

    /** Whether {@code payload} has fields to protect (a command held for approval: those of the command). */
    public boolean protects(LedgerEvent payload) {
        return keys.isPresent() && !namesFor(payload).isEmpty();
    }

    /**
     * Whether {@code json}, the payload as written, may hold a value of one of its protected fields: false when
     * none of their names appears in it as a property ({@code "name":}) other than with {@code null} (an absent
     * optional), so that it has nothing to encrypt. A cheap byte search, made before building the payload's tree.
     */
    public boolean mayHoldProtectedValues(LedgerEvent payload, byte[] json) {
        requireNonNull(json, "json");
        for (String name : namesFor(payload)) {
            if (holdsValue(json, PROPERTY_BYTES.computeIfAbsent(name,
                    n -> ("\"" + n + "\":").getBytes(StandardCharsets.UTF_8)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code property} ({@code "name":}) occurs in {@code text} followed by anything but {@code null}. */
    private static boolean holdsValue(byte[] text, byte[] property) {
        outer:
        for (int i = 0; i <= text.length - property.length; i++) {
            for (int j = 0; j < property.length; j++) {
                if (text[i + j] != property[j]) {
                    continue outer;
                }
            }
            int value = i + property.length;
            boolean isNull = value + 4 <= text.length && text[value] == 'n' && text[value + 1] == 'u'
                    && text[value + 2] == 'l' && text[value + 3] == 'l';
            if (!isNull) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes now the key of the data subject that {@code command} names, if the command carries personal fields and
     * the subject has no key yet, so that recording it does not have to: a new key is written to the key store, a
     * round trip and, on a durable store, a commit. The ledger calls this for a command that will wait for another
     * thread's group commit, so that the keys of many new subjects are written in parallel rather than one after
     * another inside the group. Does nothing for an erased subject (recording the command refuses it) or without
     * keys; the key store's {@code putIfAbsent} makes a race with the recording harmless.
     */
    public void prepareKeyFor(Command command, ObjectMapper mapper) {
        requireNonNull(command, "command");
        if (keys.isEmpty() || fields.of(command.getClass()).isEmpty()) {
            return;
        }
        Optional<DataSubject> subject = ProtectedFields.subjectOf((ObjectNode) mapper.valueToTree(command));
        if (subject.isPresent() && keys.get().forReading(subject.get().key()).isEmpty()
                && !keys.get().isErased(subject.get().key())) {
            keys.get().forWriting(subject.get().key());
        }
    }

    private Set<String> namesFor(LedgerEvent payload) {
        Set<String> names = fields.of(payload.getClass());
        if (payload instanceof ApprovalRequested held) {
            Set<String> ofCommand = fields.of(held.command().getClass());
            if (!ofCommand.isEmpty()) {
                java.util.Set<String> both = new java.util.HashSet<>(names);
                both.addAll(ofCommand);
                return Set.copyOf(both);
            }
        }
        return names;
    }

    /**
     * The JSON of {@code event} ({@code payload}, with its {@code "type"}) with its personal fields encrypted,
     * written by {@code mapper}; empty when it has none or names no data subject. A command held for approval
     * is protected as the event its command would record, under the command's subject.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_ERASED} when its subject was erased
     */
    public Optional<String> protect(LedgerEvent event, ObjectNode payload, ObjectMapper mapper) {
        requireNonNull(event, "event");
        requireNonNull(payload, "payload");
        Set<String> names = namesFor(event);
        if (keys.isEmpty() || names.isEmpty()) {
            return Optional.empty();
        }
        Optional<DataSubject> subject = ProtectedFields.subjectOf(payload);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        String subjectKey = subject.get().key();
        SecretKey key = keys.get().forWriting(subjectKey);
        String typeId = payload.path("type").asText();
        boolean changed = encrypt(payload, "", names, subjectKey, typeId, key, mapper);
        if (!changed) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.writeValueAsString(payload));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    private boolean encrypt(ObjectNode node, String prefix, Set<String> names, String subject, String typeId,
            SecretKey key, ObjectMapper mapper) {
        boolean changed = false;
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        for (Map.Entry<String, JsonNode> field : entries) {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (names.contains(field.getKey()) && !value.isNull() && !isProtected(value)) {
                node.set(field.getKey(), sealed(value, subject, path, typeId, key, mapper));
                changed = true;
            } else if (value.isObject()) {
                changed |= encrypt((ObjectNode) value, path + ".", names, subject, typeId, key, mapper);
            } else if (value.isArray()) {
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        changed |= encrypt((ObjectNode) element, path + ".", names, subject, typeId, key, mapper);
                    }
                }
            }
        }
        return changed;
    }

    private static ObjectNode sealed(JsonNode value, String subject, String path, String typeId, SecretKey key,
            ObjectMapper mapper) {
        byte[] plain;
        try {
            plain = mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
        ObjectNode box = mapper.createObjectNode();
        box.put(ENC, CIPHER_ID);
        box.put(SUBJECT, subject);
        box.put(KIND, value.isTextual() ? "s" : value.isNumber() ? "n" : "o");
        box.put(CIPHERTEXT, Base64.getEncoder().encodeToString(Aes.seal(key, plain, aad(subject, path, typeId))));
        return box;
    }

    /**
     * Replaces, in place, every encrypted field of {@code payload} (as stored, with its {@code "type"}) by its
     * value, or by its stand-in when the subject was erased or this protection is {@link #masked()}.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_CIPHERTEXT_ALTERED} for a ciphertext that does
     *     not authenticate; {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE} when the key store holds no
     *     key for a subject that was not erased
     */
    public ObjectNode reveal(ObjectNode payload) {
        requireNonNull(payload, "payload");
        reveal(payload, "", payload.path("type").asText(), PLAIN);
        return payload;
    }

    private void reveal(ObjectNode node, String prefix, String typeId, ObjectMapper mapper) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = node.get(name);
            String path = prefix + name;
            if (isProtected(value)) {
                Optional<JsonNode> plain = open((ObjectNode) value, path, typeId, mapper);
                if (plain.isPresent()) {
                    node.set(name, plain.get());
                } else {
                    node.remove(name);
                }
            } else if (value.isObject()) {
                reveal((ObjectNode) value, path + ".", typeId, mapper);
            } else if (value.isArray()) {
                for (Iterator<JsonNode> elements = value.elements(); elements.hasNext(); ) {
                    JsonNode element = elements.next();
                    if (element.isObject()) {
                        reveal((ObjectNode) element, path + ".", typeId, mapper);
                    }
                }
            }
        }
    }

    private Optional<JsonNode> open(ObjectNode box, String path, String typeId, ObjectMapper mapper) {
        String subject = box.path(SUBJECT).asText();
        String kind = box.path(KIND).asText();
        if (keys.isEmpty()) {
            return standIn(kind, MASKED_TEXT, mapper);
        }
        Optional<SecretKey> key = keys.get().forReading(subject);
        if (key.isEmpty()) {
            if (keys.get().isErased(subject)) {
                String leaf = path.substring(path.lastIndexOf('.') + 1);
                // an erased name keeps a tag of its ciphertext, so that members stay distinct: were they all alike,
                // an event naming one member (removed, new head) would match every member of the household
                return standIn(kind, ProtectedFields.NAME_FIELDS.contains(leaf)
                        ? ERASED_TEXT + " #" + tagOf(box.path(CIPHERTEXT).asText()) : ERASED_TEXT, mapper);
            }
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "subject",
                    "no key for subject " + subject + ", who was never erased");
        }
        try {
            byte[] plain = Aes.open(key.get(), Base64.getDecoder().decode(box.path(CIPHERTEXT).asText()),
                    aad(subject, path, typeId));
            return Optional.of(valueOf(plain, mapper));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED, "payload." + path, subject, path);
        }
    }

    /**
     * The JSON value of a decrypted field. Most are a plain string (a name, an ID number, an ethnicity code) or a
     * whole number (a birth year): read here without a parser, which cost as much as the decryption itself; any
     * other value, or a string with escapes, goes through {@code mapper}. Equal to {@code mapper.readTree(plain)}.
     */
    static JsonNode valueOf(byte[] plain, ObjectMapper mapper) throws IOException {
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

    /** Six hex digits of the SHA-256 of a ciphertext: distinct per field, revealing nothing of the value. */
    private static String tagOf(String ciphertext) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(ciphertext.getBytes(StandardCharsets.US_ASCII));
            return java.util.HexFormat.of().formatHex(digest, 0, 3);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static Optional<JsonNode> standIn(String kind, String text, ObjectMapper mapper) {
        return switch (kind) {
            case "s" -> Optional.of(mapper.getNodeFactory().textNode(text));
            case "n" -> Optional.of(mapper.getNodeFactory().numberNode(0));
            default -> Optional.empty();
        };
    }

    /** Whether {@code value} is an encrypted field. */
    public static boolean isProtected(JsonNode value) {
        return value != null && value.isObject() && CIPHER_ID.equals(value.path(ENC).asText(null));
    }

    /** Whether a stored payload or envelope (as JSON text) holds encrypted fields. */
    public static boolean holdsProtectedFields(String json) {
        return json.contains(MARKER);
    }

    private static byte[] aad(String subject, String path, String typeId) {
        return (subject + "\n" + typeId + "\n" + path).getBytes(StandardCharsets.UTF_8);
    }
}
