package org.ketnghia.startup.project.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.Organisation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.catalogue.Sector;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.screening.ApplicationProfile;

/** Reads the facts about applicants that screening and the indicators need from the participant registry. */
final class Applicants {

    private static final Set<PovertyCategory> DISADVANTAGED = Set.of(PovertyCategory.POOR, PovertyCategory.NEAR_POOR,
            PovertyCategory.NEWLY_ESCAPED);

    private Applicants() {
    }

    /** Who leads an applicant, as far as priorities and the women/ethnic-minority-led indicators go. */
    record Leadership(boolean woman, boolean ethnicMinority, boolean unionMember) {
    }

    static Leadership leadership(ApplicantKind kind, String applicantId, Optional<String> leaderPersonId,
            ParticipantRegistry registry) {
        boolean woman = false;
        boolean ethnicMinority = false;
        boolean unionMember = false;
        if (kind.participantType() == ApplicantKind.ParticipantType.PERSON) {
            Optional<Person> person = registry.person(applicantId);
            woman = person.map(p -> p.sex() == Sex.FEMALE).orElse(false);
            ethnicMinority = person.map(Applicants::isEthnicMinority).orElse(false);
            unionMember = person.map(p -> !p.unions().isEmpty()).orElse(false);
        } else if (kind.participantType() == ApplicantKind.ParticipantType.HOUSEHOLD) {
            Optional<Household> household = registry.household(applicantId);
            woman = household.map(Household::isWomanHeaded).orElse(false);
            ethnicMinority = household.map(Household::isEthnicMinority).orElse(false);
        }
        Optional<Person> leader = leaderPersonId.flatMap(registry::person);
        if (leader.isPresent()) {
            woman |= leader.get().sex() == Sex.FEMALE;
            ethnicMinority |= isEthnicMinority(leader.get());
            unionMember |= !leader.get().unions().isEmpty();
        }
        return new Leadership(woman, ethnicMinority, unionMember);
    }

    static boolean isEthnicMinority(Person person) {
        return person.ethnicityCode().filter(EthnicGroup::isMinorityCode).isPresent();
    }

    /** The business registration: the organisation's own, else the one declared with the application. */
    static Optional<BusinessRegistration> registration(ApplicantKind kind, String applicantId,
            Optional<BusinessRegistration> declared, ParticipantRegistry registry) {
        if (kind.participantType() == ApplicantKind.ParticipantType.ORGANISATION) {
            Optional<BusinessRegistration> own = registry.organisation(applicantId)
                    .flatMap(Organisation::businessRegistration);
            if (own.isPresent()) {
                return own;
            }
        }
        return declared;
    }

    /** The participating households: as listed, else an organisation's members, else the applicant household. */
    static Set<String> participants(ApplicantKind kind, String applicantId, Set<String> listed,
            ParticipantRegistry registry) {
        if (!listed.isEmpty()) {
            return listed;
        }
        return switch (kind.participantType()) {
            case ORGANISATION -> registry.organisation(applicantId).map(Organisation::memberHouseholdIds)
                    .orElse(Set.of());
            case HOUSEHOLD -> Set.of(applicantId);
            case PERSON -> Set.of();
        };
    }

    static ApplicationProfile profile(ApplicationSubmitted application, String communeCode, LocalDate submittedOn,
            ParticipantRegistry registry, AdministrativeRegistry units, StartupConfiguration configuration) {
        Sector sector = configuration.catalogue().sector(application.sectorId()).orElseThrow();
        Leadership leadership = leadership(application.applicantKind(), application.applicantId(),
                application.leaderPersonId(), registry);
        Set<String> participants = new LinkedHashSet<>(participants(application.applicantKind(),
                application.applicantId(), application.participantHouseholdIds(), registry));
        int year = submittedOn.getYear();
        int beneficiaries = 0;
        int disadvantaged = 0;
        for (String householdId : participants) {
            Optional<PovertyCategory> category = registry.povertyStatus(householdId, year).map(PovertyStatus::category);
            boolean beneficiary = category.filter(configuration.policy().beneficiaryCategories()::contains).isPresent();
            boolean ethnicMinority = registry.household(householdId).map(Household::isEthnicMinority).orElse(false);
            beneficiaries += beneficiary ? 1 : 0;
            disadvantaged += category.filter(DISADVANTAGED::contains).isPresent() || ethnicMinority ? 1 : 0;
        }
        return new ApplicationProfile(application.applicationId(), application.applicantKind(), sector.group(),
                application.projectKind(),
                configuration.plan().planningUnit(communeCode, application.productId(), submittedOn, units),
                application.valueChainLink(), application.certificates(),
                registration(application.applicantKind(), application.applicantId(),
                        application.businessRegistration(), registry),
                leadership.ethnicMinority(), leadership.unionMember(), leadership.woman(),
                application.studentInArea(), participants.size(), beneficiaries, disadvantaged);
    }
}
