package org.ketnghia.core.ledger.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.RecordedPayload;
import org.ketnghia.core.privacy.PayloadProtection;

/**
 * Reads an envelope written in its canonical form — exactly the text {@link EventEnvelopeJson.Writer} writes:
 * properties in their fixed order, no spaces, no escapes outside the payload — without a tokenizer for the
 * envelope: only the payload goes through Jackson. Every stored, exported and imported event is in this form,
 * and the envelope's own properties (two hashes, the actor, the dates) are most of an event's text (benchmark
 * B5).
 *
 * <p>It declines (empty) any text it cannot read so, which {@link EventEnvelopeJson.Reader} then reads with its
 * errors: another order, spaces, an escape, a missing or null property, a payload to upcast, a sealed payload
 * that {@link PayloadProtection#revealStored} does not read, anything that fails. What it reads is what the
 * {@code Reader} would read from the same text: the text is valid JSON only if its envelope matches the fixed
 * form and its payload is one JSON object, and then the values are the same.
 *
 * <p>Made only for a mapper whose envelope, actor and date readers are ketnghia's own and that reads no root
 * wrapper ({@link #forMapper}), so that a host's other choices are never bypassed. Thread-safe: the last actor read is remembered, immutable,
 * and an event by the same actor shares it.
 */
public final class CanonicalEnvelope {

    /** Longer texts are left to the {@code Reader}, which applies the mapper's limits on a text's length. */
    static final int MAX_LENGTH = 1 << 20;

    private static final char[] SEQUENCE = chars("{\"sequence\":");
    private static final char[] OCCURRED_ON = chars(",\"occurredOn\":\"");
    private static final char[] RECORDED_AT = chars(",\"recordedAt\":\"");
    private static final char[] ACTOR = chars(",\"actor\":");
    private static final char[] ACTOR_ID = chars("{\"id\":\"");
    private static final char[] ACTOR_NAME = chars(",\"name\":\"");
    private static final char[] ACTOR_ROLE = chars(",\"role\":\"");
    private static final char[] SCOPE_SPONSOR = chars(",\"scopeSponsor\":\"");
    private static final char[] SCOPE_UNIT = chars(",\"scopeUnit\":\"");
    private static final char[] CLOSE = chars("}");
    private static final char[] UNIT_CODE = chars(",\"unitCode\":\"");
    private static final char[] PROGRAMME_ID = chars(",\"programmeId\":\"");
    private static final char[] PAYLOAD_VERSION = chars(",\"payloadVersion\":");
    private static final char[] PAYLOAD = chars(",\"payload\":");
    /** Before the previous hash's value, its opening quote last. */
    private static final char[] PREVIOUS_HASH = chars(",\"previousHash\":\"");
    /** Between the two hashes: the previous hash's closing quote first, the hash's opening quote last. */
    private static final char[] HASH = chars("\",\"hash\":\"");
    private static final char[] END = chars("\"}");
    private static final char[] TYPE = chars("{\"type\":\"");
    private static final char[] MARKER = chars(PayloadProtection.MARKER);

    private final ObjectReader payloads;
    private final EventSchemas schemas;
    private final PayloadProtection protection;
    /** The last actor read, with its text; replaced as a whole, never changed. */
    private RememberedActor lastActor;

    private CanonicalEnvelope(ObjectReader payloads, EventSchemas schemas, PayloadProtection protection) {
        this.payloads = payloads;
        this.schemas = schemas;
        this.protection = protection;
    }

    /**
     * The canonical reader for {@code mapper}, binding payloads with {@code envelopes} (the reader of envelopes, with
     * its attributes); empty when the mapper reads envelopes, actors or dates with readers other than ketnghia's.
     *
     * @param protection what reveals sealed payloads; null when none was given
     */
    public static Optional<CanonicalEnvelope> forMapper(ObjectMapper mapper, ObjectReader envelopes,
            PayloadProtection protection) {
        requireNonNull(mapper, "mapper");
        requireNonNull(envelopes, "envelopes");
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        JsonDeserializer<?> reader;
        try {
            reader = context.findRootValueDeserializer(context.constructType(EventEnvelope.class));
        } catch (IOException unresolved) {
            return Optional.empty();
        }
        if (!(reader instanceof EventEnvelopeJson.Reader own) || !own.readsPartsAsKetnghia()
                || envelopes.getConfig().isEnabled(DeserializationFeature.UNWRAP_ROOT_VALUE)
                || envelopes.getConfig().getFullRootName() != null) {
            return Optional.empty();
        }
        EventSchemas schemas = mapper.getDeserializationConfig().getAttributes()
                .getAttribute(EventSchemas.ATTRIBUTE) instanceof EventSchemas declared ? declared : null;
        return Optional.of(new CanonicalEnvelope(envelopes.forType(LedgerEvent.class), schemas, protection));
    }

    /** The envelope {@code text} holds, or empty when it is not in the canonical form or cannot be read here. */
    public Optional<EventEnvelope> read(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        char[] chars = ScratchChars.take(text.length());
        try {
            text.getChars(0, text.length(), chars, 0);
            return Optional.ofNullable(parse(new EnvelopeCursor(chars, text.length())));
        } catch (IOException | RuntimeException unread) {
            return Optional.empty(); // the Reader reads it again and reports what is wrong in its own words
        } finally {
            ScratchChars.giveBack(chars);
        }
    }

    /**
     * The envelope at the cursor, its properties read from the start up to the payload, then the two hashes from the
     * end; null when the payload is left to the {@code Reader}.
     */
    private EventEnvelope parse(EnvelopeCursor in) throws IOException {
        in.expect(SEQUENCE);
        long sequence = in.integer(18);
        in.expect(OCCURRED_ON);
        LocalDate occurredOn = in.date();
        in.expect(RECORDED_AT);
        Instant recordedAt = in.instant();
        in.expect(ACTOR);
        Actor actor = actor(in);
        in.expect(UNIT_CODE);
        String unitCode = in.string();
        String programmeId = in.optionalString(PROGRAMME_ID);
        int version = 1;
        if (in.skip(PAYLOAD_VERSION)) {
            version = (int) in.integer(9);
            if (version < 0) {
                return null;
            }
        }
        in.expect(PAYLOAD);
        int payloadStart = in.at();
        int length = in.length();
        if (!EnvelopeCursor.startsWith(in.text(), length, length - END.length, END)) {
            return null;
        }
        int hashEnd = length - END.length;
        int hashStart = in.valueBefore(hashEnd, HASH, payloadStart);
        int previousEnd = hashStart - HASH.length;
        int previousStart = in.valueBefore(previousEnd, PREVIOUS_HASH, payloadStart);
        int payloadEnd = previousStart - PREVIOUS_HASH.length;
        char[] text = in.text();
        if (payloadEnd - payloadStart < 2 || text[payloadStart] != '{' || text[payloadEnd - 1] != '}') {
            return null;
        }
        Bound bound = bindPayload(in, payloadStart, payloadEnd, version);
        if (bound == null) {
            return null;
        }
        if (bound.recorded() == null) {
            EventEnvelopeJson.checkVersion(bound.payload(), version);
        }
        return new EventEnvelope(sequence, occurredOn, recordedAt, actor, unitCode, Optional.ofNullable(programmeId),
                bound.payload(), new String(text, previousStart, previousEnd - previousStart),
                new String(text, hashStart, hashEnd - hashStart), Optional.ofNullable(bound.recorded()));
    }

    /**
     * The payload in {@code [start, end)} bound to its type: directly, or revealed first when it holds sealed
     * fields; null when it is to be upcast, or sealed in a way only the {@code Reader} reads.
     */
    private Bound bindPayload(EnvelopeCursor in, int start, int end, int version) throws IOException {
        char[] text = in.text();
        if (in.holds(start, end, MARKER)) {
            return protection == null ? null : bindRevealed(new String(text, start, end - start), version);
        }
        if (schemas != null && schemas.hasUpcasters()) {
            String typeId = typeIdAt(text, start, end);
            if (typeId == null || schemas.mayUpcast(typeId)) {
                return null;
            }
        }
        try (JsonParser parser = payloads.createParser(text, start, end - start)) {
            LedgerEvent payload = payloads.readValue(parser);
            return payload == null || parser.nextToken() != null ? null : new Bound(payload, null);
        }
    }

    /** A sealed payload revealed as text ({@link PayloadProtection#revealStored}) and bound; kept as stored. */
    private Bound bindRevealed(String stored, int version) throws IOException {
        Optional<PayloadProtection.PlainPayload> plain = protection.revealStored(stored.getBytes(StandardCharsets.UTF_8));
        if (plain.isEmpty()) {
            return null;
        }
        byte[] json = plain.get().json();
        try {
            if (schemas != null && schemas.upcasts(plain.get().typeId(), version)) {
                return null;
            }
            try (JsonParser parser = payloads.createParser(json)) {
                LedgerEvent payload = payloads.readValue(parser);
                return payload == null || parser.nextToken() != null ? null
                        : new Bound(payload, new RecordedPayload(plain.get().typeId(), version, stored));
            }
        } finally {
            Arrays.fill(json, (byte) 0);
        }
    }

    /** The actor whose object is at the cursor, and past it: the last one read when its text is the same. */
    private Actor actor(EnvelopeCursor in) {
        RememberedActor last = lastActor;
        if (last != null && in.skipSame(last.text())) {
            return last.actor();
        }
        int start = in.at();
        in.expect(ACTOR_ID);
        String id = in.string();
        in.expect(ACTOR_NAME);
        String name = in.string();
        in.expect(ACTOR_ROLE);
        ActorRole role = ActorRole.valueOf(in.string()); // an unknown role fails: left to the Reader
        String scopeSponsor = in.optionalString(SCOPE_SPONSOR);
        String scopeUnit = in.optionalString(SCOPE_UNIT);
        in.expect(CLOSE);
        Actor actor = new Actor(id, name, role, Optional.ofNullable(scopeUnit), Optional.ofNullable(scopeSponsor));
        lastActor = new RememberedActor(Arrays.copyOfRange(in.text(), start, in.at()), actor);
        return actor;
    }

    /** The type id a payload in {@code [start, end)} starts with, or null. */
    private static String typeIdAt(char[] text, int start, int end) {
        EnvelopeCursor in = new EnvelopeCursor(text, start, end);
        return in.skip(TYPE) ? in.string() : null;
    }

    private static char[] chars(String literal) {
        return literal.toCharArray();
    }

    /** An actor and the text it was read from. */
    private record RememberedActor(char[] text, Actor actor) {
    }

    /** A payload bound, with its recorded form when it was stored sealed. */
    private record Bound(LedgerEvent payload, RecordedPayload recorded) {
    }
}
