package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.ConcurrentWriters;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Over H2 and PostgreSQL: many writers registering new households at once write the new subjects' keys to {@code
 * subject_key} in batches, never after their events; every household then reads back whole with the keys reopened
 * from the table; and a batch in which one subject already has a key, or was erased, keeps theirs.
 */
class PendingSubjectKeysJdbcTest {

    private static final int WRITERS = 16;
    private static final int PER_WRITER = 15;

    @TempDir
    Path directory;

    static Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void manyWritersOfNewHouseholds_writeEveryKey_andEveryHouseholdReadsBackWithTheKeysReopened(Databases database)
            throws Exception {
        DataSource dataSource = database.fresh(directory);
        MasterKey masterKey = MasterKey.generate();
        ObjectMapper mapper = Participants.runtime().objectMapper();
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime runtime = runtime(dataSource, mapper, protection)) {
                ConcurrentWriters.run(WRITERS, PER_WRITER, index -> register(runtime, index));
            }
        }
        assertThat(count(dataSource, "SELECT COUNT(*) FROM subject_key WHERE wrapped_key IS NOT NULL"))
                .isEqualTo(WRITERS * PER_WRITER);

        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime reopened = runtime(dataSource, mapper, protection)) {
                assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
                List<Household> households = reopened.ledger().read(ParticipantRegistry.class,
                        ParticipantRegistry::households);
                assertThat(households).hasSize(WRITERS * PER_WRITER)
                        .allSatisfy(household -> assertThat(household.head().fullName())
                                .isEqualTo("Chủ hộ " + household.id()));
            }
        }
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBatchWithASubjectThatHasAKeyOrWasErased_keepsTheirsAndWritesTheRest(Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            keyStore.putIfAbsent("household:HN-1", new byte[] {1, 1});
            keyStore.destroy("household:HN-2");
            Map<String, byte[]> batch = new LinkedHashMap<>();
            batch.put("household:HN-1", new byte[] {9});
            batch.put("household:HN-2", new byte[] {9});
            batch.put("household:HN-3", new byte[] {3, 3});

            Map<String, Optional<byte[]>> kept = keyStore.putAllIfAbsent(batch);

            assertThat(kept.get("household:HN-1")).hasValueSatisfying(key -> assertThat(key).containsExactly(1, 1));
            assertThat(kept.get("household:HN-2")).isEmpty();
            assertThat(kept.get("household:HN-3")).hasValueSatisfying(key -> assertThat(key).containsExactly(3, 3));
            assertThat(keyStore.isDestroyed("household:HN-2")).isTrue();
            assertThat(keyStore.wrappedKey("household:HN-3")).hasValueSatisfying(key -> assertThat(key).containsExactly(3, 3));
            Map<String, org.ketnghia.core.privacy.SubjectKeyStore.Entry> known = keyStore.entries(
                    List.of("household:HN-1", "household:HN-2", "household:HN-4"));
            assertThat(known).containsOnlyKeys("household:HN-1", "household:HN-2");
            assertThat(known.get("household:HN-2").erased()).isTrue();
            assertThat(known.get("household:HN-1").wrappedKey()).hasValueSatisfying(key -> assertThat(key).containsExactly(1, 1));
        }
        database.close(dataSource);
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static KetnghiaRuntime runtime(DataSource dataSource, ObjectMapper mapper, PayloadProtection protection) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .eventStore(JdbcEventStore.open(dataSource, new EventCodec(mapper, protection)))
                .personalDataProtection(protection).build();
    }

    private static void register(KetnghiaRuntime runtime, int index) {
        String householdId = String.format("HN-%05d", index);
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(Participants.A_UR)
                .ethnicity("Cơ Tu").addMembers(HouseholdMember.builder().fullName("Chủ hộ " + householdId)
                        .sex(Sex.FEMALE).birthYear(1968).relation(HouseholdRelation.HEAD)
                        .idNumber(String.format("0491750%05d", index)).build())
                .build());
    }
}
