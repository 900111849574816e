package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.startup.StartupTestKit.A_NONG;
import static org.ketnghia.startup.StartupTestKit.A_XAN;
import static org.ketnghia.startup.StartupTestKit.CALL;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.money.Money;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.project.ApplicationScreened;
import org.ketnghia.startup.project.ApplicationStatus;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.StartupProjects;
import org.ketnghia.startup.screening.StartupRules;

/**
 * A call for proposals of Tây Giang district played end to end: one application of each applicant
 * kind, screening and ranking, approvals and rejections, tranches paid from the communes' funds,
 * follow-up, one failure and one completion.
 */
class CallForProposalsTest {

    private final StartupTestKit kit = new StartupTestKit();

    @BeforeEach
    void playTheCall() {
        kit.playCall();
    }

    @Test
    void everyApplicationIsScreened_andRankedByPriorityWithTheIneligibleClubLast() {
        List<ApplicationScreened> screened = projects().stream().map(p -> p.screening().orElseThrow())
                .sorted(java.util.Comparator.comparingInt(ApplicationScreened::rank)).toList();

        assertThat(screened).extracting(ApplicationScreened::applicationId)
                .containsExactly("A-07", "A-01", "A-03", "A-04", "A-06", "A-02", "A-08", "A-05");
        assertThat(screened).extracting(ApplicationScreened::priorityScore).containsExactly(10, 7, 6, 3, 3, 0, 0, 0);
        assertThat(screened.get(7).eligible()).isFalse();
        assertThat(screened.subList(0, 7)).allMatch(ApplicationScreened::eligible);
    }

    @Test
    void theIneligibleClub_isToldWhichConditionFailedAndWhy() {
        ApplicationScreened club = project("A-05").screening().orElseThrow();

        List<EligibilityReason> unmet = club.conditions().stream().filter(reason -> !reason.met()).toList();
        assertThat(unmet).extracting(EligibilityReason::ruleId).containsExactly(StartupRules.PARTICIPATION);
        assertThat(unmet.get(0).messageVi()).contains("0/2", "50%");
        assertThat(unmet.get(0).facts()).containsEntry("participants", "2").containsEntry("beneficiaries", "0");
    }

    @Test
    void lifecycle_endsInTheExpectedStatusForEachApplication() {
        Map<String, ApplicationStatus> statuses = projects().stream()
                .collect(Collectors.toMap(StartupProject::applicationId, StartupProject::status));

        assertThat(statuses).containsEntry("A-01", ApplicationStatus.COMPLETED)
                .containsEntry("A-02", ApplicationStatus.REJECTED).containsEntry("A-03", ApplicationStatus.APPROVED)
                .containsEntry("A-04", ApplicationStatus.APPROVED).containsEntry("A-05", ApplicationStatus.REJECTED)
                .containsEntry("A-06", ApplicationStatus.APPROVED).containsEntry("A-07", ApplicationStatus.FAILED)
                .containsEntry("A-08", ApplicationStatus.APPROVED);
        assertThat(project("A-07").unpaidTranches()).containsExactly(2);
        assertThat(project("A-01").unpaidTranches()).isEmpty();
        assertThat(project("A-01").disbursedFor("seedlings")).isEqualTo(Money.ofMillions(30));
    }

    @Test
    void areaDifficultyAndLeadership_areDerivedFromUnitsAndParticipants() {
        assertThat(project("A-01").application().areaDifficulty()).isEqualTo(AreaDifficulty.ESPECIALLY_DIFFICULT);
        assertThat(project("A-08").application().areaDifficulty()).isEqualTo(AreaDifficulty.OTHER);
        assertThat(project("A-01").application().ledByWoman()).isTrue();
        assertThat(project("A-01").application().ledByEthnicMinority()).isTrue();
        assertThat(project("A-07").application().ledByWoman()).isTrue();
        assertThat(project("A-03").application().ledByWoman()).isFalse();
        assertThat(project("A-03").application().ledByEthnicMinority()).isTrue();
    }

    @Test
    void tranchesAreSpentFromEachCommunesFund_andTheCallsApprovalsStayWithinItsBudget() {
        Money spentInAXan = kit.ledger.read(FundingLedger.class, f -> f.spent(A_XAN, StartupModel.ID));
        Money spentInANong = kit.ledger.read(FundingLedger.class, f -> f.spent(A_NONG, StartupModel.ID));
        Money approvedInCall = kit.ledger.read(StartupProjects.class, p -> p.approvedIn(CALL));

        assertThat(spentInAXan).isEqualTo(Money.ofMillions(4 * 40 + 20));
        assertThat(spentInANong).isEqualTo(Money.ofMillions(40));
        Money balanceInAXan = kit.ledger.read(FundingLedger.class, f -> f.balance(A_XAN, StartupModel.ID));
        assertThat(balanceInAXan).isEqualTo(Money.ofMillions(20));
        assertThat(approvedInCall).isEqualTo(Money.ofMillions(240));
        assertThat(approvedInCall.isGreaterThan(StartupTestKit.CALL_BUDGET)).isFalse();
    }

    @Test
    void publicList_ofAXan_showsTheListedHouseholdsWithWhatTheyReceived_andNoEthnicity() {
        PublicListing listing = kit.ledger.read(SupportLedger.class,
                supports -> supports.publicListing(A_XAN, LocalDate.of(2025, 6, 30), kit.runtime.administrativeUnits()));

        assertThat(listing.total()).isEqualTo(Money.ofMillions(180));
        assertThat(listing.rows()).extracting(row -> row.headName()).contains("Bríu Thị Hoa", "Zơrâm Thị Lan",
                "Bhling Văn Dũng", "Alăng Văn Bốn");
        assertThat(listing.rows()).allSatisfy(row -> assertThat(row.support()).startsWith("Hỗ trợ khởi nghiệp"));
        assertThat(listing.toCsv()).doesNotContain("Cơ Tu", "Kinh");
    }

    @Test
    void ledgerChainIsIntact_andReplayingItGivesTheSameProjects() {
        List<StartupProject> before = projects();

        assertThat(kit.ledger.verifyChain().isIntact()).isTrue();
        kit.ledger.rebuildProjections();
        assertThat(projects()).isEqualTo(before);
    }

    private List<StartupProject> projects() {
        List<StartupProject> projects = kit.ledger.read(StartupProjects.class, StartupProjects::projects);
        return projects;
    }

    private StartupProject project(String applicationId) {
        StartupProject project = kit.ledger.read(StartupProjects.class, p -> p.project(applicationId).orElseThrow());
        return project;
    }
}
