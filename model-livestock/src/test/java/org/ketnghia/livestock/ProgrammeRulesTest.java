package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.goat;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.LivestockCommune.lot;
import static org.ketnghia.livestock.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.livestock.group.FoundGroup;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.testing.Participants;

/**
 * The declared programme's rules when recording: household groups only in its pilot communes (a village of one,
 * or the successor commune after 1 July 2025, too), and purchase lots within its price norms per head on average
 * unless the lot says why; no programme, or no norm, and nothing is checked.
 */
class ProgrammeRulesTest {

    private static final LocalDate AFTER_MERGERS = LocalDate.of(2025, 8, 1);

    // ------------------------------------------------------------------ scope

    @Test
    void aGroup_inThePilotCommune_isAccepted() {
        LivestockCommune commune = new LivestockCommune().withProgramme().withHouseholds();

        commune.submit(group(GROUP, "HN-1", "HN-2").build());

        assertThat(founded(commune, GROUP)).isPresent();
    }

    @Test
    void aGroup_outsideThePilotCommunes_isRefused_butAcceptedWhenNoProgrammeIsDeclared() {
        LivestockCommune declared = new LivestockCommune().withProgramme();
        paRongHouseholds(declared);
        KetnghiaException refused = assertRefused(declared.ledger, paRongGroup(), ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
            assertThat(problem.field()).isEqualTo("unitCode");
        });

        LivestockCommune undeclared = new LivestockCommune();
        paRongHouseholds(undeclared);
        undeclared.submit(paRongGroup());
        assertThat(founded(undeclared, "to-de-pa-rong")).isPresent();
    }

    @Test
    void afterTheMergers_theSuccessorOfThePilotCommune_foundsGroups_andTheSuccessorOfAnotherDoesNot() {
        LivestockCommune commune = new LivestockCommune().withProgramme();
        for (String id : List.of("HN-1", "HN-2", LivestockCommune.LEADER)) {
            commune.submit(Participants.household(id, Participants.A_UR, A_XAN,
                    Participants.head("Chủ hộ " + id, Sex.FEMALE, 1975)).build());
            commune.submit(Participants.status(id, A_XAN, 2025,
                    id.equals(LivestockCommune.LEADER) ? PovertyCategory.AVERAGE_LIVING_STANDARD : PovertyCategory.POOR));
        }
        paRongHouseholds(commune);

        commune.submit(group("to-de-hung-son", "HN-1", "HN-2").unitCode(Participants.HUNG_SON).occurredOn(AFTER_MERGERS)
                .publicVoteOn(AFTER_MERGERS.minusDays(7)).build());
        assertThat(founded(commune, "to-de-hung-son")).map(GroupFounded::communeCode).contains(Participants.HUNG_SON);

        assertRefused(commune.ledger, FoundGroup.builder().from(paRongGroup()).unitCode(Participants.TAY_GIANG_COMMUNE)
                .occurredOn(AFTER_MERGERS).publicVoteOn(AFTER_MERGERS.minusDays(7)).build(),
                ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE);
    }

    // ------------------------------------------------------------------ norms

    @Test
    void aLotAboveTheNormOnAverage_isRefused_namingTheNormAndTheSpecies() {
        LivestockCommune commune = throughGroup(new LivestockCommune().withProgramme());

        KetnghiaException refused = assertRefused(commune.ledger,
                lot("LO-1", List.of(goat("G01", Money.ofDong(4_500_000)), goat("G02", Money.ofDong(4_000_000)))),
                LivestockErrorCode.LIVESTOCK_PRICE_ABOVE_NORM);

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("aboveNormJustification");
            assertThat(problem.messageVi()).contains("4.250.000").contains("dê").contains("4.000.000");
        });
    }

    @Test
    void aLotAtTheNormOnAverage_isAccepted_evenWithOneAnimalAboveIt() {
        LivestockCommune commune = throughGroup(new LivestockCommune().withProgramme());

        commune.submit(lot("LO-1", List.of(goat("G01", Money.ofDong(4_500_000)), goat("G02", Money.ofDong(3_500_000)))));

        assertThat(lotRecorded(commune, "LO-1").aboveNormJustification()).isEmpty();
    }

    @Test
    void aLotAboveTheNorm_withItsJustification_isAccepted_andTheEventKeepsIt() {
        LivestockCommune commune = throughGroup(new LivestockCommune().withProgramme());
        String why = "Giá dê giống tăng sau dịch, Hội đồng thẩm định giá của xã đã chấp thuận";

        commune.submit(RecordPurchaseLot.builder().from(lot("LO-1", List.of(goat("G01", Money.ofDong(4_500_000)))))
                .aboveNormJustification(why).build());

        assertThat(lotRecorded(commune, "LO-1").aboveNormJustification()).contains(why);
    }

    @Test
    void aBlankJustification_isRefused() {
        LivestockCommune commune = throughGroup(new LivestockCommune().withProgramme());

        assertRefused(commune.ledger, RecordPurchaseLot.builder().from(lot("LO-1", List.of(goat("G01",
                Money.ofDong(4_500_000))))).aboveNormJustification(" ").build(), CoreErrorCode.VALUE_BLANK);
    }

    @Test
    void withoutAProgramme_orWithoutTheSpeciesNorm_nothingIsCheckedAgainstANorm() {
        LivestockCommune undeclared = throughGroup(new LivestockCommune());
        undeclared.submit(lot("LO-1", List.of(goat("G01", Money.ofMillions(9)))));
        assertThat(lotRecorded(undeclared, "LO-1").animals()).hasSize(1);

        ProgrammeTerms cattleNormOnly = ProgrammeTerms.builder().from(LivestockCommune.PROGRAMME_TERMS)
                .norms(LivestockCommune.PROGRAMME_TERMS.norms().subList(0, 1)).build();
        LivestockCommune withoutGoatNorm = new LivestockCommune();
        withoutGoatNorm.submit(DeclareProgramme.builder().actor(PROVINCE).unitCode("QNA")
                .occurredOn(LivestockCommune.PROGRAMME_START).terms(cattleNormOnly).build());
        throughGroup(withoutGoatNorm).submit(lot("LO-1", List.of(goat("G01", Money.ofMillions(9)))));
        assertThat(lotRecorded(withoutGoatNorm, "LO-1").animals()).hasSize(1);
    }

    private static Optional<GroupFounded> founded(LivestockCommune commune, String groupId) {
        return commune.ledger.<HouseholdGroups, Optional<GroupFounded>>read(HouseholdGroups.class,
                groups -> groups.group(groupId));
    }

    private static LivestockCommune throughGroup(LivestockCommune commune) {
        return commune.withHouseholds().withFunds(LivestockCommune.RECEIVED)
                .submit(group(GROUP, "HN-1", "HN-2", "HN-3").build());
    }

    private static PurchaseLotRecorded lotRecorded(LivestockCommune commune, String lotId) {
        return commune.ledger.read(Herd.class, herd -> herd.lot(lotId)).orElseThrow();
    }

    /** Two poor households and a non-poor leader in thôn Pà Rồng of xã A Nông, not a pilot commune. */
    private static void paRongHouseholds(LivestockCommune commune) {
        for (String id : List.of("PR-1", "PR-2", "PR-L")) {
            commune.submit(Participants.household(id, Participants.PA_RONG, Participants.A_NONG,
                    Participants.head("Chủ hộ " + id, Sex.FEMALE, 1978)).occurredOn(LivestockCommune.REGISTERED_ON).build());
            for (int year : List.of(2021, 2025)) {
                commune.submit(Participants.status(id, Participants.A_NONG, year,
                        id.equals("PR-L") ? PovertyCategory.AVERAGE_LIVING_STANDARD : PovertyCategory.POOR));
            }
        }
    }

    private static FoundGroup paRongGroup() {
        return FoundGroup.builder().from(group("to-de-pa-rong", "PR-1", "PR-2").unitCode(Participants.A_NONG).build())
                .leaders(List.of(org.ketnghia.livestock.group.GroupLeader.household("PR-L", "CK-PR-L"))).build();
    }
}
