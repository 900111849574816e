package org.ketnghia.core.ledger.internal;

import static org.ketnghia.core.ledger.internal.StrictJsonFields.require;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.text;
import static org.ketnghia.core.ledger.internal.StrictJsonFields.unknown;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;

/**
 * The JSON form of an {@link Actor}, written and read by hand because every event carries one
 * (benchmark B5): {@code {"id", "name", "role", "scopeSponsor", "scopeUnit"}} in that order, the
 * scopes only when present — exactly what Jackson writes for the record with ketnghia's mapper, so
 * the hash chain over recorded events is unchanged. Reading accepts the properties in any order
 * and a null scope as absent; a missing id, name or role, an unknown role or an unknown property
 * fails.
 */
public final class ActorJson {

    static final String ID = "id";
    static final String NAME = "name";
    static final String ROLE = "role";
    static final String SCOPE_SPONSOR = "scopeSponsor";
    static final String SCOPE_UNIT = "scopeUnit";

    private ActorJson() {
    }

    /** Writes an actor. */
    public static final class Writer extends StdSerializer<Actor> {

        Writer() {
            super(Actor.class);
        }

        @Override
        public void serialize(Actor actor, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeStartObject(actor);
            generator.writeStringField(ID, actor.id());
            generator.writeStringField(NAME, actor.name());
            generator.writeStringField(ROLE, actor.role().name());
            if (actor.scopeSponsor().isPresent()) {
                generator.writeStringField(SCOPE_SPONSOR, actor.scopeSponsor().get());
            }
            if (actor.scopeUnit().isPresent()) {
                generator.writeStringField(SCOPE_UNIT, actor.scopeUnit().get());
            }
            generator.writeEndObject();
        }
    }

    /** Reads an actor. */
    public static final class Reader extends StdDeserializer<Actor> {

        Reader() {
            super(Actor.class);
        }

        @Override
        public Actor deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.isExpectedStartObjectToken()) {
                return (Actor) context.handleUnexpectedToken(Actor.class, parser);
            }
            String id = null;
            String name = null;
            ActorRole role = null;
            String scopeSponsor = null;
            String scopeUnit = null;
            for (String property = parser.nextFieldName(); property != null; property = parser.nextFieldName()) {
                if (parser.nextToken() == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (property) {
                    case ID -> id = text(parser, context, Actor.class, property);
                    case NAME -> name = text(parser, context, Actor.class, property);
                    case ROLE -> role = role(parser, context);
                    case SCOPE_SPONSOR -> scopeSponsor = text(parser, context, Actor.class, property);
                    case SCOPE_UNIT -> scopeUnit = text(parser, context, Actor.class, property);
                    default -> unknown(context, Actor.class, property);
                }
            }
            require(context, Actor.class, id, ID);
            require(context, Actor.class, name, NAME);
            require(context, Actor.class, role, ROLE);
            try {
                return new Actor(id, name, role, Optional.ofNullable(scopeUnit), Optional.ofNullable(scopeSponsor));
            } catch (KetnghiaException invalid) {
                return context.reportInputMismatch(Actor.class, "invalid actor: %s", invalid.getMessage());
            }
        }

        private static ActorRole role(JsonParser parser, DeserializationContext context) throws IOException {
            String text = text(parser, context, Actor.class, ROLE);
            for (ActorRole role : ActorRole.values()) {
                if (role.name().equals(text)) {
                    return role;
                }
            }
            return context.reportPropertyInputMismatch(Actor.class, ROLE, "'%s' is not a role; roles: %s", text,
                    Arrays.toString(ActorRole.values()));
        }
    }
}
