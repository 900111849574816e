package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.poverty.Area;
import org.ketnghia.core.participant.poverty.PovertyAssessment;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.participant.poverty.PovertyClassifier;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.junit.jupiter.api.Test;

class PersonalDataProtectionTest {

    private static final String ID_NUMBER = "049175001234";
    private static final String NAME = "Bríu Thị Hoa";

    private final MasterKey masterKey = MasterKey.generate();
    private final SubjectKeys keys = SubjectKeys.open(masterKey, new InMemorySubjectKeyStore());
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .clock(Fixtures.CLOCK).personalDataProtection(protection).build();

    private EventEnvelope register(String householdId, String name, int birthYear, String idNumber) {
        return runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(name).sex(Sex.FEMALE).birthYear(birthYear)
                        .relation(HouseholdRelation.HEAD).idNumber(idNumber).build())
                .build()).get(0);
    }

    @Test
    void aRegisteredHousehold_isStoredWithoutItsPersonalDataInPlainText_andReadsBackWhole() {
        EventEnvelope recorded = register("HN-001", NAME, 1968, ID_NUMBER);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

        String stored = codec.write(recorded);

        assertThat(stored).doesNotContain(ID_NUMBER).doesNotContain("Bríu").doesNotContain("\"birthYear\":1968")
                .doesNotContain("\"ethnicityCode\":\"").contains(PayloadProtection.MARKER).contains("HN-001");
        EventEnvelope read = codec.read(stored);
        assertThat(read.payload()).isEqualTo(recorded.payload());
        assertThat(codec.write(read)).isEqualTo(stored);
        assertThat(new EventChain(runtime.objectMapper()).expectedHash(read)).isEqualTo(recorded.hash());
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aPovertyStatus_isSealedOnlyWhenItCarriesAClassification_andBothKeepTheChain() {
        register("HN-001", NAME, 1968, ID_NUMBER);
        EventEnvelope bare = runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 12, 10)).householdId("HN-001").year(2025).category(PovertyCategory.POOR)
                .basis("Quyết định 12/QĐ-UBND").build()).get(0);
        EventEnvelope classified = runtime.ledger().submit(RecordPovertyStatus.builder().actor(Fixtures.PROVINCE)
                .unitCode(A_XAN).occurredOn(LocalDate.of(2024, 6, 10)).householdId("HN-001").year(2024)
                .classification(PovertyClassifier.official().classify(PovertyAssessment.builder()
                        .assessmentDate(LocalDate.of(2024, 5, 1)).area(Area.RURAL)
                        .monthlyIncomePerPerson(Money.ofDong(1_234_567)).addDeprivations("employment").build()))
                .basis("Quyết định 13/QĐ-UBND").build()).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

        assertThat(bare.recordedPayload()).isEmpty();
        assertThat(codec.write(bare)).doesNotContain(PayloadProtection.MARKER).contains("HN-001");
        assertThat(classified.recordedPayload()).isPresent();
        assertThat(codec.write(classified)).contains(PayloadProtection.MARKER).doesNotContain("1234567");
        assertThat(codec.read(codec.write(classified)).payload()).isEqualTo(classified.payload());
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aKeyPreparedAhead_isTheOneTheEventIsSealedWith_andNoneIsMadeForAnErasedSubject() {
        RegisterHousehold command = RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-007").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(NAME).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber(ID_NUMBER).build())
                .build();

        protection.prepareKeyFor(command, runtime.objectMapper());

        assertThat(keys.hasPending()).isTrue(); // made, in memory until the append that needs it
        assertThat(keys.store().wrappedKey("household:HN-007")).isEmpty();
        EventEnvelope recorded = runtime.ledger().submit(command).get(0);
        assertThat(keys.store().wrappedKey("household:HN-007")).isPresent();
        assertThat(keys.hasPending()).isFalse();
        SubjectKeys reopened = SubjectKeys.open(masterKey, keys.store());
        assertThat(new EventCodec(runtime.objectMapper(), PayloadProtection.withKeys(reopened)).read(
                new EventCodec(runtime.objectMapper(), protection).write(recorded)).payload()).isEqualTo(recorded.payload());
        keys.destroy("household:HN-008");
        protection.prepareKeyFor(RegisterHousehold.builder().from(command).householdId("HN-008").build(),
                runtime.objectMapper());
        assertThat(keys.store().wrappedKey("household:HN-008")).isEmpty();
    }

    @Test
    void afterErasure_theFieldsReadAsErased_othersIntact_andTheChainStillVerifies() {
        EventEnvelope erased = register("HN-001", NAME, 1968, ID_NUMBER);
        EventEnvelope kept = register("HN-002", "Alăng Văn Bốn", 1971, "049171000042");
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);
        List<String> stored = List.of(codec.write(erased), codec.write(kept));

        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 1), "household:HN-001", "Điều 16 Luật 91/2025/QH15", "12/ĐN-UBND",
                "Hộ chuyển khỏi địa bàn, mục đích xử lý đã hết"));

        Household afterErasure = codec.read(stored.get(0)).payloadAs(HouseholdRegistered.class).orElseThrow().household();
        assertThat(afterErasure.ethnicityCode()).isEqualTo(PayloadProtection.ERASED_TEXT);
        assertThat(afterErasure.head().fullName()).startsWith(PayloadProtection.ERASED_TEXT + " #").doesNotContain("Bríu");
        assertThat(afterErasure.head().birthYear()).isZero();
        assertThat(afterErasure.head().idNumber()).contains(PayloadProtection.ERASED_TEXT);
        assertThat(afterErasure.id()).isEqualTo("HN-001");
        Household other = codec.read(stored.get(1)).payloadAs(HouseholdRegistered.class).orElseThrow().household();
        assertThat(other.head().fullName()).isEqualTo("Alăng Văn Bốn");
        assertThat(other.head().idNumber()).contains("049171000042");
        EventChain chain = new EventChain(runtime.objectMapper());
        assertThat(chain.expectedHash(codec.read(stored.get(0)))).isEqualTo(erased.hash());
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(3);
    }

    @Test
    void anErasedSubject_cannotBeRecordedAgain() {
        keys.destroy("household:HN-009");

        assertThatThrownBy(() -> register("HN-009", NAME, 1968, ID_NUMBER))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_SUBJECT_ERASED));
    }

    @Test
    void aReaderWithoutKeys_isRefusedWithTheMissingVariableNamed_andAMaskedReaderSeesNoPersonalData() {
        String stored = new EventCodec(runtime.objectMapper()).write(register("HN-001", NAME, 1968, ID_NUMBER));

        assertThatThrownBy(() -> new EventCodec(runtime.objectMapper()).read(stored))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems().get(0).code()).isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN);
                    assertThat(e.getMessage()).contains(MasterKey.ENVIRONMENT_VARIABLE);
                });
        Household masked = new EventCodec(runtime.objectMapper(), PayloadProtection.masked()).read(stored)
                .payloadAs(HouseholdRegistered.class).orElseThrow().household();
        assertThat(masked.head().fullName()).isEqualTo(PayloadProtection.MASKED_TEXT);
        assertThat(masked.head().idNumber()).contains(PayloadProtection.MASKED_TEXT);
        assertThat(masked.head().birthYear()).isZero();
    }

    @Test
    void aMissingMasterKey_failsNamingTheVariable_andAWrongOneFailsWhenTheKeysAreOpened() {
        assertThatThrownBy(() -> MasterKey.fromEnvironment(Map.of()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems().get(0).code()).isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING);
                    assertThat(e.getMessage()).contains("KETNGHIA_MASTER_KEY");
                });
        assertThatThrownBy(() -> MasterKey.fromEnvironment(Map.of(MasterKey.ENVIRONMENT_VARIABLE, "c2hvcnQ=")))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_INVALID));
        register("HN-001", NAME, 1968, ID_NUMBER);
        assertThatThrownBy(() -> SubjectKeys.open(MasterKey.generate(), keys.store()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG));
        MasterKey same = MasterKey.fromEnvironment(Map.of(MasterKey.ENVIRONMENT_VARIABLE, MasterKey.generate().toBase64()));
        assertThat(same.source()).contains("KETNGHIA_MASTER_KEY");
    }

    @Test
    void anAlteredCiphertext_isAnError_notAnErasure() {
        String stored = new EventCodec(runtime.objectMapper()).write(register("HN-001", NAME, 1968, ID_NUMBER));
        int at = stored.indexOf("\"ct\":\"") + 8;
        String altered = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);

        assertThatThrownBy(() -> new EventCodec(runtime.objectMapper(), protection).read(altered))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems().get(0).code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED));
    }

    @Test
    void theRegistry_readsTheHouseholdInPlainText_whileTheStoreHoldsCiphertext() {
        register("HN-001", NAME, 1968, ID_NUMBER);

        Household household = runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household("HN-001"))
                .orElseThrow();
        assertThat(household.head().idNumber()).contains(ID_NUMBER);
        assertThat(((InMemoryEventStore) runtime.ledger().store()).lastSequence()).isEqualTo(1);
    }

    @Test
    void theErasedNamesOfAHouseholdsMembers_stayDistinct_soThatAnEventNamingOneDoesNotMatchThemAll() {
        EventEnvelope recorded = runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-001").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.of(NAME, Sex.FEMALE, 1968, HouseholdRelation.HEAD),
                        HouseholdMember.of("Bríu Văn Lực", Sex.MALE, 2001, HouseholdRelation.CHILD))
                .build()).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);
        String stored = codec.write(recorded);

        keys.destroy("household:HN-001");

        List<HouseholdMember> members = codec.read(stored).payloadAs(HouseholdRegistered.class).orElseThrow()
                .household().members();
        assertThat(members).extracting(HouseholdMember::fullName).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith(PayloadProtection.ERASED_TEXT + " #"));
        assertThat(members).extracting(HouseholdMember::relation)
                .containsExactly(HouseholdRelation.HEAD, HouseholdRelation.CHILD);
    }

    @Test
    void aRegistrationHeldForApproval_isStoredEncrypted_underTheHouseholdsKey() {
        KetnghiaRuntime approving = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).approvalPolicy(org.ketnghia.core.approval.ApprovalPolicy.of(
                        org.ketnghia.core.approval.ApprovalRule.always(RegisterHousehold.class)))
                .build();
        EventEnvelope held = approving.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-007").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(NAME).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber(ID_NUMBER).build())
                .build()).get(0);
        EventCodec codec = new EventCodec(approving.objectMapper(), protection);

        String stored = codec.write(held);

        assertThat(held.payload()).isInstanceOf(org.ketnghia.core.approval.ApprovalRequested.class);
        assertThat(stored).doesNotContain(ID_NUMBER).doesNotContain("Bríu").doesNotContain("Cơ Tu")
                .contains("\"subject\":\"household:HN-007\"");
        assertThat(codec.read(stored).payload()).isEqualTo(held.payload());
    }
}
