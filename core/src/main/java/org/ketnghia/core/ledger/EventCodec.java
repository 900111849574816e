package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.json.JsonBatch;
import org.ketnghia.core.ledger.internal.CanonicalEnvelope;
import org.ketnghia.core.ledger.internal.CanonicalEnvelopeWriter;
import org.ketnghia.core.ledger.internal.EventEnvelopeJson;
import org.ketnghia.core.privacy.PayloadProtection;

/**
 * Writes and reads {@link EventEnvelope}s as JSON (one object per event, the payload carrying its
 * {@code "type"}), for durable stores, exports and imports. An unknown type id fails loudly with
 * {@link LedgerErrorCode#LEDGER_UNKNOWN_TYPE_ID}; any other unreadable input with {@link
 * LedgerErrorCode#LEDGER_UNREADABLE_EVENT}; an event of a version above the code's with {@link
 * LedgerErrorCode#LEDGER_EVENT_NEWER_THAN_CODE}. Thread-safe.
 *
 * <p>With ketnghia's own mapper, an envelope is written and read in its canonical form (properties in their fixed
 * order, no spaces) by hand, only the payload going through Jackson ({@code CanonicalEnvelopeWriter}, {@code
 * CanonicalEnvelope}); any other text, or one that fails, goes through the mapper's envelope reader, which gives
 * the same envelope or the error. The JSON is the same either way.
 */
public final class EventCodec {

    private final ObjectWriter writer;
    private final ObjectReader reader;
    private final boolean upcasting;
    /** Reads payloads stored with encrypted personal fields; empty when this codec was given no protection. */
    private final Optional<PayloadProtection> protection;
    /** Reads envelopes in the form this codec writes them without a tokenizer; empty for a host's own readers. */
    private final Optional<CanonicalEnvelope> canonical;
    /** Writes envelopes as the writer does, the envelope without a generator; empty for a host's own writers. */
    private final Optional<CanonicalEnvelopeWriter> canonicalWriter;

    /**
     * A codec using {@code mapper}, which must know every event type; events recorded in older shapes are
     * read through the upcasters of the mapper's {@link EventSchemas} ({@link org.ketnghia.core.json.KetnghiaJson}).
     */
    public EventCodec(ObjectMapper mapper) {
        this(mapper, Optional.empty());
    }

    /**
     * A codec as {@link #EventCodec(ObjectMapper)} that reads payloads stored with encrypted personal fields
     * through {@code protection}: decrypted with its keys, erased for an erased subject, masked for a {@link
     * PayloadProtection#masked()} one. A codec without protection refuses such payloads with {@link
     * org.ketnghia.core.privacy.PrivacyErrorCode#PRIVACY_KEYS_NOT_GIVEN} rather than read them wrong.
     */
    public EventCodec(ObjectMapper mapper, PayloadProtection protection) {
        this(mapper, Optional.of(requireNonNull(protection, "protection")));
    }

    private EventCodec(ObjectMapper mapper, Optional<PayloadProtection> protection) {
        requireNonNull(mapper, "mapper");
        this.writer = mapper.writerFor(EventEnvelope.class);
        this.protection = protection;
        ObjectReader envelopes = mapper.readerFor(EventEnvelope.class);
        this.reader = protection.isPresent() ? envelopes.withAttribute(PayloadProtection.ATTRIBUTE, protection.get())
                : envelopes;
        Object schemas = mapper.getDeserializationConfig().getAttributes().getAttribute(EventSchemas.ATTRIBUTE);
        this.upcasting = schemas instanceof EventSchemas declared && declared.hasUpcasters();
        this.canonical = CanonicalEnvelope.forMapper(mapper, reader, protection.orElse(null));
        this.canonicalWriter = CanonicalEnvelopeWriter.forMapper(mapper, writer);
    }

    /** The protection this codec reads encrypted personal fields with, if any. */
    public Optional<PayloadProtection> protection() {
        return protection;
    }

    /** The event as one line of JSON. */
    public String write(EventEnvelope event) {
        try {
            String canonicalText = canonicalWriter.isPresent() ? canonicalWriter.get().write(event) : null;
            return canonicalText != null ? canonicalText : writer.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new KetnghiaException(List.of(Problem.of(LedgerErrorCode.LEDGER_UNREADABLE_EVENT, "event",
                    e.getOriginalMessage())), e);
        }
    }

    /**
     * Reads one event.
     *
     * @throws KetnghiaException for an unknown type id or unreadable JSON
     */
    public EventEnvelope read(String json) {
        requireNonNull(json, "json");
        if (canonical.isPresent()) {
            Optional<EventEnvelope> read = canonical.get().read(json);
            if (read.isPresent()) {
                return read.get();
            }
        }
        try {
            // with upcasters, the reader is given the text so that an upcast payload keeps its recorded bytes
            // encrypted payloads too are kept as recorded, so the reader needs the text for them as well
            EventEnvelopeJson.Source source = EventEnvelopeJson.Source.of(json);
            return upcasting || source.holdsProtectedFields()
                    ? reader.withAttribute(EventEnvelopeJson.SOURCE, source).readValue(json) : reader.readValue(json);
        } catch (InvalidTypeIdException e) {
            throw new KetnghiaException(List.of(Problem.of(LedgerErrorCode.LEDGER_UNKNOWN_TYPE_ID, "payload.type",
                    e.getTypeId())), e);
        } catch (JsonProcessingException e) {
            throw new KetnghiaException(List.of(Problem.of(LedgerErrorCode.LEDGER_UNREADABLE_EVENT, "event",
                    e.getOriginalMessage())), e);
        }
    }

    /**
     * Many events as JSON, in order, using every core (see {@link JsonBatch}); immutable.
     */
    public List<String> writeAll(List<EventEnvelope> events) {
        return JsonBatch.map(events, this::write);
    }

    /**
     * Reads many events, in order, using every core (see {@link JsonBatch}); immutable.
     *
     * @throws KetnghiaException as {@link #read} for the first unreadable one, its field prefixed with
     *     its index, e.g. {@code [41].payload.type}
     */
    public List<EventEnvelope> readAll(List<String> json) {
        requireNonNull(json, "json");
        return JsonBatch.mapIndexed(json.size(), index -> {
            try {
                return read(json.get(index));
            } catch (KetnghiaException e) {
                throw e.within("[" + index + "]");
            }
        });
    }
}
