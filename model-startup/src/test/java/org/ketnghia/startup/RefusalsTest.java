package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.APPLIED;
import static org.ketnghia.startup.StartupTestKit.FIRST_PAID;
import static org.ketnghia.startup.StartupTestKit.application;
import static org.ketnghia.startup.StartupTestKit.approval;
import static org.ketnghia.startup.StartupTestKit.tranche;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.OrganisationKind;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.RegisterOrganisation;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.CounterpartPledge;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.ProjectOutcome;

/** Every refusal of the start-up model: a code, a message in both languages, and nothing appended. */
class RefusalsTest {

    private final StartupTestKit kit = new StartupTestKit();

    private void screenedCall() {
        kit.prepareCall();
        kit.submitApplications();
        kit.ledger.submit(StartupTestKit.screen(StartupTestKit.CALL));
    }

    private void approvedA01() {
        screenedCall();
        kit.ledger.submit(approval("A-01", A_XAN));
    }

    private KetnghiaException assertRefused(Command command, ErrorCode code) {
        long before = kit.ledger.lastSequence();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> kit.ledger.submit(command));
        assertThat(thrown).isInstanceOf(KetnghiaException.class);
        KetnghiaException refusal = (KetnghiaException) thrown;
        assertThat(refusal.has(code)).as("codes %s", refusal.problems()).isTrue();
        assertThat(refusal.messageVi()).isNotBlank();
        assertThat(refusal.messageEn()).isNotBlank();
        assertThat(kit.ledger.lastSequence()).isEqualTo(before);
        return refusal;
    }

    @Test
    void anItemOutsideItsSector_isRefused() {
        kit.prepareCall();

        KetnghiaException refusal = assertRefused(application("A-90", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04")
                .addRequestedItems(ItemAmount.of("breeding-stock", Money.ofMillions(5))).build(),
                StartupErrorCode.STARTUP_ITEM_NOT_ALLOWED);
        assertThat(refusal.field()).isEqualTo("requestedItems[2].itemId");
        assertThat(refusal.messageEn()).contains("breeding-stock", "seedlings");
    }

    @Test
    void anItemItsProductDoesNotAllow_isRefused_evenWhenTheSectorAllowsIt() {
        kit.prepareCall();

        assertRefused(application("A-91", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").sectorId("livestock")
                .productId("chickens").requestedItems(List.of(ItemAmount.of("vaccination-swine-fever",
                        Money.ofMillions(2)))).build(), StartupErrorCode.STARTUP_ITEM_NOT_ALLOWED);
    }

    @Test
    void aDisbursementAboveTheApprovedAmount_isRefused() {
        approvedA01();

        assertRefused(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(25))),
                StartupErrorCode.STARTUP_DISBURSEMENT_ABOVE_APPROVED);
        assertRefused(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("machinery", Money.ofMillions(1))),
                StartupErrorCode.STARTUP_DISBURSEMENT_ABOVE_APPROVED);
    }

    @Test
    void aDisbursementBeforeItsMilestone_isRefused() {
        approvedA01();

        assertRefused(tranche("A-01", A_XAN, 2, FIRST_PAID, ItemAmount.of("fertiliser", Money.ofMillions(10))),
                StartupErrorCode.STARTUP_MILESTONE_NOT_REACHED);
    }

    @Test
    void aCooperativeGroupOrProductionHouseholdWithoutRegistration_isRefused() {
        kit.prepareCall();
        kit.organisation("THT-02", A_XAN, OrganisationKind.COOPERATIVE_GROUP, false, "HN-02");

        assertRefused(application("A-92", A_XAN, ApplicantKind.COOPERATIVE_GROUP, "THT-02", "HN-02").build(),
                StartupErrorCode.STARTUP_REGISTRATION_REQUIRED);
        assertRefused(application("A-93", A_XAN, ApplicantKind.PRODUCTION_HOUSEHOLD, "HN-05", "HN-05").build(),
                StartupErrorCode.STARTUP_REGISTRATION_REQUIRED);
    }

    @Test
    void anEnterpriseWithoutRegistration_cannotEvenBeRegisteredInTheCore() {
        kit.prepareCall();
        long before = kit.ledger.lastSequence();

        assertThatThrownBy(() -> kit.ledger.submit(RegisterOrganisation.builder().actor(Fixtures.PROVINCE)
                .unitCode(A_XAN).occurredOn(StartupTestKit.REGISTERED).organisationId("DN-02").name("Doanh nghiệp")
                .kind(OrganisationKind.ENTERPRISE).build()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(
                        e.has(ParticipantRegistryErrorCode.PARTICIPANT_BUSINESS_REGISTRATION_REQUIRED)).isTrue());
        assertThat(kit.ledger.lastSequence()).isEqualTo(before);
    }

    @Test
    void aSecondApplicationOfTheSameApplicantInTheSameCall_isRefused() {
        kit.prepareCall();
        kit.submitApplications();

        assertRefused(application("A-94", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04").productId("jackfruit")
                .build(), StartupErrorCode.STARTUP_DUPLICATE_APPLICATION);
    }

    @Test
    void aCounterpartBelowTheRequiredMinimum_isRefused() {
        kit.prepareCall();

        // A Nông is not a difficult area: a community project may get at most 70 % from the state
        KetnghiaException refusal = assertRefused(application("A-95", A_NONG, ApplicantKind.ENTERPRISE, "DN-01",
                "HN-07").build(), StartupErrorCode.STARTUP_COUNTERPART_TOO_LOW);
        assertThat(refusal.messageEn()).contains("70%", "17.142.858");
        // a value-chain project in especially difficult A Xan may get at most 80 %: 40 M needs 10 M
        assertRefused(application("A-96", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04")
                .projectKind(ProjectKind.VALUE_CHAIN)
                .counterpart(List.of(new CounterpartPledge(ContributionForm.CASH, Money.ofDong(9_999_999), "Tiền mặt")))
                .build(), StartupErrorCode.STARTUP_COUNTERPART_TOO_LOW);
    }

    @Test
    void exactlyTheMinimumCounterpart_isAccepted() {
        kit.prepareCall();

        kit.ledger.submit(application("A-97", A_XAN, ApplicantKind.INDIVIDUAL, "P-01", "HN-04")
                .projectKind(ProjectKind.VALUE_CHAIN)
                .counterpart(List.of(new CounterpartPledge(ContributionForm.CASH, Money.ofMillions(10), "Tiền mặt")))
                .build());
    }

    @Test
    void outOfOrderSteps_areRefused() {
        kit.prepareCall();
        kit.submitApplications();

        assertRefused(approval("A-01", A_XAN), StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(StartupTestKit.reject("A-01", "Chưa xét chọn"), StartupErrorCode.STARTUP_OUT_OF_ORDER);
        kit.ledger.submit(StartupTestKit.screen(StartupTestKit.CALL));

        assertRefused(StartupTestKit.screen(StartupTestKit.CALL), StartupErrorCode.STARTUP_CALL_ALREADY_SCREENED);
        assertRefused(application("A-98", A_XAN, ApplicantKind.INDIVIDUAL, "P-02", "HN-03").build(),
                StartupErrorCode.STARTUP_CALL_CLOSED);
        assertRefused(approval("A-05", A_XAN), StartupErrorCode.STARTUP_NOT_ELIGIBLE);
        assertRefused(StartupTestKit.followUp("A-01", A_XAN, 1, StartupTestKit.FIRST_FOLLOW_UP).build(),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
    }

    @Test
    void afterApproval_stepsStillFollowTheirOrder() {
        approvedA01();

        assertRefused(StartupTestKit.followUp("A-01", A_XAN, 1, StartupTestKit.FIRST_FOLLOW_UP).build(),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
        kit.ledger.submit(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))));
        assertRefused(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(1))),
                StartupErrorCode.STARTUP_TRANCHE_ALREADY_DISBURSED);
        kit.ledger.submit(StartupTestKit.followUp("A-01", A_XAN, 1, StartupTestKit.FIRST_FOLLOW_UP).build());
        assertRefused(StartupTestKit.followUp("A-01", A_XAN, 1, StartupTestKit.FIRST_FOLLOW_UP).build(),
                StartupErrorCode.STARTUP_FOLLOW_UP_DUPLICATE);
        assertRefused(StartupTestKit.close("A-01", A_XAN, ProjectOutcome.COMPLETED, StartupTestKit.COMPLETED_ON,
                "Xong"), StartupErrorCode.STARTUP_CLOSE_INCOMPLETE);
        kit.ledger.submit(StartupTestKit.close("A-01", A_XAN, ProjectOutcome.FAILED, StartupTestKit.COMPLETED_ON,
                "Ngừng hoạt động"));
    }

    @Test
    void afterFailure_noMilestoneTrancheOrFollowUpIsAccepted() {
        approvedA01();
        kit.ledger.submit(StartupTestKit.close("A-01", A_XAN, ProjectOutcome.FAILED, FIRST_PAID, "Bỏ dự án"));

        assertRefused(StartupTestKit.milestone("A-01", A_XAN), StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(tranche("A-01", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(StartupTestKit.followUp("A-01", A_XAN, 1, StartupTestKit.FIRST_FOLLOW_UP).build(),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
        assertRefused(StartupTestKit.close("A-01", A_XAN, ProjectOutcome.FAILED, FIRST_PAID, "Lần nữa"),
                StartupErrorCode.STARTUP_OUT_OF_ORDER);
    }

    @Test
    void aTrancheTheCommuneCannotPay_isRefused_andNeitherTheSupportNorTheExpenditureIsRecorded() {
        approvedA01();
        kit.ledger.submit(approval("A-03", A_XAN));
        kit.ledger.submit(approval("A-04", A_XAN));
        kit.ledger.submit(approval("A-06", A_XAN));
        kit.ledger.submit(approval("A-07", A_XAN));
        for (String id : List.of("A-01", "A-03", "A-04", "A-06", "A-07")) {
            kit.ledger.submit(StartupTestKit.milestone(id, A_XAN));
        }
        for (String id : List.of("A-01", "A-03", "A-04", "A-06")) {
            kit.ledger.submit(tranche(id, A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))));
            kit.ledger.submit(tranche(id, A_XAN, 2, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(10)),
                    ItemAmount.of("fertiliser", Money.ofMillions(10))));
        }
        kit.ledger.submit(tranche("A-07", A_XAN, 1, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(20))));

        // 200 M received, 180 M spent: the last 20 M of A-07 fit, one more đồng would not
        assertRefused(tranche("A-07", A_XAN, 2, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(10)),
                ItemAmount.of("fertiliser", Money.ofDong(10_000_001))),
                StartupErrorCode.STARTUP_DISBURSEMENT_ABOVE_APPROVED);
        kit.ledger.submit(tranche("A-07", A_XAN, 2, FIRST_PAID, ItemAmount.of("seedlings", Money.ofMillions(10)),
                ItemAmount.of("fertiliser", Money.ofMillions(10))));
        kit.ledger.submit(StartupTestKit.singleTrancheApproval("A-02", A_XAN, "machinery", 10));
        assertRefused(tranche("A-02", A_XAN, 1, FIRST_PAID, ItemAmount.of("machinery", Money.ofMillions(10))),
                FundingErrorCode.FUNDING_INSUFFICIENT_BALANCE);
    }

    @Test
    void approvalsBeyondTheCallsBudget_areRefused() {
        screenedCall();
        for (String id : List.of("A-01", "A-03", "A-04", "A-06", "A-07", "A-08")) {
            kit.ledger.submit(approval(id, StartupTestKit.communeOf(id)));
        }

        assertRefused(StartupTestKit.singleTrancheApproval("A-02", A_XAN, "machinery", 30),
                StartupErrorCode.STARTUP_CALL_BUDGET_EXCEEDED);
    }

    @Test
    void anApprovalAboveTheRequestOrWithTranchesThatDoNotAddUp_isRefusedWithEveryProblem() {
        screenedCall();

        KetnghiaException refusal = assertRefused(ApproveApplication.builder().from(approval("A-01", A_XAN))
                .approvedItems(List.of(ItemAmount.of("seedlings", Money.ofMillions(35)),
                        ItemAmount.of("fertiliser", Money.ofMillions(10)))).build(),
                StartupErrorCode.STARTUP_APPROVAL_ABOVE_REQUEST);
        assertThat(refusal.has(StartupErrorCode.STARTUP_TRANCHES_MISMATCH)).isTrue();
    }

    @Test
    void aBadApplication_listsEveryProblemAtOnce() {
        kit.prepareCall();
        kit.submitApplications();

        KetnghiaException refusal = assertRefused(application("A-01", A_XAN, ApplicantKind.CLUB, "HTX-01", "HN-99")
                .sectorId("mining").occurredOn(APPLIED).build(), StartupErrorCode.STARTUP_ID_IN_USE);
        assertThat(refusal.problems()).extracting(problem -> problem.code()).contains(
                StartupErrorCode.STARTUP_APPLICANT_KIND_MISMATCH, StartupErrorCode.STARTUP_SECTOR_UNKNOWN,
                StartupErrorCode.STARTUP_HOUSEHOLD_UNKNOWN);
    }
}
