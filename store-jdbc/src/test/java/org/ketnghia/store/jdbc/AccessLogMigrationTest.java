package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.testing.Fixtures.PROVINCE;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoItems;

/**
 * A database of the schema before the access log (V1–V4: events, snapshots, subject keys), written as that code
 * wrote it, migrates to V5 when a store opens it: the ledger verifies and replays as before, the keys are where they
 * were, and the new access log is empty and takes reads. The module has no recorded database file, so the V4
 * database is made here with Flyway's target version.
 */
class AccessLogMigrationTest {

    private static final String V4_INSERT_EVENT = "INSERT INTO ledger_event (sequence, occurred_on, recorded_at, "
            + "actor_id, unit_code, type_id, envelope_json, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String V4_INSERT_KEY = "INSERT INTO subject_key (subject, wrapped_key) VALUES (?, ?)";
    private static final byte[] WRAPPED_KEY = {1, 2, 3, 4, 5, 6, 7, 8};

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDatabaseOfSchemaV4_migratesOpensAndKeepsItsLedger_andGainsAnEmptyAccessLog(Databases database) throws Exception {
        InMemoryEventStore recorded = new InMemoryEventStore();
        KetnghiaRuntime original = Databases.runtime(recorded);
        for (int i = 0; i < 12; i++) {
            original.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 1), "item-" + i, i + 1));
        }
        Map<String, Integer> quantities = original.ledger().read(DemoItems.class, DemoItems::quantities);
        DataSource dataSource = database.fresh(directory);
        writeWithSchemaV4(dataSource, recorded.readAll(), new EventCodec(original.objectMapper()));
        assertThat(appliedMigrations(dataSource)).containsExactly("1", "2", "3", "4");

        try (JdbcAccessLogStore accessLog = JdbcAccessLogStore.open(dataSource);
                JdbcSubjectKeyStore keys = JdbcSubjectKeyStore.open(dataSource, org.ketnghia.testing.Fixtures.CLOCK);
                KetnghiaRuntime runtime = Databases.runtime(JdbcEventStore.openVerified(dataSource, Databases.codec(),
                        new EventChain(original.objectMapper())))) {
            assertThat(appliedMigrations(dataSource)).containsExactly("1", "2", "3", "4", "5");
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
            assertThat(runtime.ledger().store().readAll()).isEqualTo(recorded.readAll());
            assertThat(runtime.ledger().read(DemoItems.class, DemoItems::quantities)).isEqualTo(quantities);
            assertThat(keys.wrappedKey("household:HN-001")).hasValue(WRAPPED_KEY);

            AccessLog log = AccessLog.storedIn(accessLog);
            assertThat(log.entries()).isEmpty();
            log.append(Instant.parse("2026-12-07T03:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", "QNA.TAY-GIANG.A-XAN",
                    "household:HN-001", "xác minh hồ sơ sau nâng cấp");
            assertThat(log.entries()).hasSize(1);
            assertThat(log.verify()).isEmpty();
            runtime.ledger().submit(recordItem(PROVINCE, "QNA.TAY-GIANG.A-XAN", LocalDate.of(2024, 3, 2), "after", 7));
            assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        }
        database.close(dataSource);
    }

    /** The schema up to V4 and the rows as the code of V4 wrote them: events and one subject's wrapped key. */
    private static void writeWithSchemaV4(DataSource dataSource, List<EventEnvelope> events, EventCodec codec)
            throws Exception {
        Flyway.configure(AccessLogMigrationTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/ketnghia/migration").table("ketnghia_schema_history").target("4").load().migrate();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(V4_INSERT_EVENT)) {
                for (EventEnvelope event : events) {
                    statement.setLong(1, event.sequence());
                    statement.setDate(2, Date.valueOf(event.occurredOn()));
                    statement.setString(3, event.recordedAt().toString());
                    statement.setString(4, event.actor().id());
                    statement.setString(5, event.unitCode());
                    statement.setString(6, event.typeId());
                    statement.setString(7, codec.write(event));
                    statement.setString(8, event.hash());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            try (PreparedStatement statement = connection.prepareStatement(V4_INSERT_KEY)) {
                statement.setString(1, "household:HN-001");
                statement.setBytes(2, WRAPPED_KEY);
                statement.executeUpdate();
            }
        }
    }

    /** The versioned migrations Flyway recorded as applied, in order. */
    private static List<String> appliedMigrations(DataSource dataSource) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT \"version\" FROM \"ketnghia_schema_history\" "
                        + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
