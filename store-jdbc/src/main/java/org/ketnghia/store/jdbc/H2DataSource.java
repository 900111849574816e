package org.ketnghia.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * H2's data source, with one addition: when two processes open the same database file at the
 * same moment, or one closes it while the other opens it, H2 refuses with "lock file recently
 * modified", "locked by another process" or (when the serving process has just exited) "connection
 * broken" until the first has started (or stopped) its
 * auto-server; the connection is then simply tried again for up to ten seconds.
 */
final class H2DataSource extends ForwardingDataSource {

    private static final int ATTEMPTS = 40;
    private static final long PAUSE_MILLIS = 250;

    private final JdbcDataSource delegate;

    H2DataSource(JdbcDataSource delegate) {
        super(delegate);
        this.delegate = delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(delegate.getUser(), delegate.getPassword());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return delegate.getConnection(user, password);
            } catch (SQLException e) {
                if (!isTransientLock(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                pause(e);
            }
        }
    }

    /** The database is being opened or closed by another process right now. */
    private static boolean isTransientLock(SQLException e) {
        return e.getErrorCode() == ErrorCode.ERROR_OPENING_DATABASE_1
                || e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                || e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1;
    }

    private static void pause(SQLException cause) throws SQLException {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    /** The JDBC URL. */
    String url() {
        return delegate.getURL();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 does not log through java.util.logging");
    }
}
