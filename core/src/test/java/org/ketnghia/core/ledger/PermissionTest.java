package org.ketnghia.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ketnghia.testing.Fixtures.actor;
import static org.ketnghia.testing.Fixtures.recordItem;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.demo.DemoModel;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.demo.RecordItem;

class PermissionTest {

    private static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    private static final String A_XAN = "QNA.TAY-GIANG.A-XAN";

    private final InMemoryEventStore store = new InMemoryEventStore();
    private final Ledger ledger = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(store)
            .clock(Fixtures.CLOCK).build().ledger();

    private void assertRefused(Command command, LedgerErrorCode expected) {
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.has(expected)).as(e.getMessage()).isTrue());
        assertThat(store.size()).as("a refused command appends nothing").isZero();
    }

    @Test
    void auditorAndPublic_mayNotRecord() {
        assertRefused(recordItem(actor(ActorRole.AUDITOR, A_XAN), A_XAN, IN_2024, "x", 1), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
        assertRefused(recordItem(actor(ActorRole.PUBLIC, A_XAN), A_XAN, IN_2024, "x", 1), LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY);
    }

    @Test
    void communeCommittee_recordsOnlyForItsOwnCommune() {
        assertRefused(recordItem(actor(ActorRole.COMMUNE_COMMITTEE, "QNA.TAY-GIANG.DANG"), A_XAN, IN_2024, "x", 1),
                LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertThat(ledger.submit(recordItem(actor(ActorRole.COMMUNE_COMMITTEE, A_XAN), A_XAN, IN_2024, "x", 1))).hasSize(1);
    }

    @Test
    void districtOffice_recordsForItsCommunes_untilTheDistrictWasAbolished() {
        Actor district = actor(ActorRole.DISTRICT_OFFICE, "QNA.TAY-GIANG");
        assertThat(ledger.submit(recordItem(district, A_XAN, IN_2024, "x", 1))).hasSize(1);
        assertRefused2(recordItem(district, "QNA.NAM-GIANG.LA-EE", IN_2024, "y", 1), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
        assertRefused2(recordItem(district, "DNG.HUNG-SON", LocalDate.of(2025, 9, 1), "z", 1), LedgerErrorCode.LEDGER_PERMISSION_SCOPE);
    }

    private void assertRefused2(Command command, LedgerErrorCode expected) {
        long before = store.size();
        assertThatThrownBy(() -> ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                e -> assertThat(e.has(expected)).as(e.getMessage()).isTrue());
        assertThat(store.size()).isEqualTo(before);
    }

    @Test
    void unitRoleWithoutScope_isRefused() {
        Actor noScope = new Actor("someone", "Someone", ActorRole.COMMUNE_COMMITTEE, java.util.Optional.empty(),
                java.util.Optional.empty());
        assertRefused(recordItem(noScope, A_XAN, IN_2024, "x", 1), LedgerErrorCode.LEDGER_SCOPE_MISSING);
    }

    @Test
    void sponsor_recordsOnlyOnItsOwnBehalf() {
        Actor sponsor = Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh");
        RecordItem forOther = RecordItem.builder().actor(sponsor).unitCode(A_XAN).occurredOn(IN_2024)
                .sponsorId("so-y-te").itemId("x").quantity(1).value(Money.ofDong(1)).build();
        assertRefused(forOther, LedgerErrorCode.LEDGER_PERMISSION_SPONSOR);

        RecordItem forItself = RecordItem.builder().from(forOther).sponsorId("so-tai-chinh").build();
        assertThat(ledger.submit(forItself)).hasSize(1);
    }

    @Test
    void groupLeader_mayNotRecordACommandThatDoesNotPermitIt() {
        assertRefused(recordItem(actor(ActorRole.GROUP_LEADER, A_XAN), A_XAN, IN_2024, "x", 1),
                LedgerErrorCode.LEDGER_PERMISSION_ROLE);
    }

    @Test
    void hostPolicy_replacesTheDefault() {
        InMemoryEventStore own = new InMemoryEventStore();
        Ledger strict = KetnghiaRuntime.builder().administrativeUnits(Fixtures.QUANG_NAM).addModel(new DemoModel()).eventStore(own).clock(Fixtures.CLOCK)
                .permissionPolicy(request -> java.util.List.of(org.ketnghia.core.error.Problem.of(
                        LedgerErrorCode.LEDGER_PERMISSION_ROLE, "actor.role", request.actor().role(), "anything")))
                .build().ledger();
        assertThatThrownBy(() -> strict.submit(recordItem(Fixtures.PROVINCE, A_XAN, IN_2024, "x", 1)))
                .isInstanceOf(KetnghiaException.class);
        assertThat(own.size()).isZero();
    }
}
