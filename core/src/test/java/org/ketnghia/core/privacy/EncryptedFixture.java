package org.ketnghia.core.privacy;

import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The small encrypted ledger recorded on 6 December 2026 with the per-field cipher {@code aes-gcm-1}, before the
 * stored format of personal fields changed (see the fixture's README): its JSON Lines export, the subjects' wrapped
 * keys beside it, and the fixed test master key they are wrapped with. {@link #record} is how it was made.
 */
final class EncryptedFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/encrypted-ledger-2026-12-06/";
    /** The household erased before the export. */
    static final String ERASED_HOUSEHOLD = "HN-102";
    static final String ERASED_NAME = "Bhling Thị Mai";
    static final String ERASED_ID_NUMBER = "049182003311";
    /**
     * Who asked for the erasure, as recorded: free text holding the erased person's own name. {@link
     * ErasureRequestReference} refuses it on a new command since 7 December 2026 (so {@link #record} would now be
     * refused), and the recorded event still replays.
     */
    static final String RECORDED_REQUESTED_BY = ERASED_NAME + " (đơn ngày 20/4/2026)";

    private EncryptedFixture() {
    }

    /** The fixed master key of the fixture (a test key: 32 bytes counting up from 1, never a real one). */
    static MasterKey masterKey() {
        return MasterKey.fromFile(path("master.key"));
    }

    /** One of the fixture's files, opened from the class path. */
    static BufferedReader open(String name) {
        return resource(FOLDER, name);
    }

    /** A file of a class-path fixture folder, opened as UTF-8 text. */
    static BufferedReader resource(String folder, String name) {
        InputStream in = EncryptedFixture.class.getResourceAsStream(folder + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no fixture file " + folder + name));
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static Path path(String name) {
        try {
            return Path.of(EncryptedFixture.class.getResource(FOLDER + name).toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("no fixture file " + FOLDER + name));
        }
    }

    /** The fixture's subjects' keys, restored into a key store and opened with its master key. */
    static SubjectKeys restoredKeys() {
        return restoredKeys(open("ledger.jsonl.keys"));
    }

    /** The keys of a key backup ({@link SubjectKeyBackup}), restored into a key store and opened with the master key. */
    static SubjectKeys restoredKeys(BufferedReader backup) {
        InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
        try (BufferedReader in = backup) {
            SubjectKeyBackup.restore(in, store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SubjectKeys.open(masterKey(), store);
    }

    /** The fixture's JSON Lines, one line an event, as exported. */
    static java.util.List<String> lines() {
        try (BufferedReader in = open("ledger.jsonl")) {
            return in.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's events read with {@code protection} into an in-memory store. */
    static InMemoryEventStore events(PayloadProtection protection) {
        KetnghiaRuntime reader = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).build();
        EventCodec reading = new EventCodec(reader.objectMapper(), protection);
        InMemoryEventStore store = new InMemoryEventStore();
        store.append(0, lines().stream().map(reading::read).toList());
        return store;
    }

    /**
     * Records the fixture into {@code folder}: three households (names, ID numbers, ethnicity, birth years), a poverty
     * status with its income, the erasure of {@value #ERASED_HOUSEHOLD}; then the ledger as JSON Lines and its keys.
     */
    static void record(Path folder) throws IOException {
        byte[] bytes = new byte[MasterKey.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i + 1);
        }
        MasterKey masterKey = MasterKey.of(bytes, "fixture");
        Files.writeString(folder.resolve("master.key"), Base64.getEncoder().encodeToString(bytes) + "\n");
        SubjectKeys keys = SubjectKeys.open(masterKey, new InMemorySubjectKeyStore());
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).build();
        register(runtime, "HN-101", HouseholdMember.builder().fullName("Alăng Văn Bốn").sex(Sex.MALE).birthYear(1971)
                .relation(HouseholdRelation.HEAD).idNumber("049171000042").build(),
                HouseholdMember.of("Alăng Thị Nhàn", Sex.FEMALE, 1975, HouseholdRelation.SPOUSE));
        register(runtime, ERASED_HOUSEHOLD, HouseholdMember.builder().fullName(ERASED_NAME).sex(Sex.FEMALE)
                .birthYear(1982).relation(HouseholdRelation.HEAD).idNumber(ERASED_ID_NUMBER).build(),
                HouseholdMember.of("Bhling Văn Tư", Sex.MALE, 2006, HouseholdRelation.CHILD));
        register(runtime, "HN-103", HouseholdMember.builder().fullName("Cơlâu Thị Hoa").sex(Sex.FEMALE).birthYear(1968)
                .relation(HouseholdRelation.HEAD).idNumber("049168007788").build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 6, 10)).householdId("HN-101").year(2024)
                .classification(PovertyClassifier.official().classify(PovertyAssessment.builder()
                        .assessmentDate(LocalDate.of(2024, 5, 1)).area(Area.RURAL)
                        .monthlyIncomePerPerson(Money.ofDong(1_234_567)).addDeprivations("employment").build()))
                .basis("Quyết định 13/QĐ-UBND").build());
        runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 12, 10)).householdId("HN-103").year(2025)
                .category(PovertyCategory.POOR).basis("Quyết định 12/QĐ-UBND").build());
        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 1), "household:" + ERASED_HOUSEHOLD, "Điều 16 Luật 91/2025/QH15",
                RECORDED_REQUESTED_BY, "Hộ chuyển khỏi địa bàn, mục đích xử lý đã hết"));
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);
        try (Writer ledger = Files.newBufferedWriter(folder.resolve("ledger.jsonl"));
                Writer keyFile = Files.newBufferedWriter(folder.resolve("ledger.jsonl.keys"))) {
            runtime.ledger().store().forEach(1, event -> {
                try {
                    ledger.write(codec.write(event));
                    ledger.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            SubjectKeyBackup.export(keys.store(), keyFile);
        }
    }

    private static void register(KetnghiaRuntime runtime, String householdId, HouseholdMember... members) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(members).build());
    }
}
