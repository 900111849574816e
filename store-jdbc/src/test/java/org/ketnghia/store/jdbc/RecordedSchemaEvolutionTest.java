package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.evolution.EvolvedStockFeature;
import org.ketnghia.testing.evolution.StockBook;
import org.ketnghia.testing.evolution.StockBook.Item;

/**
 * A ledger recorded before event types had versions ({@link EvolvedStockFeature#RECORDED_V1}), kept in a
 * database by the current code: the rows hold the payloads exactly as recorded, and the store reopens,
 * verifies and replays through the upcasters.
 */
class RecordedSchemaEvolutionTest {

    @TempDir
    Path directory;

    static java.util.stream.Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRecordedLedgerKeptInTheStoreReopensVerifiesAndReplays(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        KetnghiaRuntime types = builder().build();
        EventCodec codec = new EventCodec(types.objectMapper());
        List<String> recorded = EvolvedStockFeature.recordedV1Lines();
        List<EventEnvelope> events = codec.readAll(recorded);
        JdbcEventStore.open(dataSource, codec).append(0, events);

        JdbcEventStore reopened = JdbcEventStore.open(dataSource, codec);
        KetnghiaRuntime runtime = builder().eventStore(reopened).build();

        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(runtime.ledger().verifyChain().eventsChecked()).isEqualTo(8);
        Item cattle = runtime.ledger().read(StockBook.class, book -> book.item("bo-01").orElseThrow());
        assertThat(cattle).isEqualTo(new Item("Bò cái giống lai Sind", EvolvedStockFeature.DEFAULT_CATEGORY, "xa-tra-cang", 7));
        assertThat(reopened.readAll()).isEqualTo(events);
        assertThat(codec.writeAll(reopened.readAll())).isEqualTo(recorded);
        assertThat(payloadsAsStored(dataSource)).anySatisfy(payload -> assertThat(payload)
                .contains("\"type\":\"evolution.stock-changed\"").contains("\"direction\":\"IN\""));
        assertThat(builder().eventStore(InMemoryEventStore.restoredFrom(reopened.readAll())).build()
                .ledger().verifyChain().isIntact()).isTrue();
        database.close(dataSource);
    }

    private static KetnghiaRuntime.Builder builder() {
        return KetnghiaRuntime.builder().administrativeUnits(AdministrativeRegistry.quangNamReference())
                .addFeature(new EvolvedStockFeature());
    }

    private static List<String> payloadsAsStored(DataSource dataSource) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM ledger_event ORDER BY sequence");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.append(result.getString(column)).append('\n');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
