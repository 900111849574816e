package org.ketnghia.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.CorrectPovertyStatus;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.RecordItem;

/** A policy is checked when it is made and when the runtime is built. */
class ApprovalPolicyTest {

    private static void assertFails(Runnable action, ApprovalErrorCode expected) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.has(expected)).as(e.getMessage()).isTrue());
    }

    @Test
    void twoRulesForOneCommand_areRefused() {
        assertFails(() -> ApprovalPolicy.of(ApprovalRule.always(CorrectPovertyStatus.class),
                ApprovalRule.always(CorrectPovertyStatus.class)), ApprovalErrorCode.APPROVAL_POLICY_DUPLICATE_RULE);
    }

    @Test
    void approvalsOwnCommands_cannotNeedApproval() {
        assertFails(() -> ApprovalRule.always(ApproveRequest.class), ApprovalErrorCode.APPROVAL_POLICY_OWN_COMMAND);
        assertFails(() -> ApprovalRule.always(RejectRequest.class), ApprovalErrorCode.APPROVAL_POLICY_OWN_COMMAND);
    }

    @Test
    void expiryMustBePositive() {
        assertFails(() -> ApprovalRule.always(CorrectPovertyStatus.class).expiringAfter(Period.ZERO),
                ApprovalErrorCode.APPROVAL_POLICY_EXPIRY_INVALID);
        assertThat(ApprovalRule.always(CorrectPovertyStatus.class).expiringAfter(Period.ofDays(5)).expiry()).isEqualTo(Period.ofDays(5));
    }

    @Test
    void aRuleForACommandNoHandlerAccepts_failsTheBuild() {
        ApprovalPolicy policy = ApprovalPolicy.of(ApprovalRule.always(RecordItem.class));
        assertFails(() -> KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).clock(Fixtures.CLOCK).approvalPolicy(policy)
                .build(), ApprovalErrorCode.APPROVAL_POLICY_UNKNOWN_COMMAND);
    }

    @Test
    void threshold_isStrictlyAbove() {
        ApprovalRule<RecordExpenditure> rule = ApprovalRule.above(RecordExpenditure.class, RecordExpenditure::amount, Money.ofMillions(50));
        assertThat(rule.requiresApproval(ApprovalFixtures.expenditure("a", 50))).isFalse();
        assertThat(rule.requiresApproval(ApprovalFixtures.expenditure("b", 51))).isTrue();
        assertThat(ApprovalPolicy.none().rules()).isEmpty();
        assertThat(ApprovalFixtures.POLICY.ruleFor(RecordExpenditure.class)).isPresent();
        assertThat(ApprovalFixtures.POLICY.ruleFor(RecordItem.class)).isEmpty();
    }
}
