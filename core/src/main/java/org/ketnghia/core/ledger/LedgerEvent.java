package org.ketnghia.core.ledger;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The payload of something that happened in a programme: a group formed, animals accepted, money
 * received, a class held. Implementations are immutable values (Immutables) annotated with a
 * namespaced, stable {@code @JsonTypeName} such as {@code "livestock.animal-handed-over"}, kept in
 * a {@code TYPE} constant; a feature or pilot model declares them through {@link
 * org.ketnghia.core.spi.LedgerFeature#eventTypes()}.
 *
 * <p>The envelope (sequence, dates, actor, unit, hash chain) is added by the ledger: see {@link
 * EventEnvelope}. An unknown type id on read fails loudly with {@link
 * LedgerErrorCode#LEDGER_UNKNOWN_TYPE_ID}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public interface LedgerEvent {
}
