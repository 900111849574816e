package org.ketnghia.training.privacy;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.training.household.HouseholdParticipant;
import org.ketnghia.training.household.HouseholdTopic;
import org.ketnghia.training.household.HouseholdTraining;
import org.ketnghia.training.household.OpenHouseholdClass;
import org.ketnghia.training.household.RecordHouseholdAttendance;

/**
 * The small ledger with households' technical-class attendance, recorded on 7 December 2026 while {@code
 * training.household-attendance-recorded} named no data subject of its own, so that its members' names stayed in the
 * clear even in an encrypted ledger (see the fixture's README): once in plain text and once encrypted, with the
 * subjects' wrapped keys beside it and the fixed test master key. {@link #record} is how it was made.
 */
final class AttendanceFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/household-attendance-2026-12-07/";
    /** The plain ledger, JSON Lines. */
    static final String PLAIN = "plain-ledger.jsonl";
    /** The encrypted ledger, JSON Lines; its keys are in {@value #ENCRYPTED}{@code .keys}. */
    static final String ENCRYPTED = "encrypted-ledger.jsonl";
    /** The attendance as the code that recorded the ledgers folded it ({@link #describe}). */
    static final String EXPECTED_ATTENDANCE = "expected-attendance.txt";

    /** The class the households attended. */
    static final String CLASS = "AX-TIEM-PHONG-2024";
    static final String FIRST_HOUSEHOLD = "HN-301";
    static final String SECOND_HOUSEHOLD = "HN-302";
    static final String THIRD_HOUSEHOLD = "HN-303";
    /** The names of the members present, every one of which the recorded attendance holds in the clear. */
    static final List<String> PRESENT_NAMES = List.of("Bríu Thị Hoa", "Bríu Văn Bốn", "Zơrâm Thị Lan", "Alăng Văn Tư");
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 10));

    /** Records the attendance at the commune. */
    static final Actor COMMUNE = Actor.forUnit("can-bo@a-xan", "Cán bộ xã A Xan", ActorRole.COMMUNE_COMMITTEE,
            Participants.A_XAN);
    /** Opens the class. */
    static final Actor DISTRICT = Actor.forUnit("phong-nn@tay-giang", "Phòng Nông nghiệp huyện Tây Giang",
            ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG");

    private AttendanceFixture() {
    }

    /** A runtime with the training model, reading with {@code protection} when given. */
    static KetnghiaRuntime.Builder builder(Optional<PayloadProtection> protection) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .addModel(new TrainingModel(TrainingConfiguration.quangNam2021()))
                .administrativeUnits(Participants.units()).clock(Fixtures.CLOCK);
        protection.ifPresent(builder::personalDataProtection);
        return builder;
    }

    /** The lines of one of the fixture's JSON Lines files. */
    static List<String> lines(String name) {
        try (BufferedReader in = open(name)) {
            return in.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attendance the code that recorded the ledgers folded, as {@link #describe} wrote it. */
    static String expectedAttendance() {
        try (BufferedReader in = open(EXPECTED_ATTENDANCE)) {
            return String.join("\n", in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixed test master key. */
    static MasterKey masterKey() {
        return MasterKey.of(masterKeyBytes(), "fixture");
    }

    /** The encrypted ledger's subjects' keys, restored into a key store and opened with the fixture's master key. */
    static SubjectKeys restoredKeys() {
        InMemorySubjectKeyStore store = new InMemorySubjectKeyStore();
        try (BufferedReader in = open(ENCRYPTED + ".keys")) {
            SubjectKeyBackup.restore(in, store);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SubjectKeys.open(masterKey(), store);
    }

    /** The class's attendance of a runtime, one line per day: the date and each member present, by household then name. */
    static String describe(KetnghiaRuntime runtime) {
        return runtime.ledger().read(HouseholdTraining.class, training -> {
            List<String> lines = new ArrayList<>();
            for (Map.Entry<LocalDate, Set<HouseholdParticipant>> day : training.attendance(CLASS).entrySet()) {
                StringBuilder line = new StringBuilder(day.getKey().toString()).append(" |");
                for (HouseholdParticipant participant : new java.util.TreeSet<>(day.getValue())) {
                    line.append(' ').append(participant.householdId()).append(" = ").append(participant.memberName())
                            .append(';');
                }
                lines.add(line.toString());
            }
            return String.join("\n", lines);
        });
    }

    /**
     * Records the fixture into {@code folder}: three households of A Ur, a class opened for A Xan, attended on two days
     * by members of all three. Recorded twice, the same commands: without protection ({@value #PLAIN}) and encrypted
     * under the fixed test master key ({@value #ENCRYPTED} and its keys); then the attendance as folded ({@value
     * #EXPECTED_ATTENDANCE}).
     */
    static void record(Path folder) throws IOException {
        Files.writeString(folder.resolve("master.key"), Base64.getEncoder().encodeToString(masterKeyBytes()) + "\n");

        KetnghiaRuntime plain = builder(Optional.empty()).eventStore(new InMemoryEventStore()).build();
        recordCommands(plain);
        write(plain, new EventCodec(plain.objectMapper()), folder.resolve(PLAIN));

        SubjectKeys keys = SubjectKeys.open(masterKey(), new InMemorySubjectKeyStore());
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        KetnghiaRuntime encrypted = builder(Optional.of(protection)).eventStore(new InMemoryEventStore()).build();
        recordCommands(encrypted);
        write(encrypted, new EventCodec(encrypted.objectMapper(), protection), folder.resolve(ENCRYPTED));
        try (Writer keyFile = Files.newBufferedWriter(folder.resolve(ENCRYPTED + ".keys"))) {
            SubjectKeyBackup.export(keys.store(), keyFile);
        }

        String attendance = describe(plain);
        if (!attendance.equals(describe(encrypted))) {
            throw new IllegalStateException("the plain and the encrypted ledger fold to different attendance");
        }
        Files.writeString(folder.resolve(EXPECTED_ATTENDANCE), attendance + "\n");
    }

    /** Submits the fixture's commands to {@code runtime}: the households, the class, its two days of attendance. */
    static void recordCommands(KetnghiaRuntime runtime) {
        runtime.ledger().submit(Participants.household(FIRST_HOUSEHOLD, Participants.A_UR, Participants.A_XAN,
                Participants.head("Bríu Thị Hoa", Sex.FEMALE, 1980),
                HouseholdMember.of("Bríu Văn Bốn", Sex.MALE, 1978, HouseholdRelation.SPOUSE)).build());
        runtime.ledger().submit(Participants.household(SECOND_HOUSEHOLD, Participants.A_UR, Participants.A_XAN,
                Participants.head("Zơrâm Thị Lan", Sex.FEMALE, 1990)).build());
        runtime.ledger().submit(Participants.household(THIRD_HOUSEHOLD, Participants.A_UR, Participants.A_XAN,
                Participants.head("Alăng Văn Tư", Sex.MALE, 1975)).build());
        runtime.ledger().submit(OpenHouseholdClass.builder().actor(DISTRICT).unitCode(Participants.A_XAN)
                .occurredOn(LocalDate.of(2024, 9, 2)).classId(CLASS).title("Tập huấn tiêm phòng cho bò")
                .addTopics(HouseholdTopic.VACCINATION).modelId("livestock").sessionDays(DAYS)
                .venue("Nhà văn hóa thôn A Ur").addTrainers("Trạm Chăn nuôi và Thú y huyện").capacity(10).build());
        runtime.ledger().submit(attendance(DAYS.get(0), HouseholdParticipant.of(FIRST_HOUSEHOLD, "Bríu Thị Hoa"),
                HouseholdParticipant.of(FIRST_HOUSEHOLD, "Bríu Văn Bốn"),
                HouseholdParticipant.of(SECOND_HOUSEHOLD, "Zơrâm Thị Lan"),
                HouseholdParticipant.of(THIRD_HOUSEHOLD, "Alăng Văn Tư")));
        runtime.ledger().submit(attendance(DAYS.get(1), HouseholdParticipant.of(FIRST_HOUSEHOLD, "Bríu Thị Hoa"),
                HouseholdParticipant.of(SECOND_HOUSEHOLD, "Zơrâm Thị Lan")));
    }

    private static RecordHouseholdAttendance attendance(LocalDate day, HouseholdParticipant... present) {
        return RecordHouseholdAttendance.builder().actor(COMMUNE).unitCode(Participants.A_XAN).occurredOn(day)
                .classId(CLASS).addParticipants(present).build();
    }

    private static byte[] masterKeyBytes() {
        byte[] bytes = new byte[MasterKey.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i + 1);
        }
        return bytes;
    }

    private static BufferedReader open(String name) {
        InputStream in = AttendanceFixture.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("fixture file missing: " + FOLDER + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The events of {@code runtime} as {@code codec} writes them, one line each. */
    static List<String> written(KetnghiaRuntime runtime, EventCodec codec) {
        return runtime.ledger().store().readAll().stream().map(codec::write).toList();
    }

    private static void write(KetnghiaRuntime runtime, EventCodec codec, Path file) throws IOException {
        try (Writer ledger = Files.newBufferedWriter(file)) {
            runtime.ledger().store().forEach(1, event -> {
                try {
                    ledger.write(codec.write(event));
                    ledger.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
