package org.ketnghia.core.ledger.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import org.ketnghia.core.json.IsoDates;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * Writes an envelope in its canonical form — the exact text {@link EventEnvelopeJson.Writer} writes — with a string
 * builder for the envelope and Jackson only for the payload: the envelope's own properties are most of an event's
 * text, and every stored and exported event is written (benchmark B5). The text is the same, character for
 * character; what it cannot write so — a text value that JSON escapes, which is rare in a ledger — it declines
 * (null), for the {@code Writer} to write.
 *
 * <p>Made only for a mapper whose envelope, actor and date writers are ketnghia's own and whose generator writes
 * plain JSON (no indentation, no escapes beyond JSON's own, numbers as numbers, no root wrapper): see {@link
 * #forMapper}.
 * Thread-safe: the last actor written is remembered, immutable, with its text.
 */
public final class CanonicalEnvelopeWriter {

    private static final String SEQUENCE = "{\"sequence\":";
    private static final String OCCURRED_ON = ",\"occurredOn\":\"";
    private static final String RECORDED_AT = "\",\"recordedAt\":\"";
    private static final String ACTOR = "\",\"actor\":";
    private static final String UNIT_CODE = ",\"unitCode\":\"";
    private static final String PROGRAMME_ID = ",\"programmeId\":\"";
    private static final String PAYLOAD_VERSION = ",\"payloadVersion\":";
    private static final String PAYLOAD = ",\"payload\":";
    private static final String PREVIOUS_HASH = ",\"previousHash\":\"";
    private static final String HASH = "\",\"hash\":\"";
    private static final String END = "\"}";

    private final ObjectWriter payloads;
    /** The last actor written, with its text; replaced as a whole, never changed. */
    private RememberedActor lastActor;

    private CanonicalEnvelopeWriter(ObjectWriter payloads) {
        this.payloads = payloads;
    }

    /**
     * The canonical writer for {@code envelopes} (the writer of envelopes of {@code mapper}); empty when the mapper
     * writes envelopes, actors or dates with writers other than ketnghia's, or its generator is set to write
     * otherwise than plain JSON.
     */
    public static Optional<CanonicalEnvelopeWriter> forMapper(ObjectMapper mapper, ObjectWriter envelopes) {
        requireNonNull(mapper, "mapper");
        requireNonNull(envelopes, "envelopes");
        try {
            JsonSerializer<Object> writer = mapper.getSerializerProviderInstance().findValueSerializer(EventEnvelope.class);
            if (!((Object) writer instanceof EventEnvelopeJson.Writer own) || !own.writesPartsAsKetnghia()
                    || !writesPlainJson(envelopes)) {
                return Optional.empty();
            }
        } catch (IOException unresolved) {
            return Optional.empty();
        }
        return Optional.of(new CanonicalEnvelopeWriter(envelopes.forType(LedgerEvent.class)));
    }

    private static boolean writesPlainJson(ObjectWriter envelopes) throws IOException {
        if (envelopes.getConfig().isEnabled(SerializationFeature.WRAP_ROOT_VALUE)
                || envelopes.getConfig().getFullRootName() != null) {
            return false;
        }
        try (JsonGenerator generator = envelopes.createGenerator(new StringWriter())) {
            return generator.getPrettyPrinter() == null && generator.getCharacterEscapes() == null
                    && generator.getHighestEscapedChar() == 0
                    && generator.isEnabled(JsonGenerator.Feature.QUOTE_FIELD_NAMES)
                    && !generator.isEnabled(JsonGenerator.Feature.ESCAPE_NON_ASCII)
                    && !generator.isEnabled(JsonGenerator.Feature.ESCAPE_FORWARD_SLASHES)
                    && !generator.isEnabled(JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS);
        }
    }

    /**
     * The envelope as the {@code Writer} writes it, or null when one of its text values would need an escape.
     *
     * @throws JsonProcessingException what Jackson throws writing the payload
     */
    public String write(EventEnvelope event) throws JsonProcessingException {
        RememberedActor actor = actorText(event.actor());
        if (actor == null) {
            return null;
        }
        String payload = event.recordedPayload().isPresent() ? event.recordedPayload().get().json()
                : payloads.writeValueAsString(event.payload());
        String sequence = Long.toString(event.sequence());
        char[] occurredOn = new char[IsoDates.MAX_LENGTH];
        int occurredOnLength = IsoDates.write(event.occurredOn(), occurredOn);
        char[] recordedAt = new char[IsoDates.MAX_LENGTH];
        int recordedAtLength = IsoDates.write(event.recordedAt(), recordedAt);
        if (occurredOnLength < 0 || recordedAtLength < 0) {
            return null; // a year beyond 9999: the Writer writes it
        }
        String programmeId = event.programmeId().orElse(null);
        int version = event.payloadVersion();
        String payloadVersion = version > 1 ? Integer.toString(version) : null;
        int length = SEQUENCE.length() + sequence.length() + OCCURRED_ON.length() + occurredOnLength + RECORDED_AT.length()
                + recordedAtLength + ACTOR.length() + actor.text().length() + UNIT_CODE.length() + event.unitCode().length()
                + 1 + (programmeId == null ? 0 : PROGRAMME_ID.length() + programmeId.length() + 1)
                + (payloadVersion == null ? 0 : PAYLOAD_VERSION.length() + payloadVersion.length()) + PAYLOAD.length()
                + payload.length() + PREVIOUS_HASH.length() + event.previousHash().length() + HASH.length()
                + event.hash().length() + END.length();
        char[] text = ScratchChars.take(length);
        try {
            int at = put(text, 0, SEQUENCE);
            at = put(text, at, sequence);
            at = put(text, at, OCCURRED_ON);
            System.arraycopy(occurredOn, 0, text, at, occurredOnLength);
            at = put(text, at + occurredOnLength, RECORDED_AT);
            System.arraycopy(recordedAt, 0, text, at, recordedAtLength);
            at = put(text, at + recordedAtLength, ACTOR);
            at = put(text, at, actor.text());
            at = putPlain(text, put(text, at, UNIT_CODE), event.unitCode());
            if (at < 0) {
                return null;
            }
            text[at++] = '"';
            if (programmeId != null) {
                at = putPlain(text, put(text, at, PROGRAMME_ID), programmeId);
                if (at < 0) {
                    return null;
                }
                text[at++] = '"';
            }
            if (payloadVersion != null) {
                at = put(text, at, PAYLOAD_VERSION);
                at = put(text, at, payloadVersion);
            }
            at = put(text, at, PAYLOAD);
            at = put(text, at, payload);
            at = putPlain(text, put(text, at, PREVIOUS_HASH), event.previousHash());
            at = at < 0 ? -1 : putPlain(text, put(text, at, HASH), event.hash());
            if (at < 0) {
                return null;
            }
            put(text, at, END);
            return new String(text, 0, length);
        } finally {
            ScratchChars.giveBack(text);
        }
    }

    private static int put(char[] text, int at, String value) {
        value.getChars(0, value.length(), text, at);
        return at + value.length();
    }

    /** {@link #put}, or -1 when {@code value} holds a character JSON escapes. */
    private static int putPlain(char[] text, int at, String value) {
        int end = put(text, at, value);
        for (int i = at; i < end; i++) {
            char c = text[i];
            if (c < 0x20 || c == '"' || c == '\\') {
                return -1;
            }
        }
        return end;
    }

    /** The actor's text as {@link ActorJson.Writer} writes it; null when one of its values would need an escape. */
    private RememberedActor actorText(Actor actor) {
        RememberedActor last = lastActor;
        if (last != null && (last.actor() == actor || last.actor().equals(actor))) {
            return last;
        }
        if (!plain(actor.id()) || !plain(actor.name()) || actor.scopeSponsor().isPresent() && !plain(actor.scopeSponsor().get())
                || actor.scopeUnit().isPresent() && !plain(actor.scopeUnit().get())) {
            return null;
        }
        StringBuilder text = new StringBuilder(64 + actor.id().length() + actor.name().length());
        text.append("{\"id\":\"").append(actor.id()).append("\",\"name\":\"").append(actor.name()).append("\",\"role\":\"")
                .append(actor.role().name()).append('"');
        if (actor.scopeSponsor().isPresent()) {
            text.append(",\"scopeSponsor\":\"").append(actor.scopeSponsor().get()).append('"');
        }
        if (actor.scopeUnit().isPresent()) {
            text.append(",\"scopeUnit\":\"").append(actor.scopeUnit().get()).append('"');
        }
        RememberedActor written = new RememberedActor(actor, text.append('}').toString());
        lastActor = written;
        return written;
    }

    /** Whether JSON writes {@code value} as it is: no quote, backslash or control character. */
    static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** An actor and its text. */
    private record RememberedActor(Actor actor, String text) {
    }
}
