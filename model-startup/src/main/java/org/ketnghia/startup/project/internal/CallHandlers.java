package org.ketnghia.startup.project.internal;

import static org.ketnghia.startup.project.internal.Checks.blank;
import static org.ketnghia.startup.project.internal.Checks.projects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.eligibility.RankedSubject;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Organisation;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.twinning.ModelPlanRegistry;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.startup.catalogue.Sector;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.project.ApplicationFacts;
import org.ketnghia.startup.project.ApplicationScreened;
import org.ketnghia.startup.project.ApplicationSubmitted;
import org.ketnghia.startup.project.CallFacts;
import org.ketnghia.startup.project.CallForProposals;
import org.ketnghia.startup.project.CallOpened;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.ScreenCall;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.screening.ApplicationProfile;
import org.ketnghia.startup.screening.StartupRules;

/** Handlers of the call for proposals: opening, applications, screening. */
final class CallHandlers {

    private CallHandlers() {
    }

    static final class OpenCallHandler implements CommandHandler<OpenCall> {
        @Override
        public Class<OpenCall> commandType() {
            return OpenCall.class;
        }

        @Override
        public List<EventDraft> handle(OpenCall command, LedgerState state) {
            Problems problems = new Problems();
            Checks.newId(state, command.callId(), "callId", problems);
            blank(command.title(), "title", problems);
            if (!problems.check(state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn()).isEmpty(),
                    CoreErrorCode.VALUE_UNKNOWN, "unitCode", command.unitCode())) {
                Checks.inProgrammeDistricts(state, command, problems);
                // a call of a commune with a model plan recorded opens only under an approved start-up plan;
                // a district or provincial call is not checked against its communes' plans
                boolean commune = state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn())
                        .map(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).orElse(false);
                if (commune) {
                    ModelPlanRegistry.checkApprovedPlan(state, command.unitCode(), StartupModel.ID,
                            command.occurredOn(), StartupErrorCode.STARTUP_NO_APPROVED_PLAN, "unitCode", problems);
                }
            }
            problems.check(command.deadline().isBefore(command.occurredOn()), CoreErrorCode.PERIOD_INVERTED,
                    "deadline", command.occurredOn(), command.deadline());
            Checks.positive(command.budget(), "budget", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, CallOpened.builder().from((CallFacts) command).build()));
        }
    }

    static final class SubmitApplicationHandler implements CommandHandler<SubmitApplication> {
        private final StartupConfiguration configuration;

        SubmitApplicationHandler(StartupConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public Class<SubmitApplication> commandType() {
            return SubmitApplication.class;
        }

        @Override
        public List<EventDraft> handle(SubmitApplication command, LedgerState state) {
            Problems problems = new Problems();
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            Checks.newId(state, command.applicationId(), "applicationId", problems);
            boolean commune = Checks.commune(state, command.unitCode(), command.occurredOn(), problems);
            if (commune) {
                Checks.inProgrammeDistricts(state, command, problems);
            }
            checkCall(command, state, commune, problems);
            checkApplicant(command, registry, problems);
            projects(state).applicationOf(command.callId(), command.applicantKind(), command.applicantId())
                    .ifPresent(earlier -> problems.add(StartupErrorCode.STARTUP_DUPLICATE_APPLICATION, "applicantId",
                            command.applicantKind().label().vi(), command.applicantId(), earlier.applicationId(),
                            command.callId()));
            Optional<Sector> sector = checkSector(command, problems);
            for (String householdId : command.participantHouseholdIds()) {
                problems.check(!registry.hasHousehold(householdId), StartupErrorCode.STARTUP_HOUSEHOLD_UNKNOWN,
                        "participantHouseholdIds", householdId);
            }
            problems.check(!blank(command.listedHouseholdId(), "listedHouseholdId", problems)
                    && !registry.hasHousehold(command.listedHouseholdId()), StartupErrorCode.STARTUP_HOUSEHOLD_UNKNOWN,
                    "listedHouseholdId", command.listedHouseholdId());
            blank(command.descriptionVi(), "descriptionVi", problems);
            for (int i = 0; i < command.counterpart().size(); i++) {
                Checks.positive(command.counterpart().get(i).value(), "counterpart[" + i + "].value", problems);
            }
            if (configuration.policy().registrationRequiredFor().contains(command.applicantKind())) {
                problems.check(Applicants.registration(command.applicantKind(), command.applicantId(),
                        command.businessRegistration(), registry).isEmpty(),
                        StartupErrorCode.STARTUP_REGISTRATION_REQUIRED, "businessRegistration",
                        command.applicantKind().label().vi(), command.applicantId());
            }
            AreaDifficulty area = state.administrativeUnits().unitAsOf(command.unitCode(), command.occurredOn())
                    .map(unit -> AreaDifficulty.of(unit.flags())).orElse(AreaDifficulty.OTHER);
            if (problems.isEmpty()) {
                checkCounterpart(configuration, command.requestedTotal(), command.counterpartTotal(),
                        command.projectKind(), area, "counterpart", problems);
            }
            problems.throwIfAny();
            Applicants.Leadership leadership = Applicants.leadership(command.applicantKind(), command.applicantId(),
                    command.leaderPersonId(), registry);
            ApplicationSubmitted submitted = ApplicationSubmitted.builder().from((ApplicationFacts) command)
                    .areaDifficulty(area).ledByWoman(leadership.woman()).ledByEthnicMinority(leadership.ethnicMinority())
                    .build();
            return List.of(EventDraft.of(command, submitted));
        }

        private static void checkCall(SubmitApplication command, LedgerState state, boolean commune, Problems problems) {
            Optional<CallForProposals> call = projects(state).call(command.callId());
            if (call.isEmpty()) {
                problems.add(StartupErrorCode.STARTUP_CALL_UNKNOWN, "callId", command.callId());
                return;
            }
            problems.check(!call.get().acceptsOn(command.occurredOn()), StartupErrorCode.STARTUP_CALL_CLOSED, "callId",
                    command.callId(), call.get().call().deadline(), call.get().screened());
            problems.check(commune && !Checks.carriesOn(state, command.unitCode(), call.get().unitCode(),
                    command.occurredOn()), StartupErrorCode.STARTUP_OUTSIDE_CALL_AREA, "unitCode", command.unitCode(),
                    call.get().unitCode(), command.callId());
        }

        private static void checkApplicant(SubmitApplication command, ParticipantRegistry registry, Problems problems) {
            ApplicantKind kind = command.applicantKind();
            String id = command.applicantId();
            if (blank(id, "applicantId", problems)) {
                return;
            }
            switch (kind.participantType()) {
                case PERSON -> problems.check(registry.person(id).isEmpty(), StartupErrorCode.STARTUP_APPLICANT_UNKNOWN,
                        "applicantId", "person", id);
                case HOUSEHOLD -> problems.check(!registry.hasHousehold(id),
                        StartupErrorCode.STARTUP_APPLICANT_UNKNOWN, "applicantId", "household", id);
                case ORGANISATION -> {
                    Optional<Organisation> organisation = registry.organisation(id);
                    if (organisation.isEmpty()) {
                        problems.add(StartupErrorCode.STARTUP_APPLICANT_UNKNOWN, "applicantId", "organisation", id);
                    } else {
                        problems.check(!Optional.of(organisation.get().kind()).equals(kind.organisationKind()),
                                StartupErrorCode.STARTUP_APPLICANT_KIND_MISMATCH, "applicantKind", id,
                                organisation.get().kind().label().vi(), kind.label().vi());
                    }
                }
            }
            for (String personId : command.memberPersonIds()) {
                problems.check(registry.person(personId).isEmpty(), StartupErrorCode.STARTUP_APPLICANT_UNKNOWN,
                        "memberPersonIds", "person", personId);
            }
            command.leaderPersonId().ifPresent(personId -> problems.check(registry.person(personId).isEmpty(),
                    StartupErrorCode.STARTUP_APPLICANT_UNKNOWN, "leaderPersonId", "person", personId));
        }

        private Optional<Sector> checkSector(SubmitApplication command, Problems problems) {
            Optional<Sector> sector = configuration.catalogue().sector(command.sectorId());
            if (sector.isEmpty()) {
                problems.add(StartupErrorCode.STARTUP_SECTOR_UNKNOWN, "sectorId", command.sectorId());
                return sector;
            }
            if (sector.get().product(command.productId()).isEmpty()) {
                problems.add(StartupErrorCode.STARTUP_PRODUCT_UNKNOWN, "productId", command.productId(),
                        command.sectorId(), sector.get().products().stream().map(p -> p.id()).toList());
                return sector;
            }
            Checks.items(command.requestedItems(), "requestedItems", problems);
            List<String> allowed = sector.get().allowedItemsFor(command.productId());
            for (int i = 0; i < command.requestedItems().size(); i++) {
                String itemId = command.requestedItems().get(i).itemId();
                problems.check(!allowed.contains(itemId), StartupErrorCode.STARTUP_ITEM_NOT_ALLOWED,
                        "requestedItems[" + i + "].itemId", itemId,
                        sector.get().nameVi() + " / " + command.productId(), allowed);
            }
            return sector;
        }
    }

    /** The counterpart must cover what the state-share ceiling leaves. */
    static void checkCounterpart(StartupConfiguration configuration, Money stateShare, Money counterpart,
            org.ketnghia.startup.policy.ProjectKind kind, AreaDifficulty area, String field, Problems problems) {
        Money minimum = configuration.policy().minimumCounterpart(stateShare, kind, area);
        problems.check(counterpart.isLessThan(minimum), StartupErrorCode.STARTUP_COUNTERPART_TOO_LOW, field,
                stateShare, configuration.policy().ceilingPercent(kind, area), kind.label().vi() + " (" + kind.label().en() + ")",
                area.label().vi() + " (" + area.label().en() + ")", minimum, counterpart);
    }

    static final class ScreenCallHandler implements CommandHandler<ScreenCall> {
        private final StartupConfiguration configuration;
        private final StartupRules rules;

        ScreenCallHandler(StartupConfiguration configuration) {
            this.configuration = configuration;
            this.rules = new StartupRules(configuration.policy());
        }

        @Override
        public Class<ScreenCall> commandType() {
            return ScreenCall.class;
        }

        @Override
        public List<EventDraft> handle(ScreenCall command, LedgerState state) {
            Problems problems = new Problems();
            Optional<CallForProposals> call = projects(state).call(command.callId());
            problems.check(call.isEmpty(), StartupErrorCode.STARTUP_CALL_UNKNOWN, "callId", command.callId());
            List<StartupProject> applications = projects(state).projectsOf(command.callId());
            if (call.isPresent()) {
                problems.check(call.get().screened(), StartupErrorCode.STARTUP_CALL_ALREADY_SCREENED, "callId",
                        command.callId());
                problems.check(applications.isEmpty(), StartupErrorCode.STARTUP_CALL_EMPTY, "callId", command.callId());
                problems.check(command.occurredOn().isBefore(call.get().openedOn()), CoreErrorCode.PERIOD_INVERTED,
                        "occurredOn", call.get().openedOn(), command.occurredOn());
            }
            problems.throwIfAny();
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            Map<String, StartupProject> byId = applications.stream()
                    .collect(Collectors.toMap(StartupProject::applicationId, Function.identity()));
            List<ApplicationProfile> profiles = applications.stream().map(project -> Applicants.profile(
                    project.application(), project.communeCode(), project.submittedOn(), registry,
                    state.administrativeUnits(), configuration)).toList();
            List<EventDraft> drafts = new ArrayList<>();
            for (RankedSubject<ApplicationProfile> ranked : rules.ranking().rank(profiles)) {
                StartupProject project = byId.get(ranked.subject().applicationId());
                drafts.add(new EventDraft(ApplicationScreened.builder().applicationId(project.applicationId())
                        .callId(command.callId()).rank(ranked.rank()).eligible(ranked.eligible())
                        .priorityScore(ranked.priority()).conditions(ranked.requirementReasons())
                        .priorities(ranked.priorityReasons()).build(), project.communeCode(),
                        command.occurredOn()));
            }
            return List.copyOf(drafts);
        }
    }
}
