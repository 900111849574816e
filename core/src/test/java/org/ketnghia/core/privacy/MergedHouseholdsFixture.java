package org.ketnghia.core.privacy;

import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.approval.ApprovalPolicy;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.approval.ApprovalRule;
import org.ketnghia.core.approval.ApproveRequest;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The small ledger with households merged (nhập hộ), recorded on 7 December 2026 while {@code
 * participant.households-merged} still kept the absorbed members' names as the keys of its {@code relations} map, in
 * the clear, and a held {@code participant.merge-households} kept them so too (see the fixture's README): once in plain
 * text and once encrypted, with the subjects' wrapped keys beside it and the fixed test master key. {@link #record} is
 * how it was made.
 */
final class MergedHouseholdsFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/households-merged-2026-12-07/";
    /** The plain ledger, JSON Lines. */
    static final String PLAIN = "plain-ledger.jsonl";
    /** The encrypted ledger, JSON Lines; its keys are in {@value #ENCRYPTED}{@code .keys}. */
    static final String ENCRYPTED = "encrypted-ledger.jsonl";
    /** The households as the code that recorded the ledgers folded them ({@link #describe}). */
    static final String EXPECTED_HOUSEHOLDS = "expected-households.txt";

    /** Merged directly: HN-202 into HN-201. */
    static final String RECEIVING = "HN-201";
    static final String ABSORBED = "HN-202";
    /** Merged after approval: HN-204 into HN-203. */
    static final String RECEIVING_APPROVED = "HN-203";
    static final String ABSORBED_APPROVED = "HN-204";
    /** Held for approval and still pending: HN-206 into HN-205, request {@value #PENDING_REQUEST}. */
    static final String RECEIVING_PENDING = "HN-205";
    static final String ABSORBED_PENDING = "HN-206";
    static final String PENDING_REQUEST = "approval-11";

    /** The names of the absorbed members, every one of which the recorded merges and held commands hold in clear. */
    static final List<String> ABSORBED_NAMES = List.of("Alăng Văn Bốn", "Pơloong Thị Mai", "Bhling Văn Tư",
            "Zơrâm Thị Lan", "Cơlâu Văn Nhất");

    /** Records the commune's merges: the maker. */
    static final Actor ACCOUNTANT = Actor.forUnit("ke-toan@a-xan", "Kế toán xã A Xan", ActorRole.COMMUNE_COMMITTEE,
            A_XAN);
    /** Approves at the commune: the checker. */
    static final Actor CHAIRMAN = Actor.forUnit("chu-tich@a-xan", "Chủ tịch UBND xã A Xan",
            ActorRole.COMMUNE_COMMITTEE, A_XAN);

    private MergedHouseholdsFixture() {
    }

    /** The approval policy the ledgers were recorded under: a merge into any household but HN-201 is held. */
    static ApprovalPolicy policy() {
        return ApprovalPolicy.of(ApprovalRule.when(MergeHouseholds.class,
                merge -> !merge.householdId().equals(RECEIVING),
                BilingualText.of("Nhập hộ cần phê duyệt", "A merger of households needs approval")));
    }

    /** The lines of one of the fixture's JSON Lines files. */
    static List<String> lines(String name) {
        try (BufferedReader in = open(name)) {
            return in.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of the fixture's files, opened from the class path. */
    static BufferedReader open(String name) {
        return EncryptedFixture.resource(FOLDER, name);
    }

    /** The encrypted ledger's subjects' keys, restored into a key store and opened with the fixture's master key. */
    static SubjectKeys restoredKeys() {
        return EncryptedFixture.restoredKeys(open(ENCRYPTED + ".keys"));
    }

    /** The households the code that recorded the ledgers folded, as {@link #describe} wrote them. */
    static String expectedHouseholds() {
        try (BufferedReader in = open(EXPECTED_HOUSEHOLDS)) {
            return String.join("\n", in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The households of a runtime, one line each in the order registered, ended ones too: id, the day it ended or
     * {@code in being}, and each member's full name and relation to the head, in order. What the recorded ledgers must
     * replay to.
     */
    static String describe(KetnghiaRuntime runtime) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> {
            List<String> lines = new ArrayList<>();
            for (String id : List.of(RECEIVING, ABSORBED, RECEIVING_APPROVED, ABSORBED_APPROVED, RECEIVING_PENDING,
                    ABSORBED_PENDING)) {
                Optional<LocalDate> ended = registry.householdEndedOn(id);
                Household household = registry.household(id).orElseThrow();
                StringBuilder line = new StringBuilder(id).append(" | ")
                        .append(ended.map(day -> "ended " + day).orElse("in being")).append(" |");
                for (HouseholdMember member : household.members()) {
                    line.append(' ').append(member.fullName()).append(" = ").append(member.relation()).append(';');
                }
                lines.add(line.toString());
            }
            return String.join("\n", lines);
        });
    }

    /**
     * Records the fixture into {@code folder}: six households; HN-202 merged into HN-201 directly, HN-204 into HN-203
     * held and approved, HN-206 into HN-205 held and left pending. Recorded twice, the same commands: without
     * protection ({@value #PLAIN}) and encrypted under the fixed test master key ({@value #ENCRYPTED} and its keys);
     * then the households as folded ({@value #EXPECTED_HOUSEHOLDS}). It was run with the builder of the day ({@code
     * putRelation(name, relation)}, now {@code addAbsorbedMember}); run today it would record merges in today's shape,
     * which is one more reason never to remake the fixture with it.
     */
    static void record(Path folder) throws IOException {
        byte[] bytes = new byte[MasterKey.LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i + 1);
        }
        MasterKey masterKey = MasterKey.of(bytes, "fixture");
        Files.writeString(folder.resolve("master.key"), Base64.getEncoder().encodeToString(bytes) + "\n");

        KetnghiaRuntime plain = runtime(Optional.empty());
        recordCommands(plain);
        write(plain, new EventCodec(plain.objectMapper()), folder.resolve(PLAIN));

        SubjectKeys keys = SubjectKeys.open(masterKey, new InMemorySubjectKeyStore());
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        KetnghiaRuntime encrypted = runtime(Optional.of(protection));
        recordCommands(encrypted);
        write(encrypted, new EventCodec(encrypted.objectMapper(), protection), folder.resolve(ENCRYPTED));
        try (Writer keyFile = Files.newBufferedWriter(folder.resolve(ENCRYPTED + ".keys"))) {
            SubjectKeyBackup.export(keys.store(), keyFile);
        }

        String households = describe(plain);
        if (!households.equals(describe(encrypted))) {
            throw new IllegalStateException("the plain and the encrypted ledger fold to different households");
        }
        Files.writeString(folder.resolve(EXPECTED_HOUSEHOLDS), households + "\n");
    }

    private static KetnghiaRuntime runtime(Optional<PayloadProtection> protection) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).approvalPolicy(policy()).eventStore(new InMemoryEventStore());
        protection.ifPresent(builder::personalDataProtection);
        return builder.build();
    }

    private static void recordCommands(KetnghiaRuntime runtime) {
        register(runtime, RECEIVING, member("Alăng Văn Hùng", Sex.MALE, 1978, HouseholdRelation.HEAD, "049178000101"),
                member("Bhling Thị Nhàn", Sex.FEMALE, 1980, HouseholdRelation.SPOUSE, null));
        register(runtime, ABSORBED, member("Alăng Văn Bốn", Sex.MALE, 1950, HouseholdRelation.HEAD, "049150000202"),
                member("Pơloong Thị Mai", Sex.FEMALE, 1953, HouseholdRelation.SPOUSE, null));
        register(runtime, RECEIVING_APPROVED, member("Bhling Văn Sáu", Sex.MALE, 1985, HouseholdRelation.HEAD,
                "049185000303"));
        register(runtime, ABSORBED_APPROVED, member("Bhling Văn Tư", Sex.MALE, 1988, HouseholdRelation.HEAD,
                "049188000404"), member("Zơrâm Thị Lan", Sex.FEMALE, 1990, HouseholdRelation.SPOUSE, null));
        register(runtime, RECEIVING_PENDING, member("Cơlâu Thị Hoa", Sex.FEMALE, 1968, HouseholdRelation.HEAD,
                "049168000505"));
        register(runtime, ABSORBED_PENDING, member("Cơlâu Văn Nhất", Sex.MALE, 1992, HouseholdRelation.HEAD,
                "049192000606"));

        runtime.ledger().submit(merge(RECEIVING, ABSORBED, LocalDate.of(2024, 5, 1))
                .addAbsorbedMember("Alăng Văn Bốn", HouseholdRelation.PARENT)
                .addAbsorbedMember("Pơloong Thị Mai", HouseholdRelation.PARENT)
                .reason("Nhập hộ theo đơn ngày 20/4/2024 (cha mẹ về ở với con)").build());
        EventEnvelope held = runtime.ledger().submit(merge(RECEIVING_APPROVED, ABSORBED_APPROVED, LocalDate.of(2024, 6, 3))
                .addAbsorbedMember("Bhling Văn Tư", HouseholdRelation.SIBLING)
                .addAbsorbedMember("Zơrâm Thị Lan", HouseholdRelation.OTHER)
                .reason("Nhập hộ theo đơn ngày 25/5/2024").build()).get(0);
        runtime.ledger().submit(ApproveRequest.builder().actor(CHAIRMAN).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 6, 5)).requestId(requestId(held)).note("Đồng ý").build());
        EventEnvelope pending = runtime.ledger().submit(merge(RECEIVING_PENDING, ABSORBED_PENDING,
                LocalDate.of(2024, 7, 1)).addAbsorbedMember("Cơlâu Văn Nhất", HouseholdRelation.CHILD)
                .reason("Nhập hộ theo đơn ngày 24/6/2024").build()).get(0);
        if (!requestId(pending).equals(PENDING_REQUEST)) {
            throw new IllegalStateException("the pending request is " + requestId(pending) + ", not " + PENDING_REQUEST);
        }
    }

    private static String requestId(EventEnvelope held) {
        return held.payloadAs(ApprovalRequested.class).orElseThrow().requestId();
    }

    private static MergeHouseholds.Builder merge(String householdId, String absorbedHouseholdId, LocalDate date) {
        MergeHouseholds.Builder builder = MergeHouseholds.builder();
        builder.actor(ACCOUNTANT).unitCode(A_XAN).occurredOn(date).householdId(householdId)
                .absorbedHouseholdId(absorbedHouseholdId);
        return builder;
    }

    private static HouseholdMember member(String name, Sex sex, int birthYear, HouseholdRelation relation,
            String idNumber) {
        HouseholdMember.Builder member = HouseholdMember.builder().fullName(name).sex(sex).birthYear(birthYear)
                .relation(relation);
        if (idNumber != null) {
            member.idNumber(idNumber);
        }
        return member.build();
    }

    private static void register(KetnghiaRuntime runtime, String householdId, HouseholdMember... members) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(members).build());
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
