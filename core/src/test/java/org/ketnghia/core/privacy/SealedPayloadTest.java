package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * The stored form {@code aes-gcm-2}: every protected field of an event in one box, which cannot be moved to another
 * event or subject, nor its references changed, and which keeps any text exactly.
 */
class SealedPayloadTest {

    private final SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
    private final PayloadProtection protection = PayloadProtection.withKeys(keys);
    private final KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
            .clock(Fixtures.CLOCK).personalDataProtection(protection).build();
    private final EventCodec codec = new EventCodec(runtime.objectMapper(), protection);

    private EventEnvelope register(String householdId, String name, String idNumber) {
        return runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE).unitCode(A_XAN)
                .occurredOn(LocalDate.of(2024, 3, 1)).householdId(householdId).villageCode(A_UR).ethnicity("Cơ Tu")
                .addMembers(HouseholdMember.builder().fullName(name).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber(idNumber).build(),
                        HouseholdMember.of(name + " con", Sex.MALE, 2001, HouseholdRelation.CHILD))
                .build()).get(0);
    }

    @Test
    void everyProtectedFieldOfAnEvent_isSealedInOneBox_andReadsBackExactly() {
        String name = "Hồ \"Bé\" \\ Lan\t₫";
        EventEnvelope recorded = register("HN-001", name, "049175001234");

        String stored = codec.write(recorded);

        assertThat(stored).contains("\"sealed\":{\"enc\":\"aes-gcm-2\",\"subject\":\"household:HN-001\",\"ct\":\"")
                .contains("\"fullName\":{\"enc\":\"aes-gcm-2\",\"t\":\"s\"}")
                .contains("\"birthYear\":{\"enc\":\"aes-gcm-2\",\"t\":\"n\"}")
                .doesNotContain("Lan").doesNotContain("049175001234").doesNotContain("1968");
        assertThat(stored.split("\"ct\":", -1)).hasSize(2);
        EventEnvelope read = codec.read(stored);
        assertThat(read.payload()).isEqualTo(recorded.payload());
        assertThat(codec.write(read)).isEqualTo(stored);
        assertThat(new EventChain(runtime.objectMapper()).expectedHash(read)).isEqualTo(recorded.hash());
    }

    @Test
    void aBoxMovedToAnotherHouseholdsEvent_doesNotAuthenticate() {
        String first = codec.write(register("HN-001", "Bríu Thị Hoa", "049175001234"));
        String second = codec.write(register("HN-002", "Alăng Thị Bốn", "049171000042"));

        String moved = first.substring(0, first.indexOf("\"sealed\":")) + second.substring(second.indexOf("\"sealed\":"));

        assertAltered(moved);
    }

    @Test
    void aReferenceChangedOrRemoved_doesNotAuthenticate() {
        String stored = codec.write(register("HN-001", "Bríu Thị Hoa", "049175001234"));

        assertAltered(stored.replaceFirst("\"idNumber\":\\{\"enc\":\"aes-gcm-2\",\"t\":\"s\"}",
                "\"idNumber\":{\"enc\":\"aes-gcm-2\",\"t\":\"o\"}"));
        assertAltered(stored.replaceFirst("\"idNumber\":\\{\"enc\":\"aes-gcm-2\",\"t\":\"s\"}", "\"idNumber\":null"));
        assertAltered(stored.replace(",\"sealed\":", ",\"unsealed\":"));
    }

    @Test
    void anErasedHousehold_readsAsStandIns_withDistinctNames_andMaskedReadsAsMasked() {
        EventEnvelope recorded = register("HN-001", "Bríu Thị Hoa", "049175001234");
        String stored = codec.write(recorded);

        var masked = new EventCodec(runtime.objectMapper(), PayloadProtection.masked()).read(stored)
                .payloadAs(org.ketnghia.core.participant.HouseholdRegistered.class).orElseThrow().household();
        keys.destroy("household:HN-001");
        var erased = codec.read(stored).payloadAs(org.ketnghia.core.participant.HouseholdRegistered.class).orElseThrow()
                .household();

        assertThat(masked.members()).extracting(HouseholdMember::fullName).containsOnly(PayloadProtection.MASKED_TEXT);
        assertThat(masked.ethnicityCode()).isEqualTo(PayloadProtection.MASKED_TEXT);
        assertThat(erased.members()).extracting(HouseholdMember::fullName).doesNotHaveDuplicates()
                .allMatch(fullName -> fullName.matches("\\Q" + PayloadProtection.ERASED_TEXT + "\\E #[0-9a-f]{6}"));
        assertThat(erased.members()).extracting(HouseholdMember::birthYear).containsOnly(0);
        assertThat(erased.head().idNumber()).contains(PayloadProtection.ERASED_TEXT);
        assertThat(erased.ethnicityCode()).isEqualTo(PayloadProtection.ERASED_TEXT);
    }

    private void assertAltered(String stored) {
        assertThatThrownBy(() -> codec.read(stored)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.problems().get(0).code()).isEqualTo(PrivacyErrorCode.PRIVACY_CIPHERTEXT_ALTERED));
    }
}
