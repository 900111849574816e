package org.ketnghia.core.ledger;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version (<i>phiên bản lược đồ</i>) of an event type: 1 when absent. Raise it when the
 * type changes shape — a field added, renamed or removed — and declare, through {@link
 * org.ketnghia.core.spi.LedgerFeature#eventUpcasters()}, the {@link EventUpcaster} that turns a payload
 * recorded at the version before into the new one. Put it beside {@code @JsonTypeName} on the event's
 * abstract type.
 *
 * <p>The version is recorded with every event ({@code payloadVersion} in its JSON, and in the text its
 * hash covers, from version 2 on; an event of version 1 is recorded as it always was). A ledger holding an
 * event of a version above the code's is refused with {@link LedgerErrorCode#LEDGER_EVENT_NEWER_THAN_CODE}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventVersion {

    /** The current version, 2 or more (1 is the default of a type without this annotation). */
    int value();
}
