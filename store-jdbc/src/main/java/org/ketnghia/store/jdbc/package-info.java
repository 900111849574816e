/**
 * The durable, tamper-evident event store: {@link org.ketnghia.store.jdbc.JdbcEventStore} over
 * embedded H2 or PostgreSQL with Flyway-managed schema, optimistic concurrency through the
 * primary key, and {@link org.ketnghia.store.jdbc.LedgerBackup} export and verified import as
 * JSON Lines.
 */
package org.ketnghia.store.jdbc;
