package org.ketnghia.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ketnghia.core.privacy.PrivacyErrorCode.PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED;
import static org.ketnghia.core.privacy.PrivacyErrorCode.PRIVACY_REQUESTED_BY_NOT_A_REFERENCE;
import static org.ketnghia.core.privacy.PrivacyErrorCode.PRIVACY_REQUESTED_BY_TOO_LONG;
import static org.ketnghia.testing.Participants.A_UR;
import static org.ketnghia.testing.Participants.A_XAN;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/** Who asked for an erasure is written as the reference of the request, never as a name: checked on new commands. */
class ErasureRequestReferenceTest {

    private static final String NAME = "Bríu Thị Hoa";

    @ParameterizedTest
    @ValueSource(strings = {"12/ĐN-UBND", "045/2026/VBĐ", "cb-0123", "UBND.A-XAN_07", "Tờ-trình-5",
        "12/ĐN-UBND-00000000000000000000000000000000000000000000000000000"})
    void aRequestsNumberOrAnAccountIdWithANumber_isAReference(String reference) {
        assertThat(ErasureRequestReference.problemsOf(reference)).isEmpty();
        assertThat(ErasureRequestReference.isReference(Normalizer.normalize(reference, Normalizer.Form.NFD)))
                .as("diacritics typed as combining marks").isTrue();
    }

    static Stream<Arguments> notReferences() {
        return Stream.of(
                Arguments.of(NAME + " (đơn ngày 20/4/2026)", List.of(PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED)),
                Arguments.of("chủ hộ", List.of(PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED, PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("Bhling", List.of(PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("BríuThịHoa", List.of(PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("0905123456", List.of(PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("049175001234", List.of(PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("hoa.briu@gmail.com", List.of(PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED,
                        PRIVACY_REQUESTED_BY_NOT_A_REFERENCE)),
                Arguments.of("12/ĐN-UBND-" + "0".repeat(54), List.of(PRIVACY_REQUESTED_BY_TOO_LONG)),
                Arguments.of("   ", List.of(CoreErrorCode.VALUE_BLANK)));
    }

    @ParameterizedTest
    @MethodSource("notReferences")
    void aNameAPhoneOrIdNumberOrFreeText_isRefused_namingTheFieldAndTheRule_neverQuotingTheValue(String value,
            List<ErrorCode> codes) {
        List<Problem> problems = ErasureRequestReference.problemsOf(value);

        assertThat(problems).extracting(Problem::code).containsExactlyElementsOf(codes);
        assertThat(problems).extracting(Problem::field).containsOnly("requestedBy");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.messageVi() + problem.messageEn())
                .doesNotContain(value));
    }

    @Test
    void theFirstCharacterRefused_isNamedWithItsPosition_aSpaceByItsCode() {
        Problem refused = ErasureRequestReference.problemsOf(NAME).get(0);

        assertThat(refused.arguments()).containsExactly("5", "U+0020");
        assertThat(refused.messageVi()).contains("ký tự thứ 5 (U+0020)", "12/ĐN-UBND");
        assertThat(refused.messageEn()).contains("character 5 (U+0020)", "12/ĐN-UBND");
        assertThat(ErasureRequestReference.problemsOf("12/ĐN(UBND)").get(0).arguments()).containsExactly("6", "\"(\"");
    }

    @Test
    void aRefusedErasure_recordsNothing_destroysNoKey_andListsEveryProblemAtOnce() {
        SubjectKeys keys = SubjectKeys.open(MasterKey.generate(), new InMemorySubjectKeyStore());
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units()).clock(Fixtures.CLOCK)
                .personalDataProtection(protection).build();
        EventEnvelope registered = runtime.ledger().submit(RegisterHousehold.builder().actor(Fixtures.PROVINCE)
                .unitCode(A_XAN).occurredOn(LocalDate.of(2024, 3, 1)).householdId("HN-001").villageCode(A_UR)
                .ethnicity("Cơ Tu").addMembers(HouseholdMember.builder().fullName(NAME).sex(Sex.FEMALE).birthYear(1968)
                        .relation(HouseholdRelation.HEAD).idNumber("049175001234").build())
                .build()).get(0);
        EventCodec codec = new EventCodec(runtime.objectMapper(), protection);
        String stored = codec.write(registered);
        DataErasure erasure = new DataErasure(runtime.ledger(), keys);

        assertThatThrownBy(() -> erasure.erase(erase("HN-001", " ", NAME)))
                .isInstanceOfSatisfying(KetnghiaException.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::code, Problem::field).containsExactly(
                                tuple(PrivacyErrorCode.PRIVACY_SUBJECT_INVALID, "subject"),
                                tuple(CoreErrorCode.VALUE_BLANK, "legalBasis"),
                                tuple(PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED, "requestedBy"),
                                tuple(PRIVACY_REQUESTED_BY_NOT_A_REFERENCE, "requestedBy")));
        assertThat(runtime.ledger().store().lastSequence()).isEqualTo(1);
        assertThat(codec.read(stored).payloadAs(HouseholdRegistered.class).orElseThrow().household().head().fullName())
                .isEqualTo(NAME);

        EventEnvelope recorded = erasure.erase(erase("household:HN-001", "Điều 16 Luật 91/2025/QH15", "12/ĐN-UBND"));

        assertThat(recorded.payloadAs(DataSubjectErased.class)).map(DataSubjectErased::requestedBy).contains("12/ĐN-UBND");
        assertThat(codec.write(recorded)).doesNotContain("Bríu");
    }

    private static EraseDataSubject erase(String subject, String legalBasis, String requestedBy) {
        return new EraseDataSubject(Fixtures.PROVINCE, Participants.HUNG_SON, LocalDate.of(2026, 5, 1), subject,
                legalBasis, requestedBy, "Hộ chuyển khỏi địa bàn, mục đích xử lý đã hết");
    }
}
