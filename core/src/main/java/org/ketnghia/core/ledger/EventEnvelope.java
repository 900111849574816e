package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.internal.EventEnvelopeJson;

/**
 * One recorded event: the payload and the envelope the ledger adds to it.
 *
 * <p>{@code hash} is the SHA-256 (hex) of the envelope's canonical form including {@code
 * previousHash}, so that altering, removing or reordering any recorded event breaks the chain
 * from that point on (see {@link EventChain}). The first event's {@code previousHash} is {@link
 * EventChain#GENESIS_HASH}.
 *
 * <p>Its JSON form (stores, exports, imports) is written and read by {@code EventEnvelopeJson}: the
 * properties below in this order, every one required except {@code programmeId}, which is written only when
 * present (so an event recorded for no programme keeps the bytes, and the hash, it always had), and {@code
 * payloadVersion}, the payload type's {@link EventVersion}, written before the payload only from version 2 on.
 *
 * <p>An event read in an older shape is upcast to the current one ({@link EventUpcaster}): its {@code
 * payload} is the current type, and {@code recordedPayload} keeps the payload exactly as recorded, which the
 * hash is computed over and a backup writes back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence position in the ledger, 1 for the first event, without gaps
 * @param occurredOn the date it happened (ngày phát sinh)
 * @param recordedAt when it was recorded (thời điểm ghi sổ)
 * @param actor who recorded it
 * @param unitCode the administrative unit it concerns
 * @param programmeId the programme it was recorded for, when the ledger holds more than one (see {@link
 *     Ledger#forProgramme}); empty for an event recorded for no programme in particular, which counts for
 *     every programme of the ledger (all events recorded before programmes were named are such)
 * @param payload what happened
 * @param previousHash hash of the event before, or the genesis hash
 * @param hash hash of this event
 * @param recordedPayload the payload as recorded, present only when it was read in an older shape and
 *     upcast to {@code payload}
 */
@JsonSerialize(using = EventEnvelopeJson.Writer.class)
@JsonDeserialize(using = EventEnvelopeJson.Reader.class)
@JsonPropertyOrder({"sequence", "occurredOn", "recordedAt", "actor", "unitCode", "programmeId", "payloadVersion", "payload",
    "previousHash", "hash"})
public record EventEnvelope(
        long sequence,
        LocalDate occurredOn,
        Instant recordedAt,
        Actor actor,
        String unitCode,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> programmeId,
        LedgerEvent payload,
        String previousHash,
        String hash,
        @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<RecordedPayload> recordedPayload) {

    /** Checks that no part is missing. */
    public EventEnvelope {
        requireNonNull(occurredOn, "occurredOn");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(actor, "actor");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(programmeId, "programmeId");
        requireNonNull(payload, "payload");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
        requireNonNull(recordedPayload, "recordedPayload");
    }

    /** An event as recorded by the current code: its payload is in its current shape. */
    public EventEnvelope(long sequence, LocalDate occurredOn, Instant recordedAt, Actor actor, String unitCode,
            Optional<String> programmeId, LedgerEvent payload, String previousHash, String hash) {
        this(sequence, occurredOn, recordedAt, actor, unitCode, programmeId, payload, previousHash, hash, Optional.empty());
    }

    /** An event recorded for no programme in particular. */
    public EventEnvelope(long sequence, LocalDate occurredOn, Instant recordedAt, Actor actor, String unitCode,
            LedgerEvent payload, String previousHash, String hash) {
        this(sequence, occurredOn, recordedAt, actor, unitCode, Optional.empty(), payload, previousHash, hash,
                Optional.empty());
    }

    /**
     * Whether the event counts for programme {@code id}: it was recorded for that programme, or for no
     * programme in particular.
     */
    public boolean countsFor(String id) {
        requireNonNull(id, "id");
        return programmeId.isEmpty() || programmeId.get().equals(id);
    }

    /** The payload's stable type id, e.g. {@code "livestock.animal-handed-over"}. */
    @JsonIgnore
    public String typeId() {
        return JsonTypeRegistry.typeIdOf(payload.getClass());
    }

    /**
     * The schema version the payload was recorded at: the recorded one for an upcast payload, otherwise the
     * current {@link EventVersion} of its type.
     */
    @JsonIgnore
    public int payloadVersion() {
        return recordedPayload.isPresent() ? recordedPayload.get().version() : EventSchemas.versionOf(payload.getClass());
    }

    /** The payload as {@code type}, if it is one. */
    public <E extends LedgerEvent> Optional<E> payloadAs(Class<E> type) {
        return type.isInstance(payload) ? Optional.of(type.cast(payload)) : Optional.empty();
    }
}
