package org.ketnghia.core.ledger.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
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
import org.ketnghia.core.json.internal.FastDates;
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
 * <p>Made only for a mapper whose envelope, actor and date readers are ketnghia's own ({@link #forMapper}), so
 * that a host's other choices are never bypassed. Thread-safe: the last actor read is remembered, immutable,
 * and an event by the same actor shares it.
 */
public final class CanonicalEnvelope {

    /** Longer texts are left to the {@code Reader}, which applies the mapper's limits on a text's length. */
    static final int MAX_LENGTH = 1 << 20;

    private static final char[] SEQUENCE = chars("{\"sequence\":");
    private static final char[] OCCURRED_ON = chars(",\"occurredOn\":\"");
    private static final char[] RECORDED_AT = chars("\",\"recordedAt\":\"");
    private static final char[] ACTOR = chars("\",\"actor\":");
    private static final char[] ACTOR_ID = chars("{\"id\":\"");
    private static final char[] ACTOR_NAME = chars("\",\"name\":\"");
    private static final char[] ACTOR_ROLE = chars("\",\"role\":\"");
    private static final char[] SCOPE_SPONSOR = chars(",\"scopeSponsor\":\"");
    private static final char[] SCOPE_UNIT = chars(",\"scopeUnit\":\"");
    private static final char[] UNIT_CODE = chars(",\"unitCode\":\"");
    private static final char[] PROGRAMME_ID = chars(",\"programmeId\":\"");
    private static final char[] PAYLOAD_VERSION = chars(",\"payloadVersion\":");
    private static final char[] PAYLOAD = chars(",\"payload\":");
    private static final char[] PREVIOUS_HASH = chars(",\"previousHash\":\"");
    private static final char[] HASH = chars("\",\"hash\":\"");
    private static final char[] END = chars("\"}");
    private static final char[] TYPE = chars("{\"type\":\"");
    private static final char[] MARKER = chars(PayloadProtection.MARKER);
    private static final char[][] ROLES = Arrays.stream(ActorRole.values()).map(role -> chars(role.name()))
            .toArray(char[][]::new);

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
        if (!(reader instanceof EventEnvelopeJson.Reader own) || !own.readsPartsAsKetnghia()) {
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
            return Optional.ofNullable(parse(text, chars, text.length()));
        } catch (IOException | RuntimeException unread) {
            return Optional.empty(); // the Reader reads it again and reports what is wrong in its own words
        } finally {
            ScratchChars.giveBack(chars);
        }
    }

    /** The envelope in {@code text[0, length)}, which holds {@code source}; null when not in the canonical form. */
    private EventEnvelope parse(String source, char[] text, int length) throws IOException {
        if (!startsWith(text, length, 0, SEQUENCE)) {
            return null;
        }
        int at = SEQUENCE.length;
        int end = integerEnd(text, length, at, 18);
        if (end < 0 || !startsWith(text, length, end, OCCURRED_ON)) {
            return null;
        }
        long sequence = Long.parseLong(source, at, end, 10);
        at = end + OCCURRED_ON.length;
        end = stringEnd(text, length, at);
        LocalDate occurredOn = end < 0 ? null : FastDates.date(text, at, end);
        if (occurredOn == null || !startsWith(text, length, end, RECORDED_AT)) {
            return null;
        }
        at = end + RECORDED_AT.length;
        end = stringEnd(text, length, at);
        Instant recordedAt = end < 0 ? null : FastDates.instant(text, at, end);
        if (recordedAt == null || !startsWith(text, length, end, ACTOR)) {
            return null;
        }
        at = end + ACTOR.length;
        RememberedActor actor = actorAt(text, length, at);
        if (actor == null || !startsWith(text, length, at + actor.text().length, UNIT_CODE)) {
            return null;
        }
        at += actor.text().length + UNIT_CODE.length;
        end = stringEnd(text, length, at);
        if (end < 0) {
            return null;
        }
        String unitCode = new String(text, at, end - at);
        at = end + 1;
        String programmeId = null;
        if (startsWith(text, length, at, PROGRAMME_ID)) {
            at += PROGRAMME_ID.length;
            end = stringEnd(text, length, at);
            if (end < 0) {
                return null;
            }
            programmeId = new String(text, at, end - at);
            at = end + 1;
        }
        int version = 1;
        if (startsWith(text, length, at, PAYLOAD_VERSION)) {
            at += PAYLOAD_VERSION.length;
            end = integerEnd(text, length, at, 9);
            if (end < 0 || text[at] == '-') {
                return null;
            }
            version = Integer.parseInt(source, at, end, 10);
            at = end;
        }
        if (!startsWith(text, length, at, PAYLOAD)) {
            return null;
        }
        int payloadStart = at + PAYLOAD.length;
        // from the end: ,"previousHash":"…","hash":"…"}
        if (!startsWith(text, length, length - END.length, END)) {
            return null;
        }
        int hashEnd = length - END.length;
        int hashStart = openingQuote(text, hashEnd) + 1;
        if (hashStart <= payloadStart || !startsWith(text, length, hashStart - HASH.length, HASH)) {
            return null;
        }
        int previousEnd = hashStart - HASH.length;
        int previousStart = openingQuote(text, previousEnd) + 1;
        if (previousStart <= payloadStart || !startsWith(text, length, previousStart - PREVIOUS_HASH.length, PREVIOUS_HASH)) {
            return null;
        }
        int payloadEnd = previousStart - PREVIOUS_HASH.length;
        if (payloadEnd - payloadStart < 2 || text[payloadStart] != '{' || text[payloadEnd - 1] != '}') {
            return null;
        }
        Bound bound = bindPayload(text, length, payloadStart, payloadEnd, version);
        if (bound == null) {
            return null;
        }
        if (bound.recorded() == null) {
            EventEnvelopeJson.checkVersion(bound.payload(), version);
        }
        return new EventEnvelope(sequence, occurredOn, recordedAt, actor.actor(), unitCode,
                Optional.ofNullable(programmeId), bound.payload(), new String(text, previousStart, previousEnd - previousStart),
                new String(text, hashStart, hashEnd - hashStart), Optional.ofNullable(bound.recorded()));
    }

    /**
     * The payload in {@code [start, end)} bound to its type: directly, or revealed first when it holds sealed
     * fields; null when it is to be upcast, or sealed in a way only the {@code Reader} reads.
     */
    private Bound bindPayload(char[] text, int length, int start, int end, int version) throws IOException {
        if (indexOf(text, start, end, MARKER) >= 0) {
            return protection == null ? null : bindRevealed(new String(text, start, end - start), version);
        }
        if (schemas != null && schemas.hasUpcasters()) {
            String typeId = typeIdAt(text, length, start, end);
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

    /** The actor whose object starts at {@code at}, with its text; null when not in the canonical form. */
    private RememberedActor actorAt(char[] text, int length, int at) {
        RememberedActor last = lastActor;
        if (last != null && at + last.text().length <= length
                && Arrays.equals(text, at, at + last.text().length, last.text(), 0, last.text().length)) {
            return last;
        }
        if (!startsWith(text, length, at, ACTOR_ID)) {
            return null;
        }
        int from = at + ACTOR_ID.length;
        int end = stringEnd(text, length, from);
        if (end < 0 || !startsWith(text, length, end, ACTOR_NAME)) {
            return null;
        }
        String id = new String(text, from, end - from);
        from = end + ACTOR_NAME.length;
        end = stringEnd(text, length, from);
        if (end < 0 || !startsWith(text, length, end, ACTOR_ROLE)) {
            return null;
        }
        String name = new String(text, from, end - from);
        from = end + ACTOR_ROLE.length;
        end = stringEnd(text, length, from);
        ActorRole role = end < 0 ? null : role(text, length, from, end);
        if (role == null) {
            return null;
        }
        from = end + 1;
        String scopeSponsor = null;
        if (startsWith(text, length, from, SCOPE_SPONSOR)) {
            from += SCOPE_SPONSOR.length;
            end = stringEnd(text, length, from);
            if (end < 0) {
                return null;
            }
            scopeSponsor = new String(text, from, end - from);
            from = end + 1;
        }
        String scopeUnit = null;
        if (startsWith(text, length, from, SCOPE_UNIT)) {
            from += SCOPE_UNIT.length;
            end = stringEnd(text, length, from);
            if (end < 0) {
                return null;
            }
            scopeUnit = new String(text, from, end - from);
            from = end + 1;
        }
        if (from >= length || text[from] != '}') {
            return null;
        }
        Actor actor = new Actor(id, name, role, Optional.ofNullable(scopeUnit), Optional.ofNullable(scopeSponsor));
        RememberedActor read = new RememberedActor(Arrays.copyOfRange(text, at, from + 1), actor);
        lastActor = read;
        return read;
    }

    private static ActorRole role(char[] text, int length, int from, int to) {
        for (int i = 0; i < ROLES.length; i++) {
            if (ROLES[i].length == to - from && startsWith(text, length, from, ROLES[i])) {
                return ActorRole.values()[i];
            }
        }
        return null;
    }

    /** The type id a payload in {@code [start, end)} starts with, or null. */
    private static String typeIdAt(char[] text, int length, int start, int end) {
        if (!startsWith(text, length, start, TYPE)) {
            return null;
        }
        int from = start + TYPE.length;
        int close = stringEnd(text, length, from);
        return close < 0 || close >= end ? null : new String(text, from, close - from);
    }

    /** Whether {@code text} holds {@code literal} at {@code at}. */
    static boolean startsWith(char[] text, int length, int at, char[] literal) {
        if (at < 0 || at + literal.length > length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) { // a loop: the literals are short
            if (text[at + i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code literal} first occurs within {@code [from, to)}, or -1. */
    static int indexOf(char[] text, int from, int to, char[] literal) {
        char first = literal[0];
        for (int i = from, last = to - literal.length; i <= last; i++) {
            if (text[i] == first && startsWith(text, to, i, literal)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the string value starting at {@code from} (after its opening quote) ends — its closing quote — or -1
     * when it holds an escape or a control character, or does not close.
     */
    static int stringEnd(char[] text, int length, int from) {
        for (int i = from; i < length; i++) {
            char c = text[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The opening quote of the string value whose closing quote is at {@code close}, or -1 when the value holds an
     * escape or a control character.
     */
    static int openingQuote(char[] text, int close) {
        for (int i = close - 1; i >= 0; i--) {
            char c = text[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the JSON integer starting at {@code from} ends — at most {@code maxDigits} digits, an optional minus, no
     * leading zero — or -1.
     */
    static int integerEnd(char[] text, int length, int from, int maxDigits) {
        int first = from < length && text[from] == '-' ? from + 1 : from;
        int i = first;
        while (i < length && i - first <= maxDigits && text[i] >= '0' && text[i] <= '9') {
            i++;
        }
        int digits = i - first;
        if (digits == 0 || digits > maxDigits || digits > 1 && text[first] == '0') {
            return -1;
        }
        return i;
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
