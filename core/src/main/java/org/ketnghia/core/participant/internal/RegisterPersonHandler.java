package org.ketnghia.core.participant.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.Person;
import org.ketnghia.core.participant.PersonRegistered;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.ethnicity.EthnicGroup;
import org.ketnghia.core.participant.ethnicity.EthnicGroupCatalogue;

/** Validates {@link RegisterPerson} and records {@link PersonRegistered}. */
public final class RegisterPersonHandler implements CommandHandler<RegisterPerson> {

    private final EthnicGroupCatalogue ethnicGroups;

    RegisterPersonHandler(EthnicGroupCatalogue ethnicGroups) {
        this.ethnicGroups = ethnicGroups;
    }

    @Override
    public Class<RegisterPerson> commandType() {
        return RegisterPerson.class;
    }

    @Override
    public List<EventDraft> handle(RegisterPerson command, LedgerState state) {
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        Problems problems = new Problems();
        if (!ParticipantChecks.blank(problems, command.personId(), "personId")) {
            problems.check(registry.person(command.personId()).isPresent(),
                    ParticipantRegistryErrorCode.PARTICIPANT_DUPLICATE_ID, "personId", command.personId());
        }
        ParticipantChecks.blank(problems, command.fullName(), "fullName");
        ParticipantChecks.birthYear(problems, command.birthYear(), command.occurredOn(), "birthYear");
        Optional<EthnicGroup> ethnicity = command.ethnicity().flatMap(
                given -> ParticipantChecks.ethnicity(problems, ethnicGroups, given, "ethnicity"));
        problems.check(command.roles().isEmpty(), ParticipantRegistryErrorCode.PARTICIPANT_ROLE_MISSING, "roles");
        if (command.roles().contains(PersonRole.OFFICIAL)) {
            problems.check(command.position().filter(position -> !position.isBlank()).isEmpty(),
                    ParticipantRegistryErrorCode.PARTICIPANT_OFFICIAL_POSITION_MISSING, "position");
            problems.check(command.workUnitCode().isEmpty(),
                    ParticipantRegistryErrorCode.PARTICIPANT_OFFICIAL_POSITION_MISSING, "workUnitCode");
        }
        command.workUnitCode().ifPresent(code -> problems.check(
                state.administrativeUnits().unitAsOf(code, command.occurredOn()).isEmpty(),
                ParticipantRegistryErrorCode.PARTICIPANT_UNKNOWN_UNIT, "workUnitCode", code, command.occurredOn()));
        ParticipantChecks.idNumber(problems, command.idNumber(), "idNumber");
        problems.throwIfAny();
        Person person = Person.builder()
                .id(command.personId().strip())
                .fullName(command.fullName())
                .sex(command.sex())
                .birthYear(command.birthYear())
                .ethnicityCode(ethnicity.map(EthnicGroup::code))
                .roles(command.roles())
                .unions(command.unions())
                .position(command.position())
                .workUnitCode(command.workUnitCode())
                .unitCode(command.unitCode())
                .idNumber(command.idNumber())
                .registeredOn(command.occurredOn())
                .build();
        return List.of(EventDraft.of(command, PersonRegistered.builder().person(person).build()));
    }
}
