package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.startup.catalogue.SectorGroup;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.project.ValueChainLink;
import org.ketnghia.startup.screening.ApplicationProfile;
import org.ketnghia.startup.screening.StartupRules;

/** Each condition of the plan as a rule that says why it is met or not; priorities add points. */
class StartupRulesTest {

    private static final ValueChainLink OFFTAKE = new ValueChainLink(ValueChainLink.Kind.OFFTAKE, "HTX Tây Giang", "HĐ 1");
    private static final ValueChainLink SUPPLY = new ValueChainLink(ValueChainLink.Kind.SUPPLY, "Đại lý giống", "HĐ 2");
    private final StartupRules rules = new StartupRules(StartupPolicy.nationalPractice());

    private static ApplicationProfile profile(ApplicantKind kind, Optional<String> planned, Optional<ValueChainLink> link,
            Set<Certificate> certificates, boolean registered, int households, int beneficiaries, int disadvantaged) {
        return new ApplicationProfile("A-1", kind, SectorGroup.PROCESSING, ProjectKind.COMMUNITY, planned, link,
                certificates, registered ? Optional.of(new BusinessRegistration("4000", LocalDate.of(2023, 1, 1),
                        "Phòng Tài chính - Kế hoạch")) : Optional.empty(), true, false, true, false, households,
                beneficiaries, disadvantaged);
    }

    private List<EligibilityReason> unmet(ApplicationProfile profile) {
        RankedSubject<ApplicationProfile> ranked = rules.ranking().evaluate(profile);
        return ranked.unmetReasons();
    }

    @Test
    void aCompleteApplication_meetsEveryCondition_andEarnsItsPriorityPoints() {
        ApplicationProfile profile = profile(ApplicantKind.COOPERATIVE, Optional.of("QNA.TAY-GIANG"),
                Optional.of(OFFTAKE), Set.of(Certificate.values()), true, 4, 2, 3);

        RankedSubject<ApplicationProfile> ranked = rules.ranking().evaluate(profile);
        assertThat(ranked.eligible()).isTrue();
        // ethnic minority 3 + woman-led 2 + 3 of 4 disadvantaged is 75 % > 70 %: 3
        assertThat(ranked.priority()).isEqualTo(8);
    }

    @Test
    void everyUnmetCondition_isReportedWithItsReason() {
        ApplicationProfile profile = profile(ApplicantKind.ENTERPRISE, Optional.empty(), Optional.of(SUPPLY),
                Set.of(Certificate.QUALITY), false, 4, 1, 1);

        assertThat(unmet(profile)).extracting(EligibilityReason::ruleId).containsExactly(StartupRules.LOCAL_PLAN,
                StartupRules.CERTIFICATES, StartupRules.REGISTRATION_AND_OFFTAKE, StartupRules.PARTICIPATION);
        assertThat(unmet(profile).get(1).messageVi()).contains("An toàn thực phẩm", "Bảo vệ môi trường");
        assertThat(unmet(profile).get(2).messageEn()).contains("a business registration", "an offtake link");
        assertThat(unmet(profile).get(3).messageEn()).contains("1 of 4");
    }

    @Test
    void withoutAnyValueChainLink_theValueChainConditionFails() {
        ApplicationProfile profile = profile(ApplicantKind.INDIVIDUAL, Optional.of("QNA.TAY-GIANG"), Optional.empty(),
                Set.of(Certificate.values()), false, 0, 0, 0);

        assertThat(unmet(profile)).extracting(EligibilityReason::ruleId).containsExactly(StartupRules.VALUE_CHAIN);
    }

    @Test
    void exactlyHalfBeneficiaries_meetsTheParticipationRule_butExactly70PercentGivesNoPriority() {
        ApplicationProfile half = profile(ApplicantKind.CLUB, Optional.of("x"), Optional.of(OFFTAKE),
                Set.of(Certificate.values()), false, 10, 5, 7);

        assertThat(unmet(half)).isEmpty();
        assertThat(rules.ranking().evaluate(half).priorityReasons()).filteredOn(EligibilityReason::met)
                .extracting(EligibilityReason::ruleId).doesNotContain(StartupRules.PRIORITY_DISADVANTAGED);
    }
}
