package org.ketnghia.core.ledger.internal;

import static org.ketnghia.core.ledger.internal.StrictJsonFields.require;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.text;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.unknown;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventSchemas;
import org.ketnghia.core.ledger.EventUpcaster;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.ledger.RecordedPayload;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.json.IsoDates;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;

/**
 * The JSON form of an {@link EventEnvelope}, written and read by hand because every stored,
 * exported and imported event passes through it (benchmark B5): one object with the properties
 * {@code sequence, occurredOn, recordedAt, actor, unitCode, payload, previousHash, hash} in that
 * order, the payload carrying its {@code "type"}. It is exactly what Jackson would write for the
 * record, and reads what Jackson would read, except that it is stricter: every property is
 * required, and an unknown one fails (whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says). Dates,
 * the actor and the payload are left to the mapper's own (de)serializers.
 *
 * <p>Schema versions ({@link EventSchemas}): {@code payloadVersion} is written before the payload from
 * version 2 on, and must come before it when read. When the mapper's schemas declare upcasters, a payload
 * whose recorded type some upcaster reads is read as a tree, upcast, and bound to its current type; the
 * envelope keeps the recorded JSON ({@link RecordedPayload}), cut from the source text when the reader was
 * given it as the {@link #SOURCE} attribute ({@code EventCodec} does), and written back as it was. Every other
 * payload is bound directly, then its recorded version is checked against its type's.
 *
 * <p>{@code EventCodec} first tries {@link CanonicalEnvelopeWriter} and {@link CanonicalEnvelope}, which write and
 * read the same text as these two without a generator or tokenizer for the envelope; the tests hold them to these.
 */
public final class EventEnvelopeJson {

    static final String SEQUENCE = "sequence";
    static final String OCCURRED_ON = "occurredOn";
    static final String RECORDED_AT = "recordedAt";
    static final String ACTOR = "actor";
    static final String UNIT_CODE = "unitCode";
    static final String PROGRAMME_ID = "programmeId";
    static final String PAYLOAD_VERSION = "payloadVersion";
    static final String PAYLOAD = "payload";

    /**
     * Reader attribute: the {@link Source} being read, so that a recorded payload is kept exactly as written.
     */
    public static final String SOURCE = "ketnghia.envelope-source";

    /**
     * The JSON text of the envelope being read, given to the reader as its {@link #SOURCE} attribute.
     *
     * @param text the text
     * @param holdsProtectedFields whether it holds encrypted personal fields ({@link
     *     PayloadProtection#holdsProtectedFields}), found once by whoever reads it
     */
    public record Source(String text, boolean holdsProtectedFields) {

        /** Checks that the text is given. */
        public Source {
            java.util.Objects.requireNonNull(text, "text");
        }

        /** The source of {@code text}, searched for encrypted personal fields. */
        public static Source of(String text) {
            return new Source(text, PayloadProtection.holdsProtectedFields(text));
        }
    }

    private static final String TYPE_PREFIX = "{\"type\":\"";
    static final String PREVIOUS_HASH = "previousHash";
    static final String HASH = "hash";

    private EventEnvelopeJson() {
    }

    /**
     * Fails when a payload bound directly was recorded in another version than its type's ({@link
     * EventSchemas#checkVersion}).
     */
    static void checkVersion(LedgerEvent payload, int recordedVersion) {
        int current = EventSchemas.versionOf(payload.getClass());
        if (recordedVersion != 1 || current != 1) {
            EventSchemas.checkVersion(org.ketnghia.core.ledger.JsonTypeRegistry.typeIdOf(payload.getClass()),
                    recordedVersion, current);
        }
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

        /**
         * Whether dates and actors are written by ketnghia's own writers ({@link IsoDates}, {@link ActorJson}), as
         * {@link CanonicalEnvelopeWriter} writes them.
         */
        boolean writesPartsAsKetnghia() {
            return IsoDates.isKetnghiaWriter(dates) && IsoDates.isKetnghiaWriter(instants)
                    && (Object) actors instanceof ActorJson.Writer;
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
            int version = event.payloadVersion();
            if (version > 1) {
                generator.writeNumberField(PAYLOAD_VERSION, version);
            }
            generator.writeFieldName(PAYLOAD);
            if (event.recordedPayload().isPresent()) {
                generator.writeRawValue(event.recordedPayload().get().json()); // upcast on read: written back as recorded
            } else {
                provider.findValueSerializer(event.payload().getClass())
                        .serializeWithType(event.payload(), generator, provider, payloadTypes);
            }
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

        /**
         * Whether dates and actors are read by ketnghia's own readers ({@link IsoDates}, {@link ActorJson}), as
         * {@link CanonicalEnvelope} reads them.
         */
        boolean readsPartsAsKetnghia() {
            return IsoDates.isKetnghiaReader(dates) && IsoDates.isKetnghiaReader(instants)
                    && (Object) actors instanceof ActorJson.Reader;
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
            Integer payloadVersion = null;
            LedgerEvent payload = null;
            RecordedPayload recorded = null;
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
                    case PAYLOAD_VERSION -> {
                        if (payload != null) {
                            return (EventEnvelope) context.reportInputMismatch(EventEnvelope.class,
                                    "payloadVersion must come before payload");
                        }
                        payloadVersion = _parseIntPrimitive(parser, context);
                    }
                    case PAYLOAD -> {
                        int version = payloadVersion == null ? 1 : payloadVersion;
                        EventSchemas schemas = (EventSchemas) context.getAttribute(EventSchemas.ATTRIBUTE);
                        if (context.getAttribute(SOURCE) instanceof Source source && source.holdsProtectedFields()) {
                            Upcasting revealed = readProtected(parser, context, schemas, version);
                            payload = revealed.payload();
                            recorded = revealed.recorded();
                        } else if (schemas == null || !schemas.hasUpcasters() || !mayUpcast(parser, context, schemas)) {
                            payload = (LedgerEvent) payloads.deserialize(parser, context);
                        } else {
                            Upcasting upcasting = readUpcasting(parser, context, schemas, version);
                            payload = upcasting.payload();
                            recorded = upcasting.recorded();
                        }
                    }
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
            if (recorded == null) {
                checkVersion(payload, payloadVersion == null ? 1 : payloadVersion);
            }
            return new EventEnvelope(sequence, occurredOn, recordedAt, actor, unitCode, Optional.ofNullable(programmeId), payload,
                    previousHash, hash, Optional.ofNullable(recorded));
        }

        /**
         * Whether the payload at the parser may need upcasting: its recorded type (peeked from the source text,
         * where the payload starts with its {@code "type"}) is one some upcaster reads, or cannot be peeked.
         */
        private static boolean mayUpcast(JsonParser parser, DeserializationContext context, EventSchemas schemas) {
            String typeId = peekTypeId(context.getAttribute(SOURCE), parser.currentTokenLocation().getCharOffset());
            return typeId == null || schemas.mayUpcast(typeId);
        }

        private static String peekTypeId(Object source, long offset) {
            if (!(source instanceof Source given)) {
                return null;
            }
            String text = given.text();
            if (offset < 0 || offset > text.length() || !text.startsWith(TYPE_PREFIX, (int) offset)) {
                return null;
            }
            int from = (int) offset + TYPE_PREFIX.length();
            int end = text.indexOf('"', from);
            return end < 0 || text.lastIndexOf('\\', end) >= from ? null : text.substring(from, end);
        }

        /** Reads the payload as a tree, upcasts it if an upcaster reads its recorded type and version, binds it. */
        private Upcasting readUpcasting(JsonParser parser, DeserializationContext context, EventSchemas schemas,
                int version) throws IOException {
            Object source = context.getAttribute(SOURCE);
            long start = parser.currentTokenLocation().getCharOffset();
            JsonNode tree = context.readTree(parser);
            if (!(tree instanceof ObjectNode node) || !node.path("type").isTextual()) {
                return new Upcasting((LedgerEvent) context.reportInputMismatch(EventEnvelope.class,
                        "payload must be an object with its \"type\""), null);
            }
            String typeId = node.get("type").asText();
            if (!schemas.upcasts(typeId, version)) {
                return new Upcasting(bind(node, parser, context), null);
            }
            String json = recordedJson(source, start, parser.currentLocation().getCharOffset(), node, parser);
            return new Upcasting(upcastAndBind(typeId, version, node, schemas, parser, context),
                    new RecordedPayload(typeId, version, json));
        }

        /** The payload's JSON as recorded: cut from the source text when it can be, else the tree written again. */
        private static String recordedJson(Object source, long start, long end, ObjectNode node, JsonParser parser)
                throws IOException {
            String cut = source instanceof Source given ? cut(given.text(), start, end) : null;
            if (cut != null) {
                return cut;
            }
            return parser.getCodec() instanceof com.fasterxml.jackson.databind.ObjectMapper mapper
                    ? mapper.writeValueAsString(node) : node.toString();
        }

        /** The object {@code text} holds in {@code [start, end)}; null when that is not where an object is. */
        private static String cut(String text, long start, long end) {
            return start >= 0 && end > start && end <= text.length() && text.charAt((int) start) == '{'
                    && text.charAt((int) end - 1) == '}' ? text.substring((int) start, (int) end) : null;
        }

        /**
         * Upcasts {@code node} (with its {@code "type"}) from its recorded type and version, and binds the result,
         * which must read as the type the upcaster claims.
         */
        private LedgerEvent upcastAndBind(String typeId, int version, ObjectNode node, EventSchemas schemas,
                JsonParser parser, DeserializationContext context) throws IOException {
            ObjectNode copy = node.deepCopy();
            copy.remove("type");
            EventUpcaster.Upcast upcast = schemas.upcast(typeId, version, copy);
            ObjectNode typed = context.getNodeFactory().objectNode();
            typed.put("type", upcast.typeId());
            typed.setAll(upcast.payload());
            LedgerEvent payload = bind(typed, parser, context);
            if (!org.ketnghia.core.ledger.JsonTypeRegistry.typeIdOf(payload.getClass()).equals(upcast.typeId())) {
                throw KetnghiaException.of(LedgerErrorCode.LEDGER_UPCAST_FAILED, "payload.type", typeId, version,
                        "the result claims type " + upcast.typeId() + " but reads as " + payload.getClass().getName());
            }
            return payload;
        }

        /**
         * Reads a payload stored with encrypted personal fields: keeps its JSON as recorded, reveals the fields
         * with the reader's {@link PayloadProtection} (decrypted, erased or masked), upcasts if need be, binds.
         */
        private Upcasting readProtected(JsonParser parser, DeserializationContext context, EventSchemas schemas,
                int version) throws IOException {
            Object source = context.getAttribute(SOURCE);
            long start = parser.currentTokenLocation().getCharOffset();
            JsonNode tree;
            String json; // as stored, before revealing
            if (source instanceof Source given && parser.currentToken() == JsonToken.START_OBJECT) {
                String text = given.text();
                parser.skipChildren();
                json = cut(text, start, parser.currentLocation().getCharOffset());
                if (json == null) {
                    return new Upcasting((LedgerEvent) context.reportInputMismatch(EventEnvelope.class,
                            "payload cannot be cut from the text read"), null);
                }
                Optional<Upcasting> fast = readRevealed(json, parser, context, schemas, version);
                if (fast.isPresent()) {
                    return fast.get();
                }
                try (JsonParser tokens = parser.getCodec().getFactory().createParser(json)) {
                    tree = context.readTree(tokens);
                }
            } else {
                tree = context.readTree(parser);
                json = null;
            }
            if (!(tree instanceof ObjectNode node) || !node.path("type").isTextual()) {
                return new Upcasting((LedgerEvent) context.reportInputMismatch(EventEnvelope.class,
                        "payload must be an object with its \"type\""), null);
            }
            if (json == null) {
                json = recordedJson(source, start, parser.currentLocation().getCharOffset(), node, parser);
            }
            if (!(context.getAttribute(PayloadProtection.ATTRIBUTE) instanceof PayloadProtection protection)) {
                throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN, "payload",
                        MasterKey.ENVIRONMENT_VARIABLE);
            }
            String typeId = node.get("type").asText();
            ObjectNode plain = protection.reveal(node);
            LedgerEvent payload = schemas != null && schemas.upcasts(typeId, version)
                    ? upcastAndBind(typeId, version, plain, schemas, parser, context) : bind(plain, parser, context);
            return new Upcasting(payload, new RecordedPayload(typeId, version, json));
        }

        /**
         * The payload stored as {@code json} read without a tree ({@link PayloadProtection#revealStored}): revealed as
         * text and bound from it; empty when the protection cannot read it so, or it is to be upcast.
         */
        private Optional<Upcasting> readRevealed(String json, JsonParser parser, DeserializationContext context,
                EventSchemas schemas, int version) throws IOException {
            if (!(context.getAttribute(PayloadProtection.ATTRIBUTE) instanceof PayloadProtection protection)) {
                return Optional.empty();
            }
            Optional<PayloadProtection.PlainPayload> plain = protection.revealStored(json.getBytes(StandardCharsets.UTF_8));
            if (plain.isEmpty() || schemas != null && schemas.upcasts(plain.get().typeId(), version)) {
                return Optional.empty();
            }
            try (JsonParser tokens = parser.getCodec().getFactory().createParser(plain.get().json())) {
                tokens.nextToken();
                LedgerEvent payload = (LedgerEvent) payloads.deserialize(tokens, context);
                return Optional.of(new Upcasting(payload, new RecordedPayload(plain.get().typeId(), version, json)));
            } finally {
                java.util.Arrays.fill(plain.get().json(), (byte) 0);
            }
        }

        private LedgerEvent bind(ObjectNode node, JsonParser parser, DeserializationContext context) throws IOException {
            try (JsonParser tokens = node.traverse(parser.getCodec())) {
                tokens.nextToken();
                return (LedgerEvent) payloads.deserialize(tokens, context);
            }
        }

        /** A payload read through the upcasting path, with its recorded form when it was upcast. */
        private record Upcasting(LedgerEvent payload, RecordedPayload recorded) {
        }
    }
}
