package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

class PlainLedgerMigrationTest {

    private final KetnghiaRuntime plain = Participants.runtime();
    private final ObjectMapper mapper = plain.objectMapper();
    private final PayloadProtection protection = PayloadProtection.withKeys(
            SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore()));

    private void register(String householdId, String name, String idNumber) {
        plain.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(name).sex(Sex.MALE).birthYear(1975)
                        .relation(HouseholdRelation.HEAD).idNumber(idNumber).build())
                .build());
    }

    @Test
    void aPlainLedger_isRewrittenEncrypted_withTheOldLastHashFirst_andEveryEventAfterIt() {
        register("HN-001", "Alăng Văn Bốn", "049175000001");
        register("HN-002", "Bríu Văn Lực", "049175000002");
        InMemoryEventStore encrypted = new InMemoryEventStore();

        long written = new PlainLedgerMigration(new EventChain(mapper), new EventChain(mapper, protection))
                .migrate(plain.ledger().store(), encrypted, "Luật 91/2025/QH15: mã hóa dữ liệu cá nhân");

        assertThat(written).isEqualTo(3);
        assertThat(new EventChain(mapper).verify(encrypted).isIntact()).isTrue();
        List<EventEnvelope> events = encrypted.readAll();
        assertThat(events.get(0).payload()).isEqualTo(new LedgerEncrypted(2, plain.ledger().store().lastHash(),
                "Luật 91/2025/QH15: mã hóa dữ liệu cá nhân"));
        EventCodec codec = new EventCodec(mapper, protection);
        List<EventEnvelope> old = plain.ledger().store().readAll();
        for (int i = 0; i < old.size(); i++) {
            String stored = codec.write(events.get(i + 1));
            assertThat(stored).doesNotContain("049175").doesNotContain("Alăng").doesNotContain("Bríu");
            EventEnvelope read = codec.read(stored);
            assertThat(read.payload()).isEqualTo(old.get(i).payload());
            assertThat(read.recordedAt()).isEqualTo(old.get(i).recordedAt());
            assertThat(read.actor()).isEqualTo(old.get(i).actor());
        }
        assertThat(plain.ledger().verifyChain().isIntact()).isTrue();
    }

    @Test
    void aTargetThatIsNotEmpty_isRefused_andAChainWithoutKeysCannotBeTheNewOne() {
        register("HN-001", "Alăng Văn Bốn", "049175000001");

        assertThatThrownBy(() -> new PlainLedgerMigration(new EventChain(mapper), new EventChain(mapper)))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_KEYS_NOT_GIVEN));
        PlainLedgerMigration migration = new PlainLedgerMigration(new EventChain(mapper), new EventChain(mapper, protection));
        assertThatThrownBy(() -> migration.migrate(plain.ledger().store(), plain.ledger().store(), "again"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.code())
                        .isEqualTo(PrivacyErrorCode.PRIVACY_MIGRATION_REFUSED));
    }

    @Test
    void theErasureAndMigrationEvents_roundTripThroughTheirBaseType() throws Exception {
        for (LedgerEvent event : List.of(new DataSubjectErased("household:HN-001", "Điều 16 Luật 91/2025/QH15",
                "chủ hộ", "hết mục đích"), new LedgerEncrypted(26_643, "ab".repeat(32), "mã hóa"))) {
            String json = mapper.writerFor(LedgerEvent.class).writeValueAsString(event);
            assertThat(mapper.readValue(json, LedgerEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void theErasureCommand_roundTripsThroughTheCommandType() throws Exception {
        EraseDataSubject command = new EraseDataSubject(Fixtures.PROVINCE, A_XAN, LocalDate.of(2024, 5, 1),
                "person:P-7", "Điều 16 Luật 91/2025/QH15", "07/CV-CA", "hết mục đích");

        String json = mapper.writerFor(org.ketnghia.core.ledger.Command.class).writeValueAsString(command);

        assertThat(json).contains("\"type\":\"privacy.erase-data-subject\"");
        assertThat(mapper.readValue(json, org.ketnghia.core.ledger.Command.class)).isEqualTo(command);
    }
}
