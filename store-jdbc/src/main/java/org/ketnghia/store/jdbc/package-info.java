/**
 * The durable, tamper-evident event store: {@link org.ketnghia.store.jdbc.JdbcEventStore} over
 * embedded H2 or PostgreSQL with Flyway-managed schema, optimistic concurrency through the
 * primary key, and {@link org.ketnghia.store.jdbc.LedgerBackup} export and verified import as
 * JSON Lines, whose parts a {@link org.ketnghia.store.jdbc.BackupManifest} names with their
 * sizes and SHA-256; beside the ledger in the same database, its snapshots ({@link
 * org.ketnghia.store.jdbc.JdbcSnapshotStore}), the data subjects' keys ({@link
 * org.ketnghia.store.jdbc.JdbcSubjectKeyStore}) and the hash-chained access log of personal-data
 * reads ({@link org.ketnghia.store.jdbc.JdbcAccessLogStore}, table {@code access_log}, migration V5),
 * which several processes may append to without forking its chain.
 */
package org.ketnghia.store.jdbc;
