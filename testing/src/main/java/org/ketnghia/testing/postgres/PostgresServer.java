package org.ketnghia.testing.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests and benchmarks, started from the machine's PostgreSQL binaries (Debian
 * package {@code postgresql}, which {@code .ci/run} installs) in a temporary directory on a free
 * loopback port, with trust authentication. As root, the server runs as the {@code postgres}
 * user, since PostgreSQL refuses to run as root. One server per test JVM, stopped at exit.
 */
public final class PostgresServer {

    /** The superuser every database is created for. */
    public static final String USER = "ketnghia";

    private static PostgresServer instance;
    private static String unavailableReason;

    private final Path directory;
    private final int port;
    private final Path binaries;
    private int databases;

    private PostgresServer(Path directory, int port, Path binaries) {
        this.directory = directory;
        this.port = port;
        this.binaries = binaries;
    }

    /** The running server, or why it could not start. */
    public static synchronized Optional<PostgresServer> get() {
        if (instance == null && unavailableReason == null) {
            try {
                instance = start();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
            } catch (Exception e) {
                unavailableReason = e.getMessage();
                System.err.println("PostgreSQL tests SKIPPED: " + unavailableReason);
            }
        }
        return Optional.ofNullable(instance);
    }

    /** Why the server could not start, or null while it has not failed. */
    public static synchronized String unavailableReason() {
        return unavailableReason;
    }

    /**
     * Creates a fresh, empty database on the server and returns its JDBC URL; the user is {@link #USER}
     * with no password (trust authentication on the loopback interface).
     */
    public synchronized String newDatabaseUrl() throws Exception {
        String name = "ketnghia_" + (++databases);
        run(List.of(binaries.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                USER, name));
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** The directory holding the server's data and log. */
    public Path directory() {
        return directory;
    }

    private static PostgresServer start() throws Exception {
        Path binaries = findBinaries().orElseThrow(() -> new IllegalStateException(
                "no PostgreSQL server binaries (initdb) found; install the Debian package postgresql"));
        Path directory = Files.createTempDirectory("ketnghia-pg-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(directory, port, binaries);
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres", directory.toString()));
        }
        Path data = directory.resolve("data");
        server.runAsServerUser(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                "-A", "trust", "-E", "UTF8", "--no-locale"));
        server.runAsServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                "-l", directory.resolve("server.log").toString(), "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=on", "start"));
        return server;
    }

    private void stop() {
        try {
            runAsServerUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                    "-m", "immediate", "stop"));
        } catch (Exception ignored) {
            // the JVM is exiting; the temporary directory is left for the OS
        }
    }

    private void runAsServerUser(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Optional<Path> findBinaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> found = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Path::compareTo);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path bin = Path.of(dir);
            if (Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) {
                return Optional.of(bin);
            }
        }
        return Optional.empty();
    }
}
