package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
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
 * properties below in this order, every one required.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence position in the ledger, 1 for the first event, without gaps
 * @param occurredOn the date it happened (ngày phát sinh)
 * @param recordedAt when it was recorded (thời điểm ghi sổ)
 * @param actor who recorded it
 * @param unitCode the administrative unit it concerns
 * @param payload what happened
 * @param previousHash hash of the event before, or the genesis hash
 * @param hash hash of this event
 */
@JsonSerialize(using = EventEnvelopeJson.Writer.class)
@JsonDeserialize(using = EventEnvelopeJson.Reader.class)
@JsonPropertyOrder({"sequence", "occurredOn", "recordedAt", "actor", "unitCode", "payload", "previousHash", "hash"})
public record EventEnvelope(
        long sequence,
        LocalDate occurredOn,
        Instant recordedAt,
        Actor actor,
        String unitCode,
        LedgerEvent payload,
        String previousHash,
        String hash) {

    /** Checks that no part is missing. */
    public EventEnvelope {
        requireNonNull(occurredOn, "occurredOn");
        requireNonNull(recordedAt, "recordedAt");
        requireNonNull(actor, "actor");
        requireNonNull(unitCode, "unitCode");
        requireNonNull(payload, "payload");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
    }

    /** The payload's stable type id, e.g. {@code "livestock.animal-handed-over"}. */
    @JsonIgnore
    public String typeId() {
        return JsonTypeRegistry.typeIdOf(payload.getClass());
    }

    /** The payload as {@code type}, if it is one. */
    public <E extends LedgerEvent> java.util.Optional<E> payloadAs(Class<E> type) {
        return type.isInstance(payload) ? java.util.Optional.of(type.cast(payload)) : java.util.Optional.empty();
    }
}
