package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerErrorCode;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * Who may record each correction command, role by role: the system, the province, the district office of Tây
 * Giang (before the district level was abolished) and the commune committee of A Xan may; the committee of
 * another commune may not (scope); a group leader and a sponsor may not (role); an auditor and the public
 * never record. A refused command appends nothing.
 */
class CorrectionPermissionsTest {

    private static final LocalDate ADDED_ON = LocalDate.of(2021, 10, 1);
    private static final LocalDate IN_2022 = LocalDate.of(2022, 3, 1);
    private static final LocalDate LATER = LocalDate.of(2022, 4, 1);

    /** A command with what the ledger needs first for it to be accepted. */
    private record Sample(String name, Consumer<LivestockCommune> prepare, Function<Actor, Command> command) {
    }

    private record RoleCase(String label, Actor actor, Optional<LedgerErrorCode> refusal) {
    }

    private static List<Sample> samples() {
        return List.of(
                new Sample("livestock.add-group-members",
                        commune -> commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.POOR),
                        actor -> Corrections.addMembers(actor, ADDED_ON, LivestockCommune.GROUP, "HN-6")),
                new Sample("livestock.transfer-animals", CorrectionPermissionsTest::secondGroupWithStock,
                        actor -> Corrections.transfer(actor, IN_2022, "to-de-2", Optional.empty(), "G61")),
                new Sample("livestock.reverse-birth",
                        commune -> commune.submit(LivestockCommune.birth(IN_2022, "G01", "K01", AnimalSex.FEMALE)),
                        actor -> Corrections.reverseBirth(actor, LATER, "K01")),
                new Sample("livestock.reverse-death",
                        commune -> commune.submit(LivestockCommune.death(IN_2022, "G02", Optional.empty())),
                        actor -> Corrections.reverseDeath(actor, LATER, "G02")),
                new Sample("livestock.correct-sale",
                        commune -> commune.submit(LivestockCommune.sale(IN_2022, "G08", Optional.of("GP-1"))),
                        actor -> Corrections.correctSale(actor, LATER, "G08", Optional.of(Money.ofDong(3_500_000)),
                                Optional.empty())));
    }

    private static List<RoleCase> roles() {
        return List.of(
                new RoleCase("system", Fixtures.actor(ActorRole.SYSTEM, "QNA"), Optional.empty()),
                new RoleCase("provincial committee", LivestockCommune.PROVINCE, Optional.empty()),
                new RoleCase("district office of Tây Giang",
                        Fixtures.actor(ActorRole.DISTRICT_OFFICE, Participants.TAY_GIANG_DISTRICT), Optional.empty()),
                new RoleCase("commune committee of A Xan",
                        Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, LivestockCommune.A_XAN), Optional.empty()),
                new RoleCase("commune committee of A Nông",
                        Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, Participants.A_NONG),
                        Optional.of(LedgerErrorCode.LEDGER_PERMISSION_SCOPE)),
                new RoleCase("group leader", Fixtures.actor(ActorRole.GROUP_LEADER, LivestockCommune.A_XAN),
                        Optional.of(LedgerErrorCode.LEDGER_PERMISSION_ROLE)),
                new RoleCase("sponsor", Actor.forSponsor("so-tai-chinh", "Sở Tài chính", "so-tai-chinh"),
                        Optional.of(LedgerErrorCode.LEDGER_PERMISSION_ROLE)),
                new RoleCase("auditor", Fixtures.actor(ActorRole.AUDITOR, LivestockCommune.A_XAN),
                        Optional.of(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY)),
                new RoleCase("public", Fixtures.actor(ActorRole.PUBLIC, LivestockCommune.A_XAN),
                        Optional.of(LedgerErrorCode.LEDGER_PERMISSION_READ_ONLY)));
    }

    private static void secondGroupWithStock(LivestockCommune commune) {
        commune.household("HN-6", "Bh'riu Thị Bảy", "Cơ Tu", PovertyCategory.POOR);
        commune.household("HN-L2", "Hốih Văn Hai", "Cơ Tu", PovertyCategory.AVERAGE_LIVING_STANDARD);
        commune.submit(LivestockCommune.group("to-de-2", "HN-6")
                .leaders(List.of(GroupLeader.household("HN-L2", "CK-L2"))).build());
        commune.submit(RecordPurchaseLot.builder().from(LivestockCommune.lot("LO-6", List.of(
                LivestockCommune.goat("G61", AnimalSex.FEMALE)))).occurredOn(IN_2022).build());
        commune.submit(LivestockCommune.accept("LO-6").occurredOn(IN_2022).build());
    }

    @TestFactory
    Stream<DynamicNode> everyCorrectionCommand_isRecordedOnlyByThePermittedRolesInScope() {
        List<DynamicNode> containers = new ArrayList<>();
        for (Sample sample : samples()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (RoleCase role : roles()) {
                String name = role.label() + (role.refusal().isEmpty() ? " may" : " may not");
                tests.add(dynamicTest(name, () -> check(sample, role)));
            }
            containers.add(dynamicContainer(sample.name(), tests));
        }
        return containers.stream();
    }

    private static void check(Sample sample, RoleCase role) {
        LivestockCommune commune = new LivestockCommune().throughRoundOne();
        sample.prepare().accept(commune);
        Command command = sample.command().apply(role.actor());
        long before = commune.ledger.lastSequence();
        if (role.refusal().isEmpty()) {
            assertThat(commune.ledger.submit(command)).isNotEmpty();
            assertThat(commune.ledger.lastSequence()).isGreaterThan(before);
        } else {
            assertThatThrownBy(() -> commune.ledger.submit(command)).isInstanceOfSatisfying(KetnghiaException.class,
                    e -> assertThat(e.has(role.refusal().get())).as(e.getMessage()).isTrue());
            assertThat(commune.ledger.lastSequence()).isEqualTo(before);
        }
    }
}
