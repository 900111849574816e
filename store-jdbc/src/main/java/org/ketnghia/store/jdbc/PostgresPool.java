package org.ketnghia.store.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The PostgreSQL data source {@link JdbcStores#postgres} returns: a pool of connections (H2's {@link
 * JdbcConnectionPool}, already a dependency of this module, over the driver's {@link
 * PGConnectionPoolDataSource}). Opening a PostgreSQL connection (a TCP connection, authentication, a server
 * process) costs more than a commit, and a store asks for a connection on every call, so without a pool
 * the commits that group commit shares are lost again in connecting: sixteen threads of single commands
 * ({@code GroupCommitTest}, on a busy machine) recorded about 400 commands/s unpooled and 1,000–3,900
 * pooled.
 *
 * <p>The stores over it ({@link JdbcEventStore}, {@link JdbcSnapshotStore}) count as its users: when the last
 * of them closes, the pool is closed with its idle connections (a connection still in use is closed when it
 * is given back). A connection asked for afterwards opens a fresh pool, so a host that closes its stores and
 * opens others over the same data source carries on.
 *
 * <p>Thread-safe.
 */
final class PostgresPool implements DataSource {

    /** Connections open at most; a caller asking for one more waits (up to 30 s) for one to be given back. */
    static final int MAX_CONNECTIONS = 16;

    private final PGConnectionPoolDataSource connections;
    /** Guarded by this; null until the first connection and after the last store closed. */
    private JdbcConnectionPool pool;
    /** Guarded by this. */
    private int openStores;

    PostgresPool(PGConnectionPoolDataSource connections) {
        this.connections = connections;
    }

    /** The JDBC URL of the database. */
    String url() {
        return connections.getUrl();
    }

    /** A store over this data source opened. */
    synchronized void storeOpened() {
        openStores++;
    }

    /** A store over this data source closed: the last one closes the pool. */
    synchronized void storeClosed() {
        openStores = Math.max(0, openStores - 1);
        if (openStores == 0) {
            closeConnections();
        }
    }

    /**
     * Closes the pool's idle connections now (those in use are closed when given back); a connection asked for
     * afterwards opens a fresh pool. For the store tests, which open many databases on one server.
     */
    synchronized void closeConnections() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }

    private synchronized JdbcConnectionPool pool() {
        if (pool == null) {
            pool = JdbcConnectionPool.create(connections);
            pool.setMaxConnections(MAX_CONNECTIONS);
        }
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool().getConnection();
    }

    /** Not supported: the pool connects as the user {@link JdbcStores#postgres} was given. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool connects as the user JdbcStores.postgres was given");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return connections.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        connections.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        connections.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return connections.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return connections.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
