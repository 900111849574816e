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
     * to open it serves the others); {@code AUTO_RECONNECT} lets the others carry on when that one exits.
     */
    public static DataSource h2(Path directory) {
        requireNonNull(directory, "directory");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.toAbsolutePath().resolve("ketnghia") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE");
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
