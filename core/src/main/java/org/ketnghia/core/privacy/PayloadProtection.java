package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.privacy.internal.EventSealer;
import org.ketnghia.core.privacy.internal.PayloadReveal;
import org.ketnghia.core.privacy.internal.PropertyFinder;
import org.ketnghia.core.privacy.internal.ProtectedFields;

/**
 * Encrypts the personal fields of a payload before it is stored, and reads them back (field-level
 * encryption) with AES-256-GCM under the key of the payload's data subject. A payload is stored as its JSON with
 * each protected field's value replaced by a reference, and one box holding all of them added as its last property
 * {@code "sealed"} (cipher {@value #CIPHER_ID}):
 * <pre>{@code
 * {"type":"participant.household-registered","household":{"ethnicityCode":{"enc":"aes-gcm-2","t":"s"},"id":"HN-1",
 *  "members":[{"birthYear":{"enc":"aes-gcm-2","t":"n"},"fullName":{"enc":"aes-gcm-2","t":"s"},…}],…},
 *  "sealed":{"enc":"aes-gcm-2","subject":"household:HN-1","ct":"<base64 of nonce, ciphertext, tag>"}}
 * }</pre>
 * The box's plaintext is the JSON array of the protected values in document order (the order of the references);
 * its associated data is, one per line, {@code aes-gcm-2}, the subject, the payload's type id, and each sealed
 * field's dotted path (array elements add nothing to it) with its kind ({@code household.members.fullName:s}), so
 * that the box cannot be moved to another subject, event type or set of fields, nor a reference added, removed or
 * moved; and the box's subject must be the one the payload itself names (its household's or person's id), so that
 * a box copied from another household's event is refused too. One nonce, one GCM pass, one base64 per event,
 * written in one streaming pass over the plain JSON.
 *
 * <p>An object inside an array of the payload that names its own subject ({@code {"householdId":"HN-301","memberName":
 * …}}, one member present at a household's class among several households') has its protected fields sealed the same
 * way in a box of its own, under that subject's key, as its last property {@code "sealed"}; its associated data adds a
 * line {@code @participants[1]}, the object's place. Each reads with its own subject's key: erasing one household turns
 * only its objects' fields into stand-ins. {@link #revealStored} leaves such a payload to {@link #reveal}.
 *
 * <p>Ledgers recorded before 6 December 2026 store each protected field in a box of its own (cipher {@value
 * #FIELD_CIPHER_ID}), {@code {"enc":"aes-gcm-1","subject":"household:HN-012","t":"s","ct":"…"}}, with the subject, the
 * type id and the field's path, newline-separated, as associated data; they are read, erased and exported as ever.
 *
 * <p>A reference's {@code t} says what kind of JSON value it hides ({@code s} text, {@code n} number, {@code o}
 * anything else), so that an unreadable field reads as a stand-in of its type: {@value #ERASED_TEXT} and {@code 0}
 * for an erased subject (a name with a short tag after it, six hex digits of the SHA-256 of its box's ciphertext —
 * followed, for {@code aes-gcm-2}, by {@code #} and its index in the box — so that a household's members stay
 * distinct), {@value #MASKED_TEXT} and {@code 0} when read {@link #masked()}, and absent for anything else (the
 * field is optional: an ID number, a poverty classification).
 *
 * <p>The hash chain is computed over the stored bytes, so it verifies with or without the keys. Payloads
 * recorded in plain text are read as they are. Thread-safe.
 */
public final class PayloadProtection {

    /** Deserialization attribute under which the envelope reader finds the protection to read with. */
    public static final String ATTRIBUTE = "ketnghia.payload-protection";

    /** The cipher id of payloads recorded now: every protected field of an event in one box. */
    public static final String CIPHER_ID = EventSealer.CIPHER_ID;

    /** The cipher id of protected fields recorded before 6 December 2026: one box per field. */
    public static final String FIELD_CIPHER_ID = PayloadReveal.FIELD_CIPHER_ID;

    /**
     * Text every protected payload contains, in either form, by which readers know it (JSON is written without
     * spaces): the start of a reference or box of any {@code aes-gcm-} cipher.
     */
    public static final String MARKER = "{\"enc\":\"aes-gcm-";

    /** What an erased text field reads as. */
    public static final String ERASED_TEXT = "[đã xóa]";

    /** What a protected text field reads as without the right to see it. */
    public static final String MASKED_TEXT = "[ẩn]";

    /** A finder of the protected properties, by set of protected names (a held command's with its request's). */
    private static final Map<Set<String>, PropertyFinder> FINDERS = new ConcurrentHashMap<>();

    /** Reads decrypted values, which are plain JSON (text, numbers, small objects), exactly. */
    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Optional<SubjectKeys> keys;
    private final ProtectedFields fields = new ProtectedFields();
    private final PayloadReveal reveal;

    private PayloadProtection(Optional<SubjectKeys> keys) {
        this.keys = keys;
        this.reveal = new PayloadReveal(keys, ERASED_TEXT, MASKED_TEXT, PLAIN);
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
        return mayHoldProtectedValues(payload, json, requireNonNull(json, "json").length);
    }

    /** As {@link #mayHoldProtectedValues(LedgerEvent, byte[])}, for the JSON in the first {@code length} bytes of {@code json}. */
    public boolean mayHoldProtectedValues(LedgerEvent payload, byte[] json, int length) {
        requireNonNull(json, "json");
        PropertyFinder finder = payload instanceof ApprovalRequested
                ? FINDERS.computeIfAbsent(namesFor(payload), PropertyFinder::new) : fields.finderOf(payload.getClass());
        return finder.holdsValue(json, length);
    }

    /**
     * Makes now, in memory, the key of the data subject that {@code command} names, if the command carries personal
     * fields and the subject has no key yet ({@link SubjectKeys#forWriting}): pending until the next {@link
     * #flushPendingKeys}. Does nothing for an erased subject (recording the command refuses it) or without keys.
     */
    public void prepareKeyFor(Command command, ObjectMapper mapper) {
        prepareKeysFor(List.of(requireNonNull(command, "command")), mapper);
    }

    /**
     * As {@link #prepareKeyFor} for many commands, with one look-up in the key store for the subjects met first
     * ({@link SubjectKeys#prepare}): the ledger calls this for a group of commands recorded together, so that a
     * burst of new households costs one query rather than one per household.
     */
    public void prepareKeysFor(List<Command> commands, ObjectMapper mapper) {
        requireNonNull(commands, "commands");
        if (keys.isEmpty()) {
            return;
        }
        List<String> subjects = new ArrayList<>(commands.size());
        for (Command command : commands) {
            if (!fields.of(command.getClass()).isEmpty()) {
                ProtectedFields.subjectOf((ObjectNode) mapper.valueToTree(command))
                        .ifPresent(subject -> subjects.add(subject.key()));
            }
        }
        keys.get().prepare(subjects);
    }

    /**
     * Writes the keys made since the last flush to the key store, in one batch ({@link SubjectKeys#flushPending});
     * whoever makes durable what this protection sealed calls it first. Does nothing without keys.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEYS_NOT_PERSISTED}
     */
    public void flushPendingKeys() {
        keys.ifPresent(SubjectKeys::flushPending);
    }

    /** {@link SubjectKeys#flushPendingIfIdle}: a head start on the next flush, which never fails. Nothing without keys. */
    public void flushPendingKeysIfIdle() {
        keys.ifPresent(SubjectKeys::flushPendingIfIdle);
    }

    /**
     * Whether {@link #append} writes the keys in the transaction that appends the events to {@code events} ({@link
     * SubjectKeys#writesKeysInAppendsTo}); false without keys.
     */
    public boolean writesKeysInAppendsTo(EventStore events) {
        requireNonNull(events, "events");
        return keys.isPresent() && keys.get().writesKeysInAppendsTo(events);
    }

    /**
     * Appends {@code batch}, sealed with this protection, to {@code events} with the keys made while sealing it, so
     * that no event is ever durable while a key it needs is not: in the append's own transaction when the key store
     * shares the event store's database, written first otherwise ({@link SubjectKeys#append}). Without keys, the
     * events are appended as they are.
     *
     * @throws KetnghiaException as {@link SubjectKeys#append}
     */
    public void append(EventStore events, long expectedLastSequence, List<EventEnvelope> batch) {
        requireNonNull(events, "events");
        if (keys.isPresent()) {
            keys.get().append(events, expectedLastSequence, batch);
        } else {
            events.append(expectedLastSequence, batch);
        }
    }

    private Set<String> namesFor(LedgerEvent payload) {
        Set<String> names = fields.of(payload.getClass());
        if (payload instanceof ApprovalRequested held) {
            Set<String> ofCommand = fields.of(held.command().getClass());
            if (!ofCommand.isEmpty()) {
                Set<String> both = new HashSet<>(names);
                both.addAll(ofCommand);
                return Set.copyOf(both);
            }
        }
        return names;
    }

    /**
     * A payload as stored with its personal fields sealed.
     *
     * @param typeId the payload's type id
     * @param json its JSON as stored, UTF-8; the hash chain is computed over these bytes
     */
    public record Sealed(String typeId, byte[] json) {

        /** Checks that no part is missing. */
        public Sealed {
            requireNonNull(typeId, "typeId");
            requireNonNull(json, "json");
        }

        /** The stored JSON as text. */
        public String text() {
            return new String(json, StandardCharsets.UTF_8);
        }
    }

    /**
     * {@code plain}, the JSON of {@code event} as the ledger's mapper wrote it (compact, with its {@code "type"}),
     * with its personal fields sealed in one box ({@value #CIPHER_ID}, see above), in one streaming pass; empty when it
     * holds none or names no data subject. A command held for approval is protected as the event its command would
     * record, under the command's subject.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_ERASED} when its subject was erased
     */
    public Optional<Sealed> protect(LedgerEvent event, byte[] plain) {
        requireNonNull(event, "event");
        requireNonNull(plain, "plain");
        Set<String> names = namesFor(event);
        if (keys.isEmpty() || names.isEmpty()) {
            return Optional.empty();
        }
        return EventSealer.seal(plain, names, keys.get()::forWriting).map(sealed -> new Sealed(sealed.typeId(), sealed.json()));
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
        return reveal.reveal(payload);
    }

    /**
     * The payload {@code stored} (as stored, with its {@code "type"}) holds, as JSON with its personal fields' values,
     * read without a tree: the fast way to what {@link #reveal} gives, for a payload sealed in one box ({@value
     * #CIPHER_ID}) as the ledger writes it, whose subject's key this protection has. Empty for any other payload —
     * fields sealed one box each, an erased subject, {@link #masked()}, a box that does not open — which {@link
     * #reveal} reads, with its stand-ins and its errors.
     *
     * @param stored the payload's JSON as stored, UTF-8
     */
    public Optional<PlainPayload> revealStored(byte[] stored) {
        requireNonNull(stored, "stored");
        return reveal.revealStored(stored).map(revealed -> new PlainPayload(revealed.typeId(), revealed.json()));
    }

    /**
     * A payload with its personal fields' values, as the ledger's mapper wrote it before sealing them.
     *
     * @param typeId the payload's type id
     * @param json its JSON, UTF-8
     */
    public record PlainPayload(String typeId, byte[] json) {

        /** Checks that no part is missing. */
        public PlainPayload {
            requireNonNull(typeId, "typeId");
            requireNonNull(json, "json");
        }
    }

    /**
     * The JSON value of a decrypted field: equal to {@code mapper.readTree(plain)}, and cheaper for a plain string
     * or a whole number.
     */
    static JsonNode valueOf(byte[] plain, ObjectMapper mapper) throws IOException {
        return PayloadReveal.valueOf(plain, mapper);
    }

    /**
     * Whether payloads of {@code type} have fields that an encrypted ledger seals (an accessor marked {@code @Sensitive}
     * reachable from it, or people's names), whatever their values: false means that every field of such a payload is
     * stored in the clear, and reads the same with or without the keys.
     */
    public static boolean sealsFieldsOf(Class<?> type) {
        requireNonNull(type, "type");
        return !TYPE_FIELDS.of(type).isEmpty();
    }

    /** The protected fields of each payload type, for {@link #sealsFieldsOf}. */
    private static final ProtectedFields TYPE_FIELDS = new ProtectedFields();

    /** Whether a stored payload or envelope (as JSON text) holds encrypted fields. */
    public static boolean holdsProtectedFields(String json) {
        return json.contains(MARKER);
    }
}
