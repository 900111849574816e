package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.privacy.AppendWithKeys;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Over H2 and PostgreSQL, with the subjects' keys in the ledger's own database: the keys of new households go to
 * {@code subject_key} in the transaction that appends the events sealed with them, one commit for both, never in a
 * commit of their own; an append that fails or loses the race with another writer stores neither, and its keys stay
 * pending until an append that succeeds; a key already stored is left as it is, an erased subject stays erased,
 * another writer's key refuses the append. With the keys in another database they are still written first.
 */
class KeysInTheAppendTransactionTest {

    private static final String COMMIT_WITH_BOTH = "ledger commit ledger_event+subject_key";

    @TempDir
    Path directory;

    private final MasterKey masterKey = MasterKey.generate();
    private final ObjectMapper mapper = Participants.runtime().objectMapper();

    static Stream<Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void newHouseholdsRecordedAloneInABatchOrInGroups_costOneCommitEach_holdingTheirEventsAndTheirKeys(Databases database)
            throws Exception {
        DataSource raw = database.fresh(directory);
        WatchedDataSource dataSource = new WatchedDataSource(raw, "ledger");
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime runtime = runtime(dataSource, protection)) {
                dataSource.forget();

                runtime.ledger().submit(registration(1));
                assertThat(commits(dataSource)).containsExactly(COMMIT_WITH_BOTH);

                runtime.ledger().submitAll(List.of(registration(2), registration(3)));
                assertThat(commits(dataSource)).containsExactly(COMMIT_WITH_BOTH, COMMIT_WITH_BOTH);

                dataSource.forget();
                int writers = 16;
                int perWriter = 10;
                ExecutorService pool = Executors.newFixedThreadPool(writers);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int writer = 0; writer < writers; writer++) {
                        int first = 100 + writer * perWriter;
                        done.add(pool.submit(() -> {
                            for (int index = first; index < first + perWriter; index++) {
                                runtime.ledger().submit(registration(index));
                            }
                        }));
                    }
                    for (Future<?> writer : done) {
                        writer.get();
                    }
                } finally {
                    pool.shutdown();
                }
                // the waiting writers look their keys up ahead but never write them in a commit of their own: each goes
                // with the first append after it was made (that of the group the writer joins, or of one before)
                assertThat(commits(dataSource)).isNotEmpty().contains(COMMIT_WITH_BOTH)
                        .allMatch(entry -> entry.startsWith("ledger commit ledger_event"));
            }
        }
        assertThat(count(raw, "SELECT COUNT(*) FROM subject_key WHERE wrapped_key IS NOT NULL")).isEqualTo(3 + 160);
        assertEveryHouseholdReadsBackWithTheKeysReopened(raw, 3 + 160);
        database.close(raw);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keysKeptInAnotherDatabase_areWrittenFirst_inACommitOfTheirOwn(Databases database) throws Exception {
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        DataSource rawEvents = database.fresh(directory.resolve("events"));
        DataSource rawKeys = database.fresh(directory.resolve("keys"));
        WatchedDataSource events = new WatchedDataSource(rawEvents, "ledger", log);
        WatchedDataSource keys = new WatchedDataSource(rawKeys, "keys", log);
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(keys, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime runtime = runtime(events, protection)) {
                assertThat(keyStore.appendingWith(runtime.ledger().store())).isEmpty();
                log.clear();

                runtime.ledger().submit(registration(1));
                runtime.ledger().submitAll(List.of(registration(2), registration(3)));

                assertThat(log).filteredOn(entry -> entry.contains(" commit ")).containsExactly(
                        "keys commit subject_key", "ledger commit ledger_event",
                        "keys commit subject_key", "ledger commit ledger_event");
            }
        }
        assertThat(count(rawKeys, "SELECT COUNT(*) FROM subject_key WHERE wrapped_key IS NOT NULL")).isEqualTo(3);
        assertThat(count(rawEvents, "SELECT COUNT(*) FROM subject_key")).isZero();
        database.close(rawEvents);
        database.close(rawKeys);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAppendTheDatabaseRefuses_storesNeitherEventsNorKeys_andTheKeyStaysPendingForTheNextAppend(Databases database)
            throws Exception {
        DataSource raw = database.fresh(directory);
        WatchedDataSource dataSource = new WatchedDataSource(raw, "ledger");
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            SubjectKeys keys = SubjectKeys.open(masterKey, keyStore);
            PayloadProtection protection = PayloadProtection.withKeys(keys);
            try (KetnghiaRuntime runtime = runtime(dataSource, protection)) {
                runtime.ledger().submit(registration(1));
                execute(raw, "ALTER TABLE ledger_event ADD CONSTRAINT refuses_hn_00002 CHECK (envelope_json NOT LIKE"
                        + " '%HN-00002%')");
                dataSource.forget();

                assertThatThrownBy(() -> runtime.ledger().submit(registration(2)))
                        .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                                .isEqualTo(StoreErrorCode.STORE_UNAVAILABLE));
                // the key went in, in the append's transaction, and was rolled back with the event the database refused
                assertThat(dataSource.log()).contains("ledger rollback subject_key")
                        .noneMatch(entry -> entry.contains(" commit "));
                assertThat(keyStore.wrappedKey("household:HN-00002")).isEmpty();
                assertThat(count(raw, "SELECT COUNT(*) FROM ledger_event")).isEqualTo(1);
                assertThat(keys.hasPending()).isTrue();

                runtime.ledger().submit(registration(3));
                assertThat(keyStore.wrappedKey("household:HN-00002")).isPresent(); // went with the next append
                assertThat(keys.hasPending()).isFalse();
                assertThat(commits(dataSource)).containsExactly(COMMIT_WITH_BOTH);

                execute(raw, "ALTER TABLE ledger_event DROP CONSTRAINT refuses_hn_00002");
                runtime.ledger().submit(registration(2)); // sealed with the key already stored
                assertThat(commits(dataSource)).containsExactly(COMMIT_WITH_BOTH, "ledger commit ledger_event");
            }
        }
        assertEveryHouseholdReadsBackWithTheKeysReopened(raw, 3);
        database.close(raw);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anAppendThatLosesTheRace_storesNeitherEventsNorKeys_andTheKeysGoWithTheAppendThatWins(Databases database)
            throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK);
                JdbcEventStore store = JdbcEventStore.open(dataSource, new EventCodec(mapper,
                        PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore))))) {
            SubjectKeys keys = SubjectKeys.open(masterKey, keyStore);
            EventChain chain = new EventChain(mapper, PayloadProtection.withKeys(keys));
            List<EventEnvelope> batch = sealed(chain, 1, EventChain.GENESIS_HASH, 7, 8);
            assertThat(keys.hasPending()).isTrue();

            assertThatThrownBy(() -> keys.append(store, 3, batch)) // the caller thinks three events are stored
                    .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                            .isEqualTo(LedgerErrorCode.LEDGER_CONCURRENT_APPEND));
            assertThat(store.lastSequence()).isZero();
            assertThat(keyStore.entries()).isEmpty();
            assertThat(keys.hasPending()).isTrue();

            keys.append(store, 0, batch);
            assertThat(store.lastSequence()).isEqualTo(2);
            assertThat(keyStore.wrappedKey("household:HN-00007")).isPresent();
            assertThat(keyStore.wrappedKey("household:HN-00008")).isPresent();
            assertThat(keys.hasPending()).isFalse();
        }
        assertEveryHouseholdReadsBackWithTheKeysReopened(dataSource, 2);
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKeyAlreadyStoredIsLeftAsItIs_anErasedSubjectStaysErased_andAnotherWritersKeyRefusesTheWholeAppend(
            Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK);
                JdbcEventStore store = JdbcEventStore.open(dataSource, new EventCodec(mapper))) {
            keyStore.putIfAbsent("household:HN-1", new byte[] {1, 1});
            keyStore.destroy("household:HN-2");
            AppendWithKeys append = keyStore.appendingWith(store).orElseThrow();
            EventChain plain = new EventChain(mapper);
            List<EventEnvelope> first = sealed(plain, 1, EventChain.GENESIS_HASH, 1);
            Map<String, byte[]> keys = new LinkedHashMap<>();
            keys.put("household:HN-1", new byte[] {1, 1}); // written before (a retry, a flush)
            keys.put("household:HN-2", new byte[] {2, 2});
            keys.put("household:HN-3", new byte[] {3, 3});

            Set<String> erased = append.append(0, first, keys);

            assertThat(erased).containsExactly("household:HN-2");
            assertThat(store.lastSequence()).isEqualTo(1);
            assertThat(keyStore.wrappedKey("household:HN-1")).hasValueSatisfying(key -> assertThat(key).containsExactly(1, 1));
            assertThat(keyStore.isDestroyed("household:HN-2")).isTrue();
            assertThat(count(dataSource, "SELECT COUNT(*) FROM subject_key WHERE subject = 'household:HN-2'"
                    + " AND wrapped_key IS NULL AND erased_at IS NOT NULL")).isEqualTo(1);
            assertThat(keyStore.wrappedKey("household:HN-3")).hasValueSatisfying(key -> assertThat(key).containsExactly(3, 3));

            List<EventEnvelope> second = sealed(plain, 2, first.get(0).hash(), 4);
            Map<String, byte[]> theirs = new LinkedHashMap<>();
            theirs.put("household:HN-4", new byte[] {4, 4}); // inserted, then rolled back with the rest
            theirs.put("household:HN-1", new byte[] {9, 9}); // made here, while another writer stored its own
            assertThatThrownBy(() -> append.append(1, second, theirs))
                    .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                            .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_PERSISTED));
            assertThat(store.lastSequence()).isEqualTo(1);
            assertThat(keyStore.wrappedKey("household:HN-1")).hasValueSatisfying(key -> assertThat(key).containsExactly(1, 1));
            assertThat(keyStore.entry("household:HN-4")).isEmpty();
        }
        database.close(dataSource);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoLedgersRecordingNewHouseholdsIntoOneDatabaseAtOnce_storeEveryKeyOnce_andEveryHouseholdReadsBack(
            Databases database) throws Exception {
        DataSource dataSource = database.fresh(directory);
        int writersEach = 4;
        int perWriter = 15;
        try (JdbcSubjectKeyStore keysOfOne = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK);
                JdbcSubjectKeyStore keysOfOther = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK);
                KetnghiaRuntime one = runtime(dataSource, PayloadProtection.withKeys(SubjectKeys.open(masterKey, keysOfOne)));
                KetnghiaRuntime other = runtime(dataSource,
                        PayloadProtection.withKeys(SubjectKeys.open(masterKey, keysOfOther)))) {
            ExecutorService pool = Executors.newFixedThreadPool(2 * writersEach);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int writer = 0; writer < 2 * writersEach; writer++) {
                    KetnghiaRuntime runtime = writer % 2 == 0 ? one : other;
                    int first = writer * perWriter;
                    done.add(pool.submit(() -> {
                        for (int index = first; index < first + perWriter; index++) {
                            recordAgainWhileTheOtherWins(runtime, registration(index));
                        }
                    }));
                }
                for (Future<?> writer : done) {
                    writer.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        int households = 2 * writersEach * perWriter;
        assertThat(count(dataSource, "SELECT COUNT(*) FROM subject_key WHERE wrapped_key IS NOT NULL")).isEqualTo(households);
        assertEveryHouseholdReadsBackWithTheKeysReopened(dataSource, households);
        database.close(dataSource);
    }

    /**
     * Submits {@code command} again, as a host does, when the other ledger won the race {@value
     * org.ketnghia.core.ledger.Ledger#MAX_ATTEMPTS} times in a row (nothing of it was stored then).
     */
    private static void recordAgainWhileTheOtherWins(KetnghiaRuntime runtime, RegisterHousehold command) {
        while (true) {
            try {
                runtime.ledger().submit(command);
                return;
            } catch (KetnghiaException lost) {
                if (!lost.has(LedgerErrorCode.LEDGER_CONCURRENT_APPEND)) {
                    throw lost;
                }
            }
        }
    }

    private void assertEveryHouseholdReadsBackWithTheKeysReopened(DataSource dataSource, int households) {
        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK);
                KetnghiaRuntime reopened = runtime(dataSource, PayloadProtection.withKeys(SubjectKeys.open(masterKey,
                        keyStore)))) {
            assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
            List<Household> registered = reopened.ledger().read(ParticipantRegistry.class, ParticipantRegistry::households);
            assertThat(registered).hasSize(households).allSatisfy(household -> assertThat(household.head().fullName())
                    .isEqualTo("Chủ hộ " + household.id()));
        }
    }

    /** Events registering the households numbered {@code indexes}, sealed from {@code sequence} on. */
    private static List<EventEnvelope> sealed(EventChain chain, long sequence, String previousHash, int... indexes) {
        List<EventEnvelope> events = new ArrayList<>();
        String previous = previousHash;
        long next = sequence;
        for (int index : indexes) {
            RegisterHousehold command = registration(index);
            Household household = Household.builder().id(command.householdId()).villageCode(command.villageCode())
                    .ethnicityCode("26").members(command.members()).registeredOn(command.occurredOn()).build();
            EventEnvelope event = chain.seal(next++, EventDraft.of(command,
                    HouseholdRegistered.builder().household(household).build()), command.actor(), Fixtures.CLOCK.instant(),
                    previous);
            events.add(event);
            previous = event.hash();
        }
        return List.copyOf(events);
    }

    private KetnghiaRuntime runtime(DataSource dataSource, PayloadProtection protection) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .eventStore(JdbcEventStore.open(dataSource, new EventCodec(mapper, protection)))
                .personalDataProtection(protection).build();
    }

    private static RegisterHousehold registration(int index) {
        String householdId = String.format("HN-%05d", index);
        return RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(Participants.A_UR)
                .ethnicity("Cơ Tu").addMembers(HouseholdMember.builder().fullName("Chủ hộ " + householdId)
                        .sex(Sex.FEMALE).birthYear(1968).relation(HouseholdRelation.HEAD)
                        .idNumber(String.format("0491750%05d", index)).build())
                .build();
    }

    private static List<String> commits(WatchedDataSource dataSource) {
        return dataSource.log().stream().filter(entry -> entry.contains(" commit ")).toList();
    }

    private static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
