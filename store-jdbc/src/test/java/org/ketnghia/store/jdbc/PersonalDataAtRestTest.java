package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.privacy.DataErasure;
import org.ketnghia.core.privacy.EraseDataSubject;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Issue 22's proof at rest: households registered with ID numbers, ethnicity and an income, one of them erased;
 * the erased person's ID number, name and birth year appear nowhere in plain text in the H2 file, in a {@code
 * pg_dump} of the tables, or in a JSON Lines backup, before or after erasure, while the chain verifies and the
 * other households read back whole.
 *
 * <p>The birth year is searched in its JSON context ({@code "birthYear":1968}): four digits alone occur by chance
 * in hashes and in base64 ciphertext. Every value is searched as UTF-8 and as H2 writes strings into its file
 * (not UTF-8 beyond ASCII). The H2 file is opened without {@code COMPRESS} here (the library's own files
 * are compressed, in which a plain value could hide); the scan is made while the
 * database is open (pages written uncompressed) and again after it closed (compacted, compressed); that the scan
 * sees plain text is checked on values stored in plain text (the poverty decision, the erasure's legal basis).
 */
class PersonalDataAtRestTest {

    private static final Person ERASED = new Person("HN-PRIV-001", "Bríu Thị Hoa", 1968, "049175001234");
    private static final List<Person> KEPT = List.of(new Person("HN-PRIV-002", "Alăng Văn Bốn", 1971, "049171000042"),
            new Person("HN-PRIV-003", "Bhling Thị Mai", 1983, "049183000777"));
    private static final String COMMUNE = Participants.HUNG_SON;
    private static final String BASIS = "Quyết định 321/QĐ-UBND về hộ nghèo";
    private static final String LEGAL_BASIS = "Điều 16 Luật 91/2025/QH15";

    @TempDir
    Path directory;

    static Stream<org.junit.jupiter.api.Named<Databases>> databases() {
        return Databases.both();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anErasedHousehold_isNowhereInPlainText_beforeOrAfterErasure_andTheOthersReadBackWhole(Databases database)
            throws Exception {
        DataSource dataSource = database == Databases.H2 ? uncompressedH2(directory.resolve("db")) : database.fresh(directory);
        MasterKey masterKey = MasterKey.generate();
        ObjectMapper mapper = Participants.runtime().objectMapper();
        java.util.Map<String, byte[]> scanned = new java.util.TreeMap<>();
        List<Person> everyone = new ArrayList<>(KEPT);
        everyone.add(0, ERASED);

        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime runtime = runtime(dataSource, mapper, protection)) {
                for (Person person : everyone) {
                    register(runtime, person);
                }
                Files.writeString(directory.resolve("before.jsonl"), backup(runtime, protection));
                scanned.putAll(rawBytes("before, open", database, dataSource, directory.resolve("before.jsonl")));
            }
        }
        scanned.putAll(rawBytes("before, closed", database, dataSource, directory.resolve("before.jsonl")));

        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            SubjectKeys keys = SubjectKeys.open(masterKey, keyStore);
            PayloadProtection protection = PayloadProtection.withKeys(keys);
            try (KetnghiaRuntime runtime = runtime(dataSource, mapper, protection)) {
                new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, COMMUNE,
                        LocalDate.of(2026, 5, 20), "household:" + ERASED.householdId(), LEGAL_BASIS,
                        "07/2026/ĐN-UBND", "Hộ chuyển đi, mục đích xử lý đã hết"));
                assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
                assertThat(runtime.ledger().read(ParticipantRegistry.class, ParticipantRegistry::households)).hasSize(3);
                Files.writeString(directory.resolve("after.jsonl"), backup(runtime, protection));
                scanned.putAll(rawBytes("after, open", database, dataSource, directory.resolve("after.jsonl")));
            }
        }
        scanned.putAll(rawBytes("after, closed", database, dataSource, directory.resolve("after.jsonl")));

        assertThat(scanned).hasSize(8);
        scanned.forEach((source, bytes) -> {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (!(source.startsWith("H2 file") && source.endsWith("closed"))) { // compacted, hence compressed: plain text may not show
                // what each phase wrote in plain text: the scan sees plain text where it is
                String control = source.contains("after") ? LEGAL_BASIS : BASIS;
                assertThat(text).as(source).containsAnyOf(latin1(control), h2Latin1(control));
            }
            for (Person person : everyone) {
                for (String needle : List.of(person.idNumber(), person.name(), "\"birthYear\":" + person.birthYear())) {
                    assertThat(text).as(source).doesNotContain(latin1(needle)).doesNotContain(h2Latin1(needle));
                }
            }
        });

        try (JdbcSubjectKeyStore keyStore = JdbcSubjectKeyStore.open(dataSource, Fixtures.CLOCK)) {
            PayloadProtection protection = PayloadProtection.withKeys(SubjectKeys.open(masterKey, keyStore));
            try (KetnghiaRuntime reopened = runtime(dataSource, mapper, protection)) {
                assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
                Household erased = household(reopened, ERASED.householdId());
                assertThat(erased.head().fullName()).startsWith(PayloadProtection.ERASED_TEXT);
                assertThat(erased.head().idNumber()).contains(PayloadProtection.ERASED_TEXT);
                assertThat(erased.ethnicityCode()).isEqualTo(PayloadProtection.ERASED_TEXT);
                for (Person person : KEPT) {
                    Household kept = household(reopened, person.householdId());
                    assertThat(kept.head().fullName()).isEqualTo(person.name());
                    assertThat(kept.head().idNumber()).contains(person.idNumber());
                    assertThat(kept.head().birthYear()).isEqualTo(person.birthYear());
                    assertThat(kept.ethnicityCode()).isEqualTo("26");
                    assertThat(reopened.ledger().read(ParticipantRegistry.class,
                            registry -> registry.povertyStatus(person.householdId(), 2026)).orElseThrow()
                            .classification()).isPresent();
                }
                assertThat(reopened.ledger().read(ParticipantRegistry.class,
                        registry -> registry.povertyStatus(ERASED.householdId(), 2026)).orElseThrow().classification())
                        .isEmpty();
            }
        }
        try (JdbcEventStore withoutKeys = JdbcEventStore.open(dataSource, new EventCodec(mapper))) {
            assertThatThrownBy(withoutKeys::readAll).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.problems().get(0).code()).isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN));
        }
        try (JdbcEventStore masked = JdbcEventStore.open(dataSource, new EventCodec(mapper, PayloadProtection.masked()))) {
            assertThat(new EventChain(mapper).verify(masked).isIntact()).isTrue();
        }
        database.close(dataSource);
    }

    private static KetnghiaRuntime runtime(DataSource dataSource, ObjectMapper mapper, PayloadProtection protection) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .eventStore(JdbcEventStore.open(dataSource, new EventCodec(mapper, protection)))
                .personalDataProtection(protection).build();
    }

    private static void register(KetnghiaRuntime runtime, Person person) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(person.householdId()).villageCode(Participants.A_UR)
                .ethnicity("Cơ Tu").addMembers(HouseholdMember.builder().fullName(person.name()).sex(Sex.FEMALE)
                        .birthYear(person.birthYear()).relation(HouseholdRelation.HEAD).idNumber(person.idNumber()).build())
                .build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(COMMUNE)
                .occurredOn(LocalDate.of(2025, 12, 10)).householdId(person.householdId()).year(2026)
                .classification(PovertyClassifier.official().classify(PovertyAssessment.builder()
                        .assessmentDate(LocalDate.of(2025, 11, 1)).area(Area.RURAL)
                        .monthlyIncomePerPerson(Money.ofDong(1_234_567)).addDeprivations("employment", "water-source")
                        .build()))
                .basis(BASIS).build());
    }

    private static Household household(KetnghiaRuntime runtime, String id) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household(id)).orElseThrow();
    }

    private static String backup(KetnghiaRuntime runtime, PayloadProtection protection) {
        StringWriter out = new StringWriter();
        new LedgerBackup(new EventCodec(runtime.objectMapper(), protection), new EventChain(runtime.objectMapper()))
                .export(runtime.ledger().store(), out);
        return out.toString();
    }

    /** The database's bytes (the H2 file, or a pg_dump of the tables) and the backup's, by what they are. */
    private java.util.Map<String, byte[]> rawBytes(String when, Databases database, DataSource dataSource, Path backup)
            throws Exception {
        java.util.Map<String, byte[]> all = new java.util.TreeMap<>();
        all.put(database + " backup, " + when, Files.readAllBytes(backup));
        if (database == Databases.H2) {
            try (Stream<Path> files = Files.list(directory.resolve("db"))) {
                List<Path> h2Files = files.filter(name -> name.toString().endsWith(".mv.db")).toList();
                assertThat(h2Files).hasSize(1);
                all.put("H2 file, " + when, Files.readAllBytes(h2Files.get(0)));
            }
        } else {
            all.put("pg_dump, " + when, pgDump(Databases.postgresUrl(dataSource)));
        }
        return all;
    }

    private static byte[] pgDump(String url) throws IOException, InterruptedException {
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        Path pgDump;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            pgDump = versions.map(version -> version.resolve("bin/pg_dump")).filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new IllegalStateException("pg_dump not found beside the PostgreSQL server"));
        }
        Process process = new ProcessBuilder(pgDump.toString(), "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()),
                "-U", org.ketnghia.testing.postgres.PostgresServer.USER, "-t", "ledger_event", "-t", "subject_key",
                uri.getPath().substring(1)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] dump = process.getInputStream().readAllBytes();
        assertThat(process.waitFor()).isZero();
        return dump;
    }

    private static DataSource uncompressedH2(Path folder) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("ketnghia")
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0;RETENTION_TIME=1000");
        h2.setUser("ketnghia");
        h2.setPassword("");
        return new H2DataSource(h2);
    }

    /**
     * {@code text} as H2 writes strings into its file, read as Latin-1: like UTF-8 for ASCII, but the bytes after
     * the first of a non-ASCII character lack UTF-8's high bit ({@code DataUtils.writeStringData}).
     */
    private static String h2Latin1(String text) {
        StringBuilder bytes = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                bytes.append(c);
            } else if (c < 0x800) {
                bytes.append((char) (0xc0 | c >> 6)).append((char) (c & 0x3f));
            } else {
                bytes.append((char) (0xe0 | c >> 12)).append((char) (c >> 6 & 0x3f)).append((char) (c & 0x3f));
            }
        }
        return bytes.toString();
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private record Person(String householdId, String name, int birthYear, String idNumber) {
    }
}
