package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ketnghia.village.VillageTestKit.A_UR;
import static org.ketnghia.village.VillageTestKit.A_XAN;
import static org.ketnghia.village.VillageTestKit.HUNG_SON;
import static org.ketnghia.village.VillageTestKit.PA_RONG;
import static org.ketnghia.village.VillageTestKit.SPONSOR;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.StandardModels;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.scheme.SponsorAssignment;
import org.ketnghia.village.scheme.VillageProgress;
import org.ketnghia.village.scheme.VillageRegistry;

/**
 * The plan's scope for model 4 (mục 4.1–4.2: <i>các thôn trên địa bàn xã kết nghĩa</i>): once a programme is
 * declared in the ledger, villages are registered, and taken on by sponsors, only in its pilot communes — or,
 * after the 1 July 2025 reorganisation, in the communes that carry them on — and only by a sponsor twinned
 * with the village's commune that day. Here the programme's one pilot commune is A Xan (village A Ur);
 * Pà Rồng lies in A Nông, in the same district but not a pilot commune.
 */
class VillageScopeTest {

    private static final CriteriaSet SAMPLE = CriteriaSets.sample();
    private static final LocalDate BASELINE_ON = LocalDate.of(2024, 4, 1);
    private static final LocalDate PLAN_ON = LocalDate.of(2024, 5, 2);
    private static final LocalDate AFTER_MERGER = LocalDate.of(2025, 9, 1);
    /** Twinned with A Nông alone, not with A Xan. */
    private static final String A_NONG_SPONSOR = "so-giao-duc";

    private final Ledger ledger = VillageTestKit.runtime().ledger();

    private void setUp(boolean declared) {
        VillageTestKit.twinning(ledger);
        ledger.submit(VillageTestKit.adopt(SAMPLE));
        if (declared) {
            ledger.submit(VillageTestKit.programme(A_XAN));
        }
    }

    private List<Problem> refusal(Command command) {
        long before = ledger.lastSequence();
        try {
            ledger.submit(command);
        } catch (KetnghiaException refused) {
            assertThat(ledger.lastSequence()).as("nothing appended on refusal").isEqualTo(before);
            return refused.problems();
        }
        throw new AssertionError("accepted: " + command);
    }

    private List<SponsorAssignment> assignments() {
        return ledger.read(VillageRegistry.class, registry -> registry.assignmentsOf(SPONSOR));
    }

    private void registerWithBaseline(String village, LocalDate on) {
        ledger.submit(VillageTestKit.register(village, SAMPLE.id(), on));
        ledger.submit(VillageTestKit.baseline(village, on.plusDays(1), VillageTestKit.readings(SAMPLE, 1,
                Map.of("giao-thong", false))));
    }

    @Test
    void aVillageOfThePilotCommune_isRegistered_oneOfAnotherCommuneIsRefused_namingThePilotCommunes() {
        setUp(true);

        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
        List<Problem> refused = refusal(VillageTestKit.register(PA_RONG, SAMPLE.id(), VillageTestKit.REGISTERED_ON));

        assertThat(refused).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE, "unitCode"));
        assertThat(refused.get(0).messageVi()).contains(PA_RONG).contains(VillageTestKit.PROGRAMME_ID).contains(A_XAN);
        boolean registered = ledger.read(VillageRegistry.class, registry -> registry.isRegistered(PA_RONG));
        assertThat(registered).isFalse();
    }

    @Test
    void afterTheReorganisation_aVillageOfThePilotCommunesSuccessor_isRegistered_andTheOtherStillRefused() {
        setUp(true);

        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), AFTER_MERGER));

        VillageProgress aUr = ledger.read(VillageRegistry.class, registry -> registry.village(A_UR)).orElseThrow();
        assertThat(aUr.communeCodeAtRegistration()).isEqualTo(HUNG_SON);
        assertThat(refusal(VillageTestKit.register(PA_RONG, SAMPLE.id(), AFTER_MERGER))).extracting(Problem::code)
                .containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
    }

    @Test
    void withoutAProgramme_aVillageOfAnyTwinnedCommune_isRegisteredAndTakenOn_asBefore() {
        setUp(false);

        registerWithBaseline(PA_RONG, VillageTestKit.REGISTERED_ON);
        ledger.submit(VillageTestKit.takeOn(PA_RONG, SPONSOR, PLAN_ON, "giao-thong"));

        assertThat(assignments())
                .extracting(SponsorAssignment::villageCode).containsExactly(PA_RONG);
    }

    @Test
    void aSponsorTakingOnCriteria_inAVillageRegisteredBeforeTheProgrammeOutsideItsPilotCommunes_isRefused() {
        setUp(false);
        registerWithBaseline(A_UR, VillageTestKit.REGISTERED_ON);
        registerWithBaseline(PA_RONG, VillageTestKit.REGISTERED_ON);
        ledger.submit(VillageTestKit.programme(A_XAN));

        ledger.submit(VillageTestKit.takeOn(A_UR, SPONSOR, PLAN_ON, "giao-thong"));
        List<Problem> refused = refusal(VillageTestKit.takeOn(PA_RONG, SPONSOR, PLAN_ON, "giao-thong"));

        assertThat(refused).extracting(Problem::code, Problem::field)
                .containsExactly(tuple(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE, "unitCode"));
        assertThat(assignments())
                .extracting(SponsorAssignment::villageCode).containsExactly(A_UR);
    }

    @Test
    void aSponsorTwinnedOnlyWithAnotherCommune_orWithNoOne_cannotTakeOnCriteriaInThePilotCommune() {
        setUp(true);
        ledger.submit(RegisterSponsor.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(VillageTestKit.PROGRAMME_START)
                .sponsor(Sponsor.builder().id(A_NONG_SPONSOR).name("Sở Giáo dục và Đào tạo").kind(SponsorKind.DEPARTMENT)
                        .contactUnit("Văn phòng Sở").build())
                .build());
        ledger.submit(SignAgreement.builder().actor(Fixtures.PROVINCE).unitCode(VillageTestKit.PROVINCE)
                .occurredOn(VillageTestKit.PROGRAMME_START)
                .agreement(TwinningAgreement.builder().id("kn-a-nong-2021").recipientUnitCode(Participants.A_NONG)
                        .validFrom(VillageTestKit.PROGRAMME_START).sponsorIds(List.of(A_NONG_SPONSOR))
                        .modelIds(List.of(StandardModels.VILLAGE, StandardModels.LIVESTOCK)).build())
                .build());
        registerWithBaseline(A_UR, VillageTestKit.REGISTERED_ON);

        assertThat(refusal(VillageTestKit.takeOn(A_UR, A_NONG_SPONSOR, PLAN_ON, "giao-thong")))
                .extracting(Problem::code, Problem::field)
                .containsExactly(tuple(VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED, "sponsorId"));
        assertThat(refusal(VillageTestKit.takeOn(A_UR, VillageTestKit.OTHER_SPONSOR, PLAN_ON, "giao-thong")))
                .extracting(Problem::code).containsExactly(VillageErrorCode.VILLAGE_SPONSOR_NOT_TWINNED);
        ledger.submit(VillageTestKit.takeOn(A_UR, SPONSOR, PLAN_ON, "giao-thong"));
    }

    @Test
    void afterTheReorganisation_theSponsorTwinnedThroughTheDistrict_takesOnCriteriaInTheSuccessorCommune() {
        setUp(true);
        registerWithBaseline(A_UR, VillageTestKit.REGISTERED_ON);

        ledger.submit(VillageTestKit.takeOn(A_UR, SPONSOR, AFTER_MERGER, "moi-truong"));

        assertThat(assignments())
                .extracting(SponsorAssignment::criterionId, SponsorAssignment::takenOn)
                .containsExactly(tuple("moi-truong", AFTER_MERGER));
    }

    @Test
    void aCommandRecordedForAnotherProgramme_isCheckedAgainstThatProgrammesPilotCommunes() {
        setUp(true);
        ledger.submit(VillageTestKit.programmeWithId("tiep-noi-2023", Participants.A_NONG));

        ledger.forProgramme("tiep-noi-2023").submit(VillageTestKit.register(PA_RONG, SAMPLE.id(),
                VillageTestKit.REGISTERED_ON));
        List<Problem> refused = refusal(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON),
                "tiep-noi-2023");

        assertThat(refused).extracting(Problem::code).containsExactly(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
        ledger.submit(VillageTestKit.register(A_UR, SAMPLE.id(), VillageTestKit.REGISTERED_ON));
    }

    private List<Problem> refusal(Command command, String programmeId) {
        long before = ledger.lastSequence();
        try {
            ledger.forProgramme(programmeId).submit(command);
        } catch (KetnghiaException refused) {
            assertThat(ledger.lastSequence()).as("nothing appended on refusal").isEqualTo(before);
            return refused.problems();
        }
        throw new AssertionError("accepted: " + command);
    }
}
