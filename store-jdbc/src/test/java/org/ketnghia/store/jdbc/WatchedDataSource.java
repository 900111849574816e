package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * A data source in front of a real database that notes, for every transaction committed or rolled back through
 * {@link Connection#commit()} and {@link Connection#rollback()}, which tables it inserted rows into ({@code
 * ledger_event}, {@code subject_key}), in order, into a log that several watched data sources may share. Statements
 * run in auto-commit mode are not noted. Connections and prepared statements are handed out as dynamic proxies that
 * pass every call on to the real ones (a hand-written delegate of {@link Connection} would be some sixty methods of
 * forwarding for the three this watches); nothing is faked. Thread-safe.
 */
final class WatchedDataSource extends ForwardingDataSource {

    private static final String[] TABLES = {"ledger_event", "subject_key"};

    private final String name;
    private final List<String> log;

    /** Watches {@code database}, noting each transaction as {@code name} and the tables, into a log of its own. */
    WatchedDataSource(DataSource database, String name) {
        this(database, name, Collections.synchronizedList(new ArrayList<>()));
    }

    /** Watches {@code database}, noting each transaction as {@code name} and the tables, into {@code log}. */
    WatchedDataSource(DataSource database, String name, List<String> log) {
        super(database);
        this.name = requireNonNull(name, "name");
        this.log = requireNonNull(log, "log");
    }

    /**
     * The transactions noted so far, in order: {@code "<name> commit <tables>"} or {@code "<name> rollback
     * <tables>"}, the tables inserted into sorted and joined by {@code +} ({@code "-"} for none).
     */
    List<String> log() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** Forgets the transactions noted so far (those of opening the stores: the schema's migration). */
    void forget() {
        log.clear();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return watched(super.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return watched(super.getConnection(user, password));
    }

    private Connection watched(Connection connection) {
        Set<String> written = Collections.synchronizedSet(new TreeSet<>());
        InvocationHandler handler = (proxy, method, arguments) -> {
            String called = method.getName();
            if ((called.equals("commit") || called.equals("rollback")) && (arguments == null || arguments.length == 0)) {
                Object result = forward(connection, method, arguments);
                note(called, written);
                return result;
            }
            Object result = forward(connection, method, arguments);
            if (called.equals("prepareStatement") && result instanceof PreparedStatement statement) {
                return watched(statement, (String) arguments[0], written);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private PreparedStatement watched(PreparedStatement statement, String sql, Set<String> written) {
        String table = tableInsertedInto(sql);
        InvocationHandler handler = (proxy, method, arguments) -> {
            Object result = forward(statement, method, arguments);
            if (table != null && method.getName().startsWith("execute")) {
                written.add(table); // reached only when the statement did not fail
            }
            return result;
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private void note(String ending, Set<String> written) {
        synchronized (written) {
            log.add(name + " " + ending + " " + (written.isEmpty() ? "-" : String.join("+", written)));
            written.clear();
        }
    }

    private static String tableInsertedInto(String sql) {
        for (String table : TABLES) {
            if (sql.startsWith("INSERT INTO " + table + " ")) {
                return table;
            }
        }
        return null;
    }

    private static Object forward(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
