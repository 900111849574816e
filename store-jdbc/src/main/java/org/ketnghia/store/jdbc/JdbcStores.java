package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Data sources for the two supported databases. The stores need nothing else: no installation,
 * no configuration file. Each store opens on a data source and creates or migrates the one schema:
 * the ledger ({@link JdbcEventStore#open}), its snapshots ({@link JdbcSnapshotStore#open}), the data
 * subjects' keys ({@link JdbcSubjectKeyStore#open}) and the access log of personal-data reads ({@link
 * JdbcAccessLogStore#open}).
 */
public final class JdbcStores {

    private JdbcStores() {
    }

    /**
     * An embedded H2 database in {@code directory} (created on first use), file {@code
     * ketnghia.mv.db}. {@code AUTO_SERVER} lets several processes on this machine share it (the first
     * to open it serves the others); {@code AUTO_RECONNECT} lets the others carry on when that one exits;
     * {@code DB_CLOSE_DELAY=-1} keeps the database open for the life of the process instead of
     * closing and reopening its file around every connection, until the last {@link JdbcEventStore}
     * over it {@linkplain JdbcEventStore#close() closes}; {@code WRITE_DELAY=0} writes every
     * commit to the file before the commit returns, so an acknowledged batch survives the process
     * being killed (H2 otherwise keeps commits in memory for up to half a second).
     *
     * <p>Bounded disk: {@code COMPRESS=TRUE} stores pages compressed (event JSON compresses several
     * times over, and every commit writes the page it changed); {@code RETENTION_TIME=1000} lets the
     * space of chunks no commit needs any more be reused after one second instead of H2's 45, which
     * with a commit per command held tens of thousands of dead chunks. Neither weakens what {@code
     * WRITE_DELAY=0} promises: a killed process loses no commit, because every write has reached the
     * operating system before the commit returns; what the retention time guards against is a power
     * failure reordering writes that the operating system had not yet flushed, which H2 does not
     * guard against for the last commits in any case (it does not flush to the device on commit; a
     * ledger that must survive power loss belongs in PostgreSQL). The store compacts the file while it
     * records and on close ({@link JdbcEventStore}).
     */
    public static DataSource h2(Path directory) {
        requireNonNull(directory, "directory");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("ketnghia")
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;COMPRESS=TRUE;RETENTION_TIME=1000");
        dataSource.setUser("ketnghia");
        dataSource.setPassword("");
        return new H2DataSource(dataSource);
    }

    /**
     * A PostgreSQL database, through a pool of at most {@value PostgresPool#MAX_CONNECTIONS} connections: a
     * store asks for a connection on every call, and opening one costs more than a commit, so concurrent
     * writers reach the rates group commit allows only pooled. The pool belongs to the stores over it
     * ({@link JdbcEventStore}, {@link JdbcSnapshotStore}, {@link JdbcSubjectKeyStore}, {@link JdbcAccessLogStore}):
     * it is closed when the last of them closes (and
     * opened again if the data source is used afterwards). A host that has its own pool passes that data
     * source to the stores instead.
     *
     * @param password may be null (no password, e.g. a local trust or peer login)
     */
    public static DataSource postgres(String url, String user, String password) {
        PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
        connections.setUrl(requireNonNull(url, "url"));
        connections.setUser(requireNonNull(user, "user"));
        connections.setPassword(password);
        return new PostgresPool(connections);
    }
}
