/**
 * The programme ledger, the spine of ketnghia: commands are validated against projections and
 * turned into {@link org.ketnghia.core.ledger.EventEnvelope events} appended to an {@link
 * org.ketnghia.core.ledger.EventStore} in one SHA-256 hash chain; projections fold the events
 * into current state and can always be rebuilt from zero; a {@link
 * org.ketnghia.core.ledger.PermissionPolicy} decides who may record what where.
 */
package org.ketnghia.core.ledger;
