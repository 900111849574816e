package org.ketnghia.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.core.approval.ApprovalFixtures.A_NONG;
import static org.ketnghia.core.approval.ApprovalFixtures.A_XAN;
import static org.ketnghia.core.approval.ApprovalFixtures.POLICY;
import static org.ketnghia.core.approval.ApprovalFixtures.expenditure;
import static org.ketnghia.core.approval.ApprovalFixtures.requestIdOf;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;

/**
 * Who may approve and who may reject a pending expenditure of A Xan, per role: people with a role the
 * expenditure permits, in scope; never the system, never a read-only role.
 */
class ApprovalPermissionTest {

    static Stream<Arguments> roles() {
        Actor sponsor = Actor.forSponsor("vinamilk", "Vinamilk", "vinamilk");
        return Stream.of(
                Arguments.of(Fixtures.actor(ActorRole.PROVINCIAL_COMMITTEE, "QNA"), null),
                Arguments.of(Fixtures.actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG"), null),
                Arguments.of(ApprovalFixtures.CHAIRMAN, null),
                Arguments.of(Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_NONG), LedgerErrorCode.LEDGER_PERMISSION_SCOPE),
                Arguments.of(Fixtures.actor(ActorRole.DISTRICT_OFFICE, "QNA.NAM-GIANG"), LedgerErrorCode.LEDGER_PERMISSION_SCOPE),
                Arguments.of(Fixtures.actor(ActorRole.GROUP_LEADER, A_XAN), ApprovalErrorCode.APPROVAL_NOT_AUTHORISED),
                Arguments.of(sponsor, ApprovalErrorCode.APPROVAL_NOT_AUTHORISED),
                Arguments.of(Actor.system("nhap-lieu"), LedgerErrorCode.LEDGER_PERMISSION_ROLE),
                Arguments.of(Fixtures.actor(ActorRole.AUDITOR, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY),
                Arguments.of(Fixtures.actor(ActorRole.PUBLIC, A_XAN), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void approve_perRole(Actor actor, ErrorCode refusal) {
        check(actor, refusal, ApprovalFixtures::approve);
    }

    @ParameterizedTest
    @MethodSource("roles")
    void reject_perRole(Actor actor, ErrorCode refusal) {
        check(actor, refusal, ApprovalFixtures::reject);
    }

    @org.junit.jupiter.api.Test
    void everyRole_isCovered() {
        assertThat(roles().map(arguments -> ((Actor) arguments.get()[0]).role()).distinct())
                .containsExactlyInAnyOrder(ActorRole.values());
    }

    private static void check(Actor actor, ErrorCode refusal, BiFunction<Actor, String, Command> decision) {
        KetnghiaRuntime runtime = ApprovalFixtures.runtime(POLICY, Fixtures.CLOCK);
        ApprovalFixtures.given(runtime);
        String requestId = requestIdOf(runtime.ledger().submit(expenditure("chi-1", 60)));
        long before = runtime.ledger().lastSequence();
        Command command = decision.apply(actor, requestId);
        if (refusal == null) {
            assertThat(runtime.ledger().submit(command)).isNotEmpty();
            assertThat(runtime.ledger().read(ApprovalRegister.class, register -> register.request(requestId)).orElseThrow()
                    .decision()).isPresent();
        } else {
            assertThatThrownBy(() -> runtime.ledger().submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.problems()).extracting(Problem::code).as(e.getMessage()).contains(refusal));
            assertThat(runtime.ledger().lastSequence()).isEqualTo(before);
        }
    }
}
