package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.approval.ApprovalPolicy;
import org.ketnghia.core.approval.ApprovalRequested;
import org.ketnghia.core.approval.ApprovalRule;
import org.ketnghia.core.approval.ApproveRequest;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.AbsorbedMember;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdsMerged;
import org.ketnghia.core.participant.MergeHouseholds;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.privacy.internal.ProtectedFields;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A merge of households (nhập hộ) keeps the absorbed members' names only in name fields: in an encrypted ledger they are
 * sealed under the receiving household's key, in the event and in a merge held for approval; they reveal with the keys
 * and read as erased stand-ins once that household is erased; a plain ledger writes and reads the same shape.
 */
class MergedHouseholdsProtectionTest {

    private static final List<String> ABSORBED_NAMES = List.of("Alăng Văn Bốn", "Pơloong Thị Mai");
    private static final String RECEIVING_SUBJECT = "household:HN-001";

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);

    @Test
    void theNamesOfAMerge_andOfAHeldMerge_areProtectedFields() {
        ProtectedFields fields = new ProtectedFields();

        assertThat(fields.of(HouseholdsMerged.class)).contains("fullName");
        assertThat(fields.of(MergeHouseholds.class)).contains("fullName");
    }

    @Test
    void aNewMerge_isStoredWithNoneOfTheAbsorbedNames_sealedUnderTheReceivingHousehold() {
        KetnghiaRuntime runtime = encryptedRuntime(ApprovalPolicy.none());
        EventEnvelope merged = givenTwoHouseholdsMerged(runtime).get(0);

        String stored = new EventCodec(runtime.objectMapper(), protection).write(merged);

        assertHoldsNoAbsorbedName(stored);
        assertThat(stored).contains("\"payloadVersion\":2", "\"type\":\"participant.households-merged\"",
                "\"absorbedMembers\":[{\"fullName\":" + PayloadProtection.MARKER, "\"relation\":\"PARENT\"",
                "\"relation\":\"SPOUSE\"", "\"subject\":\"" + RECEIVING_SUBJECT + "\"")
                .doesNotContain("\"relations\"");
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aNewMerge_revealsWithTheKeys_andReadsAsErasedStandInsOnceTheReceivingHouseholdIsErased() {
        KetnghiaRuntime runtime = encryptedRuntime(ApprovalPolicy.none());
        EventEnvelope merged = givenTwoHouseholdsMerged(runtime).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);
        String stored = codec.write(merged);

        assertThat(codec.read(stored).payload()).isEqualTo(merged.payload());
        assertThat(members(codec.read(stored))).extracting(AbsorbedMember::fullName, AbsorbedMember::relation)
                .containsExactly(tuple("Alăng Văn Bốn", HouseholdRelation.PARENT),
                        tuple("Pơloong Thị Mai", HouseholdRelation.SPOUSE));
        assertThat(members(new EventCodec(runtime.objectMapper(), PayloadProtection.masked()).read(stored)))
                .extracting(AbsorbedMember::fullName).containsOnly(PayloadProtection.MASKED_TEXT);

        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 1), RECEIVING_SUBJECT, "Điều 16 Luật 91/2025/QH15", "12/ĐN-UBND",
                "Hộ chuyển khỏi địa bàn, mục đích xử lý đã hết"));

        EventEnvelope afterErasure = codec.read(stored);
        assertThat(members(afterErasure)).extracting(AbsorbedMember::fullName).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith(PayloadProtection.ERASED_TEXT + " #"))
                .noneMatch(ABSORBED_NAMES::contains);
        assertThat(members(afterErasure)).extracting(AbsorbedMember::relation)
                .containsExactly(HouseholdRelation.PARENT, HouseholdRelation.SPOUSE);
        assertThat(afterErasure.payloadAs(HouseholdsMerged.class).orElseThrow().relationsByName()).hasSize(2);
        assertThat(new EventChain(runtime.objectMapper()).expectedHash(afterErasure)).isEqualTo(merged.hash());
        assertThat(codec.write(afterErasure)).isEqualTo(stored);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void inAPlainLedger_aMerge_writesItsNewShape_andReadsBackToTheSameEventAndBytes() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).build();
        EventEnvelope merged = givenTwoHouseholdsMerged(runtime).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper());

        String written = codec.write(merged);
        EventEnvelope read = codec.read(written);

        assertThat(written).contains("\"payloadVersion\":2,\"payload\":{\"type\":\"participant.households-merged\","
                + "\"absorbedHouseholdId\":\"HN-002\",\"absorbedMembers\":[{\"fullName\":\"Alăng Văn Bốn\","
                + "\"relation\":\"PARENT\"},{\"fullName\":\"Pơloong Thị Mai\",\"relation\":\"SPOUSE\"}],"
                + "\"householdId\":\"HN-001\",\"reason\":\"Nhập hộ theo đơn ngày 20/4/2024\"}")
                .doesNotContain("relationsByName", "memberNames", "\"relations\"");
        assertThat(read).isEqualTo(merged);
        assertThat(read.recordedPayload()).isEmpty();
        assertThat(codec.write(read)).isEqualTo(written);
        assertThat(new EventChain(runtime.objectMapper()).expectedHash(read)).isEqualTo(merged.hash());
        assertThat(runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household("HN-001"))
                .orElseThrow().members()).extracting(HouseholdMember::fullName, HouseholdMember::relation)
                .containsExactly(tuple("Bríu Thị Hoa", HouseholdRelation.HEAD),
                        tuple("Alăng Văn Bốn", HouseholdRelation.PARENT),
                        tuple("Pơloong Thị Mai", HouseholdRelation.SPOUSE));
    }

    @Test
    void aMergeHeldForApproval_isSealedUnderTheReceivingHousehold_andApprovedIntoASealedMerge() {
        KetnghiaRuntime runtime = encryptedRuntime(ApprovalPolicy.of(ApprovalRule.always(MergeHouseholds.class)));
        EventEnvelope held = givenTwoHouseholdsMerged(runtime).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

        String storedRequest = codec.write(held);

        assertThat(held.payload()).isInstanceOf(ApprovalRequested.class);
        assertHoldsNoAbsorbedName(storedRequest);
        assertThat(storedRequest).contains("\"payloadVersion\":2", "\"type\":\"participant.merge-households\"",
                "\"subject\":\"" + RECEIVING_SUBJECT + "\"");
        assertThat(codec.read(storedRequest).payload()).isEqualTo(held.payload());

        List<EventEnvelope> approved = runtime.ledger().submit(ApproveRequest.builder()
                .actor(MergedHouseholdsFixture.CHAIRMAN).unitCode(A_XAN).occurredOn(LocalDate.of(2024, 5, 2))
                .requestId(held.payloadAs(ApprovalRequested.class).orElseThrow().requestId()).build());

        assertThat(approved.get(1).payload()).isInstanceOf(HouseholdsMerged.class);
        assertHoldsNoAbsorbedName(codec.write(approved.get(1)));
        assertThat(runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household("HN-001"))
                .orElseThrow().members()).extracting(HouseholdMember::fullName)
                .containsExactly("Bríu Thị Hoa", "Alăng Văn Bốn", "Pơloong Thị Mai");
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    private KetnghiaRuntime encryptedRuntime(ApprovalPolicy policy) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).approvalPolicy(policy).build();
    }

    /** HN-002 (two members) merged into HN-001 by the commune's accountant: what the merge recorded. */
    private static List<EventEnvelope> givenTwoHouseholdsMerged(KetnghiaRuntime runtime) {
        register(runtime, "HN-001", HouseholdMember.of("Bríu Thị Hoa", Sex.FEMALE, 1975, HouseholdRelation.HEAD));
        register(runtime, "HN-002", HouseholdMember.of(ABSORBED_NAMES.get(0), Sex.MALE, 1950, HouseholdRelation.HEAD),
                HouseholdMember.of(ABSORBED_NAMES.get(1), Sex.FEMALE, 1953, HouseholdRelation.SPOUSE));
        return runtime.ledger().submit(MergeHouseholds.builder().actor(MergedHouseholdsFixture.ACCOUNTANT).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 5, 1)).householdId("HN-001").absorbedHouseholdId("HN-002")
                .addAbsorbedMember(ABSORBED_NAMES.get(0), HouseholdRelation.PARENT)
                .addAbsorbedMember(ABSORBED_NAMES.get(1), HouseholdRelation.SPOUSE)
                .reason("Nhập hộ theo đơn ngày 20/4/2024").build());
    }

    private static void register(KetnghiaRuntime runtime, String householdId, HouseholdMember... members) {
        runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(members).build());
    }

    private static List<AbsorbedMember> members(EventEnvelope merge) {
        return merge.payloadAs(HouseholdsMerged.class).orElseThrow().absorbedMembers();
    }

    /** Neither the names nor any of their words with diacritics are in the stored JSON's bytes. */
    private static void assertHoldsNoAbsorbedName(String stored) {
        byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);
        for (String name : ABSORBED_NAMES) {
            assertThat(indexOf(bytes, name.getBytes(StandardCharsets.UTF_8))).as(name).isEqualTo(-1);
        }
        for (String word : List.of("Alăng", "Bốn", "Pơloong")) { // with diacritics: never in base64 by chance
            assertThat(indexOf(bytes, word.getBytes(StandardCharsets.UTF_8))).as(word).isEqualTo(-1);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int at = 0; at + needle.length <= haystack.length; at++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[at + i] != needle[i]) {
                    continue outer;
                }
            }
            return at;
        }
        return -1;
    }
}
