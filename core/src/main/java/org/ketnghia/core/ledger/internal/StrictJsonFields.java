package org.ketnghia.core.ledger.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;

/**
 * The checks shared by the hand-written readers of the ledger's own JSON ({@link EventEnvelopeJson},
 * {@link ActorJson}): a property must be a string, a required property must be there, an unknown
 * one is refused — each failure a Jackson input mismatch naming the property, which {@link
 * EventCodec} reports as an unreadable event.
 */
public final class StrictJsonFields {

    private StrictJsonFields() {
    }

    /** The current value, which must be a string. */
    static String text(JsonParser parser, DeserializationContext context, Class<?> type, String property)
            throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return context.reportPropertyInputMismatch(type, property, "'%s' must be a string, not %s", property,
                    parser.currentToken());
        }
        return parser.getText();
    }

    /** Fails when a required property was missing (or null). */
    static void require(DeserializationContext context, Class<?> type, Object value, String property)
            throws JsonMappingException {
        if (value == null) {
            context.reportPropertyInputMismatch(type, property, "missing property '%s' of %s", property,
                    type.getSimpleName());
        }
    }

    /** Fails for a property the type does not have. */
    static void unknown(DeserializationContext context, Class<?> type, String property) throws JsonMappingException {
        context.reportPropertyInputMismatch(type, property, "unknown property '%s' of %s", property,
                type.getSimpleName());
    }
}
