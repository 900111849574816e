package org.ketnghia.core.grievance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.grievance.GrievanceFixtures.A_XAN;
import static org.ketnghia.core.grievance.GrievanceFixtures.COMPLAINT_ID;
import static org.ketnghia.core.grievance.GrievanceFixtures.RECEIVED_ON;
import static org.ketnghia.core.grievance.GrievanceFixtures.SYSTEM;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Who may record each grievance command (<i>phân quyền</i>): the system and the provincial committee set the
 * deadlines; the units from the province down to the commune, within their scope, record postings and every step of a
 * complaint; sponsors, group leaders, auditors and the public never do — a person's complaint is recorded by the
 * official who receives it.
 */
class GrievancePermissionTest {

    private static final LocalDate ASSIGNED_ON = RECEIVED_ON.plusDays(1);
    private static final LocalDate ANSWERED_ON = RECEIVED_ON.plusDays(2);
    private static final LocalDate CLOSED_ON = RECEIVED_ON.plusDays(3);

    /** Each command, what must be recorded before it, and the command as a given actor records it. */
    enum Step {
        SET_RULES(ledger -> { }, (actor, ledger) -> GrievanceFixtures.rules(actor, 7, 20).build()),
        RECORD_POSTING(ledger -> { }, (actor, ledger) -> GrievanceFixtures.posting(actor).build()),
        RECEIVE_COMPLAINT(Step::posted, (actor, ledger) -> GrievanceFixtures.complaint(actor, COMPLAINT_ID).build()),
        ASSIGN_COMPLAINT(Step::received,
                (actor, ledger) -> GrievanceFixtures.assign(actor, COMPLAINT_ID, ASSIGNED_ON).build()),
        ANSWER_COMPLAINT(Step::assigned,
                (actor, ledger) -> GrievanceFixtures.answer(actor, COMPLAINT_ID, ANSWERED_ON).build()),
        REQUEST_CORRECTION(Step::answered,
                (actor, ledger) -> GrievanceFixtures.requestCorrection(actor, COMPLAINT_ID, "yc-1", ANSWERED_ON).build()),
        // the correcting event is the last one recorded before the closure
        CLOSE_COMPLAINT(Step::corrected, (actor, ledger) -> GrievanceFixtures.close(actor, COMPLAINT_ID, CLOSED_ON,
                ComplaintResult.UPHELD).correctionSequence(ledger.lastSequence()).build());

        private final Consumer<Ledger> before;
        private final BiFunction<Actor, Ledger, Command> command;

        Step(Consumer<Ledger> before, BiFunction<Actor, Ledger, Command> command) {
            this.before = before;
            this.command = command;
        }

        private static void posted(Ledger ledger) {
            ledger.submit(GrievanceFixtures.posting(SYSTEM).build());
        }

        private static void received(Ledger ledger) {
            posted(ledger);
            ledger.submit(GrievanceFixtures.complaint(SYSTEM, COMPLAINT_ID).build());
        }

        private static void assigned(Ledger ledger) {
            received(ledger);
            ledger.submit(GrievanceFixtures.assign(SYSTEM, COMPLAINT_ID, ASSIGNED_ON).build());
        }

        private static void answered(Ledger ledger) {
            assigned(ledger);
            ledger.submit(GrievanceFixtures.answer(SYSTEM, COMPLAINT_ID, ANSWERED_ON).build());
        }

        private static void corrected(Ledger ledger) {
            answered(ledger);
            ledger.submit(Participants.status(GrievanceFixtures.HOUSEHOLD_A_UR, A_XAN, 2025, PovertyCategory.NEAR_POOR));
        }
    }

    /** An actor, and what the policy answers for a grievance command of A Xan: empty when it may record it. */
    enum Who {
        SYSTEM_PROCESS(SYSTEM, null, null),
        PROVINCIAL_COMMITTEE(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), null, null),
        DISTRICT_OFFICE(Fixtures.actor(ActorRole.DISTRICT_OFFICE, Participants.TAY_GIANG_DISTRICT),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE, null),
        OTHER_DISTRICT_OFFICE(Fixtures.actor(ActorRole.DISTRICT_OFFICE, "QNA.NAM-GIANG"), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE),
        COMMUNE_COMMITTEE(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE, null),
        OTHER_COMMUNE_COMMITTEE(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, "QNA.TAY-GIANG.DANG"),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE, LedgerErrorCode.LEDGER_PERMISSION_SCOPE),
        SPONSOR(Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh"), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                LedgerErrorCode.LEDGER_PERMISSION_ROLE),
        GROUP_LEADER(Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_ROLE,
                LedgerErrorCode.LEDGER_PERMISSION_ROLE),
        AUDITOR(Fixtures.actor(ActorRole.AUDITOR, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY),
        PUBLIC(Fixtures.actor(ActorRole.PUBLIC, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY,
                LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);

        private final Actor actor;
        private final LedgerErrorCode settingRules;
        private final LedgerErrorCode recordingSteps;

        Who(Actor actor, LedgerErrorCode settingRules, LedgerErrorCode recordingSteps) {
            this.actor = actor;
            this.settingRules = settingRules;
            this.recordingSteps = recordingSteps;
        }

        Optional<LedgerErrorCode> refusalOf(Step step) {
            return Optional.ofNullable(step == Step.SET_RULES ? settingRules : recordingSteps);
        }
    }

    static Stream<Arguments> everyStepAndActor() {
        return Arrays.stream(Step.values()).flatMap(step -> Arrays.stream(Who.values()).map(who -> Arguments.of(step, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyStepAndActor")
    void eachCommand_isRecordedOnlyByTheRolesAndScopesAllowed(Step step, Who who) {
        Ledger ledger = GrievanceFixtures.runtime().ledger();
        GrievanceFixtures.background(ledger);
        step.before.accept(ledger);
        Command command = step.command.apply(who.actor, ledger);
        long before = ledger.lastSequence();

        Optional<LedgerErrorCode> refusal = who.refusalOf(step);
        if (refusal.isEmpty()) {
            assertThat(ledger.submit(command)).hasSize(1);
            assertThat(ledger.lastSequence()).isEqualTo(before + 1);
        } else {
            assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                    refused -> assertThat(refused.has(refusal.get())).as(refused.getMessage()).isTrue());
            assertThat(ledger.lastSequence()).as("a refused command appends nothing").isEqualTo(before);
        }
    }
}
