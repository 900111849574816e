package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Data sources for the two supported databases. The store needs nothing else: no installation,
 * no configuration file.
 */
public final class JdbcStores {

    private JdbcStores() {
    }

    /**
     * An embedded H2 database in {@code directory} (created on first use), file {@code
     * ketnghia.mv.db}. {@code AUTO_SERVER} lets several processes on this machine share it (the first
     * to open it serves the others); {@code AUTO_RECONNECT} lets the others carry on when that one exits;
     * {@code DB_CLOSE_DELAY=-1} keeps the database open for the life of the process instead of
     * closing and reopening its file around every connection; {@code WRITE_DELAY=0} writes every
     * commit to the file before the commit returns, so an acknowledged batch survives the process
     * being killed (H2 otherwise keeps commits in memory for up to half a second).
     */
    public static DataSource h2(Path directory) {
        requireNonNull(directory, "directory");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("ketnghia") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
        dataSource.setUser("ketnghia");
        dataSource.setPassword("");
        return new H2DataSource(dataSource);
    }

    /** A PostgreSQL database. */
    public static DataSource postgres(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(requireNonNull(url, "url"));
        dataSource.setUser(requireNonNull(user, "user"));
        dataSource.setPassword(password);
        return dataSource;
    }
}
