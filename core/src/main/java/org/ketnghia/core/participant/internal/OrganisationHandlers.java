package org.ketnghia.core.participant.internal;

import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.AddOrganisationMembers;
import org.ketnghia.core.participant.BusinessRegistration;
import org.ketnghia.core.participant.Organisation;
import org.ketnghia.core.participant.OrganisationMembersAdded;
import org.ketnghia.core.participant.OrganisationRegistered;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.RegisterOrganisation;

/** The handlers of {@link RegisterOrganisation} and {@link AddOrganisationMembers}. */
public final class OrganisationHandlers {

    private OrganisationHandlers() {
    }

    /** Every id must name a registered household or person; none may already belong to {@code organisation}. */
    static void checkMembers(Problems problems, ParticipantRegistry registry, Organisation organisation,
            Set<String> householdIds, Set<String> personIds, String householdField, String personField) {
        int i = 0;
        for (String householdId : householdIds) {
            String field = householdField + "[" + i++ + "]";
            if (!problems.check(!registry.hasHousehold(householdId),
                    ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_HOUSEHOLD, field, householdId)
                    && organisation != null) {
                problems.check(organisation.memberHouseholdIds().contains(householdId),
                        ParticipantRegistryErrorCode.PARTICIPANT_ALREADY_MEMBER, field, householdId, organisation.id());
            }
        }
        i = 0;
        for (String personId : personIds) {
            String field = personField + "[" + i++ + "]";
            if (!problems.check(registry.person(personId).isEmpty(),
                    ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_PERSON, field, personId)
                    && organisation != null) {
                problems.check(organisation.memberPersonIds().contains(personId),
                        ParticipantRegistryErrorCode.PARTICIPANT_ALREADY_MEMBER, field, personId, organisation.id());
            }
        }
    }

    /** Handles {@link RegisterOrganisation}. */
    static final class Register implements CommandHandler<RegisterOrganisation> {

        @Override
        public Class<RegisterOrganisation> commandType() {
            return RegisterOrganisation.class;
        }

        @Override
        public List<EventDraft> handle(RegisterOrganisation command, LedgerState state) {
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            Problems problems = new Problems();
            if (!ParticipantChecks.blank(problems, command.organisationId(), "organisationId")) {
                problems.check(registry.organisation(command.organisationId()).isPresent(),
                        ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "organisationId", command.organisationId());
            }
            ParticipantChecks.blank(problems, command.name(), "name");
            if (command.businessRegistration().isEmpty()) {
                problems.check(command.kind().requiresBusinessRegistration(),
                        ParticipantRegistryErrorCode.PARTICIPANT_BUSINESS_REGISTRATION_REQUIRED, "businessRegistration",
                        command.kind());
            } else {
                BusinessRegistration registration = command.businessRegistration().get();
                ParticipantChecks.blank(problems, registration.number(), "businessRegistration.number");
                ParticipantChecks.blank(problems, registration.issuedBy(), "businessRegistration.issuedBy");
                problems.check(registration.issuedOn().isAfter(command.occurredOn()),
                        ParticipantRegistryErrorCode.PARTICIPANT_REGISTRATION_AFTER_DATE,
                        "businessRegistration.issuedOn", registration.issuedOn(), command.occurredOn());
            }
            checkMembers(problems, registry, null, command.memberHouseholdIds(), command.memberPersonIds(),
                    "memberHouseholdIds", "memberPersonIds");
            problems.throwIfAny();
            Organisation organisation = Organisation.builder()
                    .id(command.organisationId().strip())
                    .name(command.name())
                    .kind(command.kind())
                    .unitCode(command.unitCode())
                    .businessRegistration(command.businessRegistration())
                    .memberHouseholdIds(command.memberHouseholdIds())
                    .memberPersonIds(command.memberPersonIds())
                    .registeredOn(command.occurredOn())
                    .build();
            return List.of(EventDraft.of(command, OrganisationRegistered.builder().organisation(organisation).build()));
        }
    }

    /** Handles {@link AddOrganisationMembers}. */
    static final class AddMembers implements CommandHandler<AddOrganisationMembers> {

        @Override
        public Class<AddOrganisationMembers> commandType() {
            return AddOrganisationMembers.class;
        }

        @Override
        public List<EventDraft> handle(AddOrganisationMembers command, LedgerState state) {
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            Problems problems = new Problems();
            Organisation organisation = registry.organisation(command.organisationId()).orElse(null);
            problems.check(organisation == null, ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_ORGANISATION,
                    "organisationId", command.organisationId());
            problems.check(command.householdIds().isEmpty() && command.personIds().isEmpty(),
                    CoreErrorCode.VALUE_REQUIRED, "householdIds");
            checkMembers(problems, registry, organisation, command.householdIds(), command.personIds(), "householdIds",
                    "personIds");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, OrganisationMembersAdded.builder()
                    .organisationId(command.organisationId()).householdIds(command.householdIds())
                    .personIds(command.personIds()).build()));
        }
    }
}
