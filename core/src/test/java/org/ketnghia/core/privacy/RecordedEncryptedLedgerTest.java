package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The encrypted ledger recorded on 6 December 2026 with the per-field cipher {@code aes-gcm-1} ({@link
 * EncryptedFixture}) still opens with its keys and the same master key, verifies its chain, reveals its personal
 * fields, reads its erased household as stand-ins, reads masked without keys, exports as it was recorded, replays
 * its erasure whose {@code requestedBy} is free text that today's rule refuses, and can be erased further and
 * recorded on.
 */
class RecordedEncryptedLedgerTest {

    private final SubjectKeys keys = EncryptedFixture.restoredKeys();
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final List<String> lines = EncryptedFixture.lines();
    private final KetnghiaRuntime runtime = openedRuntime();
    private final EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

    @Test
    void theRecordedLedger_opensVerifiesAndRevealsItsPersonalFields() {
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(6);
        assertThat(runtime.ledger().verifyChain().isIntact()).as(runtime.ledger().verifyChain().toString()).isTrue();

        Household kept = household("HN-101");
        assertThat(kept.members()).extracting(HouseholdMember::fullName).containsExactly("Alăng Văn Bốn", "Alăng Thị Nhàn");
        assertThat(kept.head().birthYear()).isEqualTo(1971);
        assertThat(kept.head().idNumber()).contains("049171000042");
        assertThat(kept.ethnicityCode()).isNotBlank().isNotEqualTo(PayloadProtection.ERASED_TEXT);
        assertThat(household("HN-103").head().fullName()).isEqualTo("Cơlâu Thị Hoa");
        assertThat(json(codec.read(lines.get(3)))).contains("1234567");
    }

    @Test
    void theHouseholdErasedThen_readsAsStandIns_withDistinctNames() {
        Household erased = household(EncryptedFixture.ERASED_HOUSEHOLD);

        assertThat(erased.ethnicityCode()).isEqualTo(PayloadProtection.ERASED_TEXT);
        assertThat(erased.members()).extracting(HouseholdMember::fullName).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith(PayloadProtection.ERASED_TEXT + " #"));
        assertThat(erased.members()).extracting(HouseholdMember::birthYear).containsOnly(0);
        assertThat(erased.head().idNumber()).contains(PayloadProtection.ERASED_TEXT);
        assertThat(String.join("\n", lines)).doesNotContain(EncryptedFixture.ERASED_ID_NUMBER).doesNotContain("1982");
    }

    @Test
    void withoutKeys_itReadsMasked_andItExportsExactlyAsRecorded() {
        Household masked = new EventCodec(runtime.objectMapper(), PayloadProtection.masked()).read(lines.get(0))
                .payloadAs(HouseholdRegistered.class).orElseThrow().household();
        assertThat(masked.head().fullName()).isEqualTo(PayloadProtection.MASKED_TEXT);
        assertThat(masked.head().birthYear()).isZero();

        List<String> exported = runtime.ledger().store().readAll().stream().map(codec::write).toList();

        assertThat(exported).containsExactlyElementsOf(lines);
    }

    @Test
    void itCanBeErasedFurther_andRecordedOn_withTheChainWhole() {
        new DataErasure(runtime.ledger(), keys).erase(new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 20), "household:HN-101", "Điều 16 Luật 91/2025/QH15", "15/ĐN-UBND",
                "Hộ chuyển khỏi địa bàn"));
        EventEnvelope added = runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 4, 1)).householdId("HN-104").villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName("Zơrâm Văn Lâm").sex(Sex.MALE).birthYear(1990)
                        .relation(HouseholdRelation.HEAD).idNumber("049190001122").build())
                .build()).get(0);

        Household erasedNow = codec.read(lines.get(0)).payloadAs(HouseholdRegistered.class).orElseThrow().household();
        assertThat(erasedNow.head().fullName()).startsWith(PayloadProtection.ERASED_TEXT + " #");
        assertThat(erasedNow.head().birthYear()).isZero();
        assertThat(json(codec.read(lines.get(3)))).doesNotContain("1234567");
        String stored = codec.write(added);
        assertThat(stored).doesNotContain("Zơrâm").doesNotContain("049190001122");
        assertThat(codec.read(stored).payload()).isEqualTo(added.payload());
        assertThat(household("HN-101").head().fullName()).isEqualTo("Alăng Văn Bốn"); // projections keep what they read
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(8);
        assertThat(runtime.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void itsErasure_whoseRequestedByIsTheErasedPersonsName_stillReplays_thoughANewErasureSoWrittenIsRefused() {
        EventEnvelope erasure = runtime.ledger().store().readAll().get(5);
        assertThat(erasure.payloadAs(DataSubjectErased.class)).map(DataSubjectErased::requestedBy)
                .contains(EncryptedFixture.RECORDED_REQUESTED_BY);
        assertThat(ErasureRequestReference.isReference(EncryptedFixture.RECORDED_REQUESTED_BY)).as("refused today").isFalse();
        assertThat(codec.write(erasure)).isEqualTo(lines.get(5));

        runtime.ledger().rebuildProjections();
        KetnghiaRuntime reopened = openedRuntime();

        assertThat(reopened.ledger().verifyChain().isIntact()).isTrue();
        assertThat(reopened.ledger().read(ParticipantRegistry.class,
                registry -> registry.household(EncryptedFixture.ERASED_HOUSEHOLD)).orElseThrow().ethnicityCode())
                .isEqualTo(PayloadProtection.ERASED_TEXT);
        assertThat(household(EncryptedFixture.ERASED_HOUSEHOLD).ethnicityCode()).isEqualTo(PayloadProtection.ERASED_TEXT);
        EraseDataSubject writtenSoToday = new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON,
                LocalDate.of(2026, 5, 20), "household:HN-101", "Điều 16 Luật 91/2025/QH15",
                EncryptedFixture.RECORDED_REQUESTED_BY, "Hộ chuyển khỏi địa bàn");
        assertThatThrownBy(() -> new DataErasure(runtime.ledger(), keys).erase(writtenSoToday))
                .isInstanceOfSatisfying(KetnghiaException.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::code, Problem::field)
                        .containsExactly(tuple(PrivacyErrorCode.PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED, "requestedBy")));
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(6);
        assertThat(codec.read(lines.get(0)).payloadAs(HouseholdRegistered.class).orElseThrow().household().head().fullName())
                .as("no key destroyed").isEqualTo("Alăng Văn Bốn");
    }

    private Household household(String id) {
        return runtime.ledger().read(ParticipantRegistry.class, registry -> registry.household(id)).orElseThrow();
    }

    private String json(EventEnvelope event) {
        try {
            return runtime.objectMapper().writeValueAsString(event.payload());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private KetnghiaRuntime openedRuntime() {
        return runtime(EncryptedFixture.events(protection));
    }

    private KetnghiaRuntime runtime(InMemoryEventStore store) {
        return KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).eventStore(store).build();
    }
}
