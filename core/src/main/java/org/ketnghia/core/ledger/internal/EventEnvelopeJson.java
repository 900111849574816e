package org.ketnghia.core.ledger.internal;

import static org.ketnghia.core.ledger.internal.StrictJsonFields.require;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.text;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.unknown;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * The JSON form of an {@link EventEnvelope}, written and read by hand because every stored,
 * exported and imported event passes through it (benchmark B5): one object with the properties
 * {@code sequence, occurredOn, recordedAt, actor, unitCode, payload, previousHash, hash} in that
 * order, the payload carrying its {@code "type"}. It is exactly what Jackson would write for the
 * record, and reads what Jackson would read, except that it is stricter: every property is
 * required, and an unknown one fails (whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says). Dates,
 * the actor and the payload are left to the mapper's own (de)serializers.
 */
public final class EventEnvelopeJson {

    static final String SEQUENCE = "sequence";
    static final String OCCURRED_ON = "occurredOn";
    static final String RECORDED_AT = "recordedAt";
    static final String ACTOR = "actor";
    static final String UNIT_CODE = "unitCode";
    static final String PROGRAMME_ID = "programmeId";
    static final String PAYLOAD = "payload";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";

    private EventEnvelopeJson() {
    }

    /** Writes the envelope's properties in their fixed order. */
    public static final class Writer extends StdSerializer<EventEnvelope> implements ResolvableSerializer {

        private JsonSerializer<Object> dates;
        private JsonSerializer<Object> instants;
        private JsonSerializer<Object> actors;
        private TypeSerializer payloadTypes;

        Writer() {
            super(EventEnvelope.class);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            dates = provider.findValueSerializer(LocalDate.class);
            instants = provider.findValueSerializer(Instant.class);
            actors = provider.findValueSerializer(Actor.class);
            payloadTypes = provider.findTypeSerializer(provider.constructType(LedgerEvent.class));
        }

        @Override
        public void serialize(EventEnvelope event, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeStartObject(event);
            generator.writeNumberField(SEQUENCE, event.sequence());
            generator.writeFieldName(OCCURRED_ON);
            dates.serialize(event.occurredOn(), generator, provider);
            generator.writeFieldName(RECORDED_AT);
            instants.serialize(event.recordedAt(), generator, provider);
            generator.writeFieldName(ACTOR);
            actors.serialize(event.actor(), generator, provider);
            generator.writeStringField(UNIT_CODE, event.unitCode());
            if (event.programmeId().isPresent()) {
                generator.writeStringField(PROGRAMME_ID, event.programmeId().get());
            }
            generator.writeFieldName(PAYLOAD);
            provider.findValueSerializer(event.payload().getClass())
                    .serializeWithType(event.payload(), generator, provider, payloadTypes);
            generator.writeStringField(PREVIOUS_HASH, event.previousHash());
            generator.writeStringField(HASH, event.hash());
            generator.writeEndObject();
        }
    }

    /** Reads the envelope's properties in any order; every one is required. */
    public static final class Reader extends StdDeserializer<EventEnvelope> implements ResolvableDeserializer {

        private JsonDeserializer<Object> dates;
        private JsonDeserializer<Object> instants;
        private JsonDeserializer<Object> actors;
        private JsonDeserializer<Object> payloads;

        Reader() {
            super(EventEnvelope.class);
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            dates = context.findRootValueDeserializer(context.constructType(LocalDate.class));
            instants = context.findRootValueDeserializer(context.constructType(Instant.class));
            actors = context.findRootValueDeserializer(context.constructType(Actor.class));
            JavaType payloadType = context.constructType(LedgerEvent.class);
            payloads = context.findRootValueDeserializer(payloadType); // with the "type" property
        }

        @Override
        public EventEnvelope deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartObjectToken()) {
                return (EventEnvelope) context.handleUnexpectedToken(EventEnvelope.class, parser);
            }
            Long sequence = null;
            LocalDate occurredOn = null;
            Instant recordedAt = null;
            Actor actor = null;
            String unitCode = null;
            String programmeId = null;
            LedgerEvent payload = null;
            String previousHash = null;
            String hash = null;
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.VALUE_NULL) {
                    continue; // reported as missing below
                }
                switch (name) {
                    case SEQUENCE -> sequence = _parseLongPrimitive(parser, context);
                    case OCCURRED_ON -> occurredOn = (LocalDate) dates.deserialize(parser, context);
                    case RECORDED_AT -> recordedAt = (Instant) instants.deserialize(parser, context);
                    case ACTOR -> actor = (Actor) actors.deserialize(parser, context);
                    case UNIT_CODE -> unitCode = text(parser, context, EventEnvelope.class, name);
                    case PROGRAMME_ID -> programmeId = text(parser, context, EventEnvelope.class, name);
                    case PAYLOAD -> payload = (LedgerEvent) payloads.deserialize(parser, context);
                    case PREVIOUS_HASH -> previousHash = text(parser, context, EventEnvelope.class, name);
                    case HASH -> hash = text(parser, context, EventEnvelope.class, name);
                    default -> unknown(context, EventEnvelope.class, name);
                }
            }
            require(context, EventEnvelope.class, sequence, SEQUENCE);
            require(context, EventEnvelope.class, occurredOn, OCCURRED_ON);
            require(context, EventEnvelope.class, recordedAt, RECORDED_AT);
            require(context, EventEnvelope.class, actor, ACTOR);
            require(context, EventEnvelope.class, unitCode, UNIT_CODE);
            require(context, EventEnvelope.class, payload, PAYLOAD);
            require(context, EventEnvelope.class, previousHash, PREVIOUS_HASH);
            require(context, EventEnvelope.class, hash, HASH);
            return new EventEnvelope(sequence, occurredOn, recordedAt, actor, unitCode, Optional.ofNullable(programmeId), payload,
                    previousHash, hash);
        }
    }
}
