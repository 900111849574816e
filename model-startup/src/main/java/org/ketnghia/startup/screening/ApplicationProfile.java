package org.ketnghia.startup.screening;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.startup.catalogue.SectorGroup;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.project.ValueChainLink;

/**
 * What screening judges about one application: the facts declared and those read from the
 * participant registry and the local development plan on the submission date. Immutable.
 *
 * @param applicationId the application
 * @param applicantKind who applies
 * @param sectorGroup crops, livestock or processing
 * @param projectKind community or value-chain project
 * @param planningUnit the unit whose development plan includes the product, if any
 * @param valueChainLink the offtake or supply agreement, if any
 * @param certificates what the applicant declares it meets
 * @param registration the business registration (the organisation's or declared), if any
 * @param ethnicMinority the applicant or its leader belongs to an ethnic minority
 * @param unionMember the applicant or its leader is a union member (youth, women, farmers)
 * @param womanLed the applicant, its leader or its head of household is a woman
 * @param studentInArea a pupil or student living in the area
 * @param participantHouseholds how many households take part
 * @param beneficiaryHouseholds of which programme beneficiaries (by the policy's categories)
 * @param disadvantagedHouseholds of which poor, near-poor, newly escaped or ethnic-minority
 */
public record ApplicationProfile(String applicationId, ApplicantKind applicantKind, SectorGroup sectorGroup,
        ProjectKind projectKind, Optional<String> planningUnit, Optional<ValueChainLink> valueChainLink,
        Set<Certificate> certificates, Optional<BusinessRegistration> registration, boolean ethnicMinority,
        boolean unionMember, boolean womanLed, boolean studentInArea, int participantHouseholds,
        int beneficiaryHouseholds, int disadvantagedHouseholds) {

    /** Checks that no part is missing. */
    public ApplicationProfile {
        requireNonNull(applicationId, "applicationId");
        requireNonNull(applicantKind, "applicantKind");
        requireNonNull(sectorGroup, "sectorGroup");
        requireNonNull(projectKind, "projectKind");
        requireNonNull(planningUnit, "planningUnit");
        requireNonNull(valueChainLink, "valueChainLink");
        certificates = Set.copyOf(certificates);
        requireNonNull(registration, "registration");
    }
}
