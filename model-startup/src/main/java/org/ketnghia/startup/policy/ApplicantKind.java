package org.ketnghia.startup.policy;

import java.util.Optional;
import org.ketnghia.core.participant.OrganisationKind;
import org.ketnghia.core.value.BilingualText;

/**
 * Who may apply (mục 2.3 of the plan), each mapped to a core participant type: a person of the
 * participant registry for individuals and groups of individuals (led by one person), a household
 * for a production household, an organisation of the matching kind for the others.
 */
public enum ApplicantKind {
    INDIVIDUAL("Cá nhân", "Individual", ParticipantType.PERSON, null),
    INDIVIDUAL_GROUP("Nhóm cá nhân", "Group of individuals", ParticipantType.PERSON, null),
    PRODUCTION_HOUSEHOLD("Hộ sản xuất", "Production household", ParticipantType.HOUSEHOLD, null),
    HOUSEHOLD_GROUP("Nhóm hộ", "Household group", ParticipantType.ORGANISATION, OrganisationKind.HOUSEHOLD_GROUP),
    CLUB("Câu lạc bộ", "Club", ParticipantType.ORGANISATION, OrganisationKind.CLUB),
    COOPERATIVE("Hợp tác xã", "Cooperative", ParticipantType.ORGANISATION, OrganisationKind.COOPERATIVE),
    COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group", ParticipantType.ORGANISATION, OrganisationKind.COOPERATIVE_GROUP),
    ENTERPRISE("Doanh nghiệp", "Enterprise", ParticipantType.ORGANISATION, OrganisationKind.ENTERPRISE);

    /** Which registry of participants an applicant of this kind is found in. */
    public enum ParticipantType {
        PERSON, HOUSEHOLD, ORGANISATION
    }

    private final BilingualText label;
    private final ParticipantType participantType;
    private final OrganisationKind organisationKind;

    ApplicantKind(String labelVi, String labelEn, ParticipantType participantType, OrganisationKind organisationKind) {
        this.label = BilingualText.of(labelVi, labelEn);
        this.participantType = participantType;
        this.organisationKind = organisationKind;
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** Where the applicant is registered. */
    public ParticipantType participantType() {
        return participantType;
    }

    /** The organisation kind, for organisation applicants. */
    public Optional<OrganisationKind> organisationKind() {
        return Optional.ofNullable(organisationKind);
    }
}
