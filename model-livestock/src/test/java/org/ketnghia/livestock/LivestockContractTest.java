package org.ketnghia.livestock;

import static org.ketnghia.livestock.LivestockCommune.A_UR;
import static org.ketnghia.livestock.LivestockCommune.A_XAN;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.PROVINCE;
import static org.ketnghia.livestock.LivestockCommune.accept;
import static org.ketnghia.livestock.LivestockCommune.birth;
import static org.ketnghia.livestock.LivestockCommune.death;
import static org.ketnghia.livestock.LivestockCommune.goat;
import static org.ketnghia.livestock.LivestockCommune.group;
import static org.ketnghia.livestock.LivestockCommune.handOver;
import static org.ketnghia.livestock.LivestockCommune.sale;
import static org.ketnghia.testing.contract.TraceAgreement.Window.IN_YEAR;
import static org.ketnghia.testing.contract.TraceAgreement.Window.SINCE_START;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.ErrorCode;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordPackageException;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.RecordLoss;
import org.ketnghia.livestock.herd.RecordVaccination;
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;
import org.ketnghia.livestock.herd.Vaccine;
import org.ketnghia.livestock.herd.WaiveObligation;
import org.ketnghia.livestock.indicators.LivestockIndicators;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.simulation.SimulationIndicators;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;
import org.ketnghia.testing.contract.PilotModelContract;
import org.ketnghia.testing.contract.Refusal;
import org.ketnghia.testing.contract.TraceAgreement;

/**
 * The revolving livestock model (<i>chăn nuôi bò, dê sinh sản quay vòng</i>) passes the pilot-model contract:
 * the goat group of thôn A Ur (xã A Xan) played through every herd event from founding to a waived obligation,
 * refusals after it, the Quảng Nam 2021 budget, and a three-year trace of A Xan's goats whose reports give the
 * replicate's values.
 */
class LivestockContractTest extends PilotModelContract {

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    private static final int YEARS = 3;
    private static final String TAY_GIANG = Participants.TAY_GIANG_DISTRICT;
    private static final LocalDate AFTER_EVERYTHING = LocalDate.of(2025, 6, 2);

    /** The pilot as its programme file configures it: the goats of Tây Giang, in xã A Xan. */
    private static final LivestockProgramme A_XAN_GOATS = LivestockProgramme.builder().planDate(PROGRAMME_START)
            .packages(LivestockProgramme.quangNam2021().packages())
            .addDistricts(DistrictPlan.builder().districtCode(TAY_GIANG).prioritySpecies(Species.GOAT)
                    .pilotCommunes(List.of(A_XAN)).targetHouseholds(6).targetHead(30).build())
            .build();

    /**
     * The group's charter (<i>quy chế tổ</i>): the first female kid passed on, a dead received animal replaced from
     * the group's pool, or 5 million đồng paid instead.
     */
    private static final PassOnPolicy POOL_REPLACES_OR_CASH = PassOnPolicy.builder()
            .from(LivestockCommune.FIRST_FEMALE).id("pool-replaces-or-cash")
            .deathHandling(DeathHandling.GROUP_POOL_REPLACES).cashAlternative(Money.ofMillions(5)).build();

    /** Above the goat norm of 4 million đồng a head. */
    private static final Money ABOVE_NORM = Money.ofDong(4_200_000);

    private List<Command> played;

    @Override
    protected PilotModel model() {
        return new LivestockModel(A_XAN_GOATS);
    }

    /** The Quảng Nam units with the villages of Tây Giang the samples live in. */
    @Override
    protected AdministrativeRegistry units() {
        return Participants.units();
    }

    /**
     * The programme declared (pilot commune A Xan, the plan's norms per head), round 1 to HN-1 and HN-2 (G11 rejected at
     * acceptance), a vaccination, three births, a certified death and its replacement, a permitted sale, a theft,
     * HN-1's kid passed on to HN-3, HN-2's obligation paid in cash into the group's revolving fund; an exception
     * granting HN-5 three goats instead of five, bought above the norm with a justification and handed over; a goat
     * bought from the revolving fund for HN-4, the next household; and HN-3's obligation waived; then the
     * corrections of {@link #corrections}.
     */
    @Override
    protected List<Command> acceptedCommands() {
        if (played == null) {
            LivestockCommune commune = new LivestockCommune().withProgramme().throughRoundOne(POOL_REPLACES_OR_CASH)
                    .submit(vaccination(LocalDate.of(2022, 1, 5), "G01", "G02", "G03", "G04", "G05", "G06", "G07",
                            "G08", "G09", "G10"))
                    .submit(birth(LocalDate.of(2022, 3, 1), "G01", "K01", AnimalSex.FEMALE))
                    .submit(birth(LocalDate.of(2022, 4, 1), "G06", "K02", AnimalSex.MALE))
                    .submit(birth(LocalDate.of(2022, 6, 1), "G07", "K03", AnimalSex.FEMALE))
                    .submit(death(LocalDate.of(2022, 7, 10), "G02", Optional.of("TY-15/2022")))
                    .submit(replacement(LocalDate.of(2022, 7, 25), "G02", "G21"))
                    .submit(sale(LocalDate.of(2022, 8, 2), "G08", Optional.of("GP-03/2022")))
                    .submit(theft(LocalDate.of(2022, 10, 5), "G09"))
                    .submit(handOver(LocalDate.of(2023, 1, 15), "HN-3", Optional.of("HN-1"), "K01"))
                    .submit(cashInstead(LocalDate.of(2023, 5, 2), "HN-2"))
                    .submit(packageException(LocalDate.of(2023, 6, 1), Species.GOAT, 3))
                    .submit(RecordPurchaseLot.builder().from(LivestockCommune.lot("LO-2", List.of(
                                    goat("G31", ABOVE_NORM), goat("G32", ABOVE_NORM), goat("G33", ABOVE_NORM),
                                    goat("G34", ABOVE_NORM))))
                            .occurredOn(LocalDate.of(2023, 6, 5))
                            .aboveNormJustification("Giá dê giống trên thị trường tăng sau dịch, UBND xã đã thẩm định")
                            .build())
                    .submit(accept("LO-2").occurredOn(LocalDate.of(2023, 6, 10)).build())
                    .submit(handOver(LocalDate.of(2023, 6, 15), "HN-5", Optional.empty(), "G31", "G32", "G33"))
                    .submit(fromRevolvingFund(LocalDate.of(2023, 7, 1), "LO-3", "G41"))
                    .submit(accept("LO-3").occurredOn(LocalDate.of(2023, 7, 5)).build())
                    .submit(handOver(LocalDate.of(2023, 7, 10), "HN-4", Optional.empty(), "G41"))
                    .submit(WaiveObligation.builder().actor(PROVINCE).unitCode(A_XAN)
                            .occurredOn(LocalDate.of(2025, 5, 2)).obligationId(Obligation.idOf(GROUP, "HN-3"))
                            .reason("Hộ có người ốm nặng, UBND xã miễn nghĩa vụ")
                            .decisionReference("QĐ 88/QĐ-UBND").build());
            corrections(commune);
            played = commune.submitted();
        }
        return played;
    }

    /**
     * Corrections, history kept: HN-6 added to the group by a later decision; HN-2's buck G10 (its obligation paid
     * in cash) transferred to HN-7 of a second group of A Ur; a birth recorded by mistake reversed, a death
     * corrected back to alive, and the price of the 2022 sale corrected.
     */
    private static void corrections(LivestockCommune commune) {
        for (String id : List.of("HN-6", "HN-7", "HN-L3")) {
            commune.submit(Participants.household(id, A_UR, A_XAN, Participants.head("Chủ hộ " + id,
                    org.ketnghia.core.participant.Sex.FEMALE, 1980)).occurredOn(LivestockCommune.REGISTERED_ON).build());
            commune.submit(Participants.status(id, A_XAN, 2024, id.equals("HN-L3")
                    ? org.ketnghia.core.participant.poverty.PovertyCategory.AVERAGE_LIVING_STANDARD
                    : org.ketnghia.core.participant.poverty.PovertyCategory.POOR));
        }
        commune.submit(Corrections.addMembers(PROVINCE, LocalDate.of(2024, 3, 1), GROUP, "HN-6"))
                .submit(birth(LocalDate.of(2024, 3, 5), "G03", "K04", AnimalSex.FEMALE))
                .submit(Corrections.reverseBirth(PROVINCE, LocalDate.of(2024, 3, 20), "K04"))
                .submit(death(LocalDate.of(2024, 4, 1), "G04", Optional.empty()))
                .submit(Corrections.reverseDeath(PROVINCE, LocalDate.of(2024, 4, 10), "G04"))
                .submit(Corrections.correctSale(PROVINCE, LocalDate.of(2024, 4, 15), "G08",
                        Optional.of(Money.ofDong(3_500_000)), Optional.empty()))
                .submit(group(SECOND_GROUP, "HN-7").occurredOn(LocalDate.of(2024, 5, 1))
                        .leaders(List.of(org.ketnghia.livestock.group.GroupLeader.household("HN-L3", "CK-L3"))).build())
                .submit(Corrections.transfer(PROVINCE, LocalDate.of(2024, 5, 10), SECOND_GROUP, Optional.of("HN-7"),
                        "G10"));
    }

    private static final String SECOND_GROUP = "to-de-a-ur-3";

    @Override
    protected List<? extends ErrorCode> errorCodes() {
        return List.of(LivestockErrorCode.values());
    }

    /** The Quảng Nam 2021 plan's livestock section: 9 billion đồng. */
    @Override
    protected Optional<PlanSection> budgetSection() {
        return Optional.of(section(LivestockProgramme.quangNam2021()));
    }

    @Override
    protected Optional<SimulationScenario> scenario() {
        return Optional.of(new SimulationScenario(PROGRAMME_START, YEARS, section(A_XAN_GOATS)));
    }

    /** The commune committee of A Xan records for its group, in thôn A Ur; the province for the rest. */
    @Override
    protected Optional<TraceContext> traceContext() {
        return Optional.of(TraceContext.builder().actor(Fixtures.PROVINCE)
                .actorFor(A_XAN, Fixtures.actor(ActorRole.COMMUNE_COMMITTEE, A_XAN)).units(Participants.units())
                .villages(A_XAN, List.of(A_UR)).programme(PROGRAMME_START, LocalDate.of(2026, 6, 30)).build());
    }

    /** The district's simulated values read in A Xan, its only pilot commune, as TraceModeTest compares them. */
    @Override
    protected List<TraceAgreement> traceAgreements() {
        return List.of(
                inAXan(SimulationIndicators.HOUSEHOLDS_ROUND_1, LivestockIndicators.HOUSEHOLDS_ROUND_ONE, SINCE_START),
                inAXan(SimulationIndicators.BIRTHS_ID, LivestockIndicators.BIRTHS, IN_YEAR),
                inAXan(SimulationIndicators.DEATHS_ID, LivestockIndicators.DEATHS, IN_YEAR),
                inAXan(SimulationIndicators.GOAT_FEMALES, LivestockIndicators.HERD_GOAT_FEMALE, SINCE_START),
                inAXan(SimulationIndicators.GOAT_MALES, LivestockIndicators.HERD_GOAT_MALE, SINCE_START),
                inAXan(SimulationIndicators.PASS_ONS_DONE_ID, LivestockIndicators.PASS_ONS_DONE, SINCE_START),
                inAXan(SimulationIndicators.PASS_ONS_DUE_ID, LivestockIndicators.PASS_ONS_DUE, SINCE_START),
                inAXan(SimulationIndicators.PASS_ONS_OVERDUE_ID, LivestockIndicators.PASS_ONS_OVERDUE, SINCE_START),
                TraceAgreement.total(SimulationIndicators.BIRTHS_ID, LivestockIndicators.BIRTHS.id(), IN_YEAR),
                TraceAgreement.total(SimulationIndicators.HOUSEHOLDS_ROUND_1,
                        LivestockIndicators.HOUSEHOLDS_ROUND_ONE.id(), SINCE_START));
    }

    @Override
    protected List<Refusal> refusals() {
        return List.of(
                new Refusal(sale(AFTER_EVERYTHING, "G03", Optional.empty()),
                        LivestockErrorCode.LIVESTOCK_SALE_WITHOUT_PERMISSION),
                new Refusal(vaccination(AFTER_EVERYTHING, "G02"), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE),
                new Refusal(replacement(AFTER_EVERYTHING, "G02", "G22"),
                        LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED),
                new Refusal(cashInstead(AFTER_EVERYTHING, "HN-1"), LivestockErrorCode.LIVESTOCK_OBLIGATION_CLOSED),
                new Refusal(handOver(AFTER_EVERYTHING, "HN-4", Optional.of("HN-2"), "K03"),
                        LivestockErrorCode.LIVESTOCK_NO_OPEN_OBLIGATION),
                new Refusal(accept("LO-1").build(), LivestockErrorCode.LIVESTOCK_LOT_ALREADY_ACCEPTED),
                new Refusal(group("to-de-a-ur-2", "HN-4").build(),
                        LivestockErrorCode.LIVESTOCK_HOUSEHOLD_IN_OTHER_GROUP),
                new Refusal(group("to-de-pa-rong", "HN-4").unitCode(Participants.A_NONG).build(),
                        ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE),
                new Refusal(handOver(AFTER_EVERYTHING, "HN-1", Optional.empty(), "G34"),
                        LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED),
                new Refusal(packageException(AFTER_EVERYTHING, Species.CATTLE, 2),
                        LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_SPECIES),
                new Refusal(RecordPurchaseLot.builder().from(LivestockCommune.lot("LO-8", List.of(goat("G51", ABOVE_NORM))))
                        .occurredOn(AFTER_EVERYTHING).build(), LivestockErrorCode.LIVESTOCK_PRICE_ABOVE_NORM),
                new Refusal(fromRevolvingFund(AFTER_EVERYTHING, "LO-9", "G52"),
                        LivestockErrorCode.LIVESTOCK_REVOLVING_FUND_INSUFFICIENT),
                new Refusal(Corrections.addMembers(PROVINCE, AFTER_EVERYTHING, GROUP, "HN-3"),
                        LivestockErrorCode.LIVESTOCK_HOUSEHOLD_LISTED_TWICE),
                new Refusal(Corrections.transfer(PROVINCE, AFTER_EVERYTHING, SECOND_GROUP, Optional.of("HN-7"), "G31"),
                        LivestockErrorCode.LIVESTOCK_TRANSFER_OBLIGATION_OPEN),
                new Refusal(Corrections.reverseBirth(PROVINCE, AFTER_EVERYTHING, "K01"),
                        LivestockErrorCode.LIVESTOCK_CORRECTION_ANIMAL_HANDED_OVER),
                new Refusal(Corrections.reverseDeath(PROVINCE, AFTER_EVERYTHING, "G02"),
                        LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED),
                new Refusal(Corrections.correctSale(PROVINCE, AFTER_EVERYTHING, "G03", Optional.of(Money.ofMillions(2)),
                        Optional.empty()), LivestockErrorCode.LIVESTOCK_NO_SALE_TO_CORRECT));
    }

    private static TraceAgreement inAXan(String simulated, IndicatorDefinition reported, TraceAgreement.Window window) {
        return TraceAgreement.at(A_XAN, simulated + "/" + TAY_GIANG, reported.id(), window);
    }

    private static PlanSection section(LivestockProgramme programme) {
        return new PlanSection(LivestockModel.ID, "models.livestock", MAPPER.valueToTree(programme));
    }

    private static RecordVaccination vaccination(LocalDate date, String... earTags) {
        return RecordVaccination.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).addEarTags(earTags)
                .vaccine(Vaccine.FOOT_AND_MOUTH).reference("TP-LMLM-" + date.getYear()).build();
    }

    private static ReplaceDeadAnimal replacement(LocalDate date, String dead, String earTag) {
        return ReplaceDeadAnimal.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).replacedEarTag(dead)
                .earTag(earTag).sex(AnimalSex.FEMALE).ageMonths(10).replacementReference("BB-BU-" + earTag).build();
    }

    private static RecordLoss theft(LocalDate date, String earTag) {
        return RecordLoss.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).earTag(earTag).stolen(true)
                .reportReference("BB-CA-" + earTag).build();
    }

    /** HN-5 receives {@code head} animals of {@code species} in round 1 instead of the package. */
    private static RecordPackageException packageException(LocalDate date, Species species, int head) {
        return RecordPackageException.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date).groupId(GROUP)
                .householdId("HN-5").species(species).headCount(head)
                .justification("Hộ neo đơn, chỉ đủ chuồng trại và lao động chăm sóc 3 con dê")
                .decisionReference("QĐ 61/QĐ-UBND").approvedBy("Chủ tịch UBND xã A Xan").build();
    }

    /** One goat at the norm, paid from the group's revolving fund. */
    private static RecordPurchaseLot fromRevolvingFund(LocalDate date, String lotId, String earTag) {
        return RecordPurchaseLot.builder().from(LivestockCommune.lot(lotId, List.of(goat(earTag, Money.ofMillions(4)))))
                .occurredOn(date).paidFromRevolvingFund(true).build();
    }

    private static PayCashInstead cashInstead(LocalDate date, String householdId) {
        return PayCashInstead.builder().actor(PROVINCE).unitCode(A_XAN).occurredOn(date)
                .obligationId(Obligation.idOf(GROUP, householdId)).amount(Money.ofMillions(5))
                .receiptReference("PT-" + householdId).build();
    }
}
