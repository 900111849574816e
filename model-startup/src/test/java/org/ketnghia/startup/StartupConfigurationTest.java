package org.ketnghia.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.testing.Participants;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.catalogue.SectorGroup;
import org.ketnghia.startup.policy.AreaDifficulty;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.LocalDevelopmentPlan;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.simulation.SectorRates;

/** The catalogue, policy and local plan are data: shipped files load, hosts extend them, bad files list every problem. */
class StartupConfigurationTest {

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void standardCatalogue_hasThePlansSectorsProductsAndItems() {
        SectorCatalogue catalogue = SectorCatalogue.quangNam2021();

        assertThat(catalogue.sectors()).extracting(sector -> sector.id())
                .containsExactly("fruit", "medicinal-plants", "short-cycle-crops", "livestock", "processing");
        assertThat(catalogue.sector("medicinal-plants").orElseThrow().product("ngoc-linh-ginseng")).isPresent();
        assertThat(catalogue.sector("processing").orElseThrow().allowedItemsFor("brocade"))
                .contains("packaging-label-design", "traceability-stamps", "trademark-registration", "market-linkage");
        assertThat(catalogue.sector("livestock").orElseThrow().allowedItemsFor("pigs"))
                .contains("vaccination-swine-fever").doesNotContain("vaccination-avian-influenza");
        assertThat(catalogue.sector("fruit").orElseThrow().group()).isEqualTo(SectorGroup.CROPS);
        assertThat(catalogue.sector("fruit").orElseThrow().name()).isEqualTo(BilingualText.of("Cây ăn quả", "Fruit trees"));
        assertThat(catalogue.item("seedlings").orElseThrow().name().vi()).isEqualTo("Giống cây trồng");
    }

    @Test
    void aHostExtendsTheCatalogue_withItsOwnSectorAndItem() {
        SectorCatalogue merged = SectorCatalogue.quangNam2021().withExtension(json("{'items': [{'id': 'beehives', 'nameVi': 'Thùng ong',"
                + " 'nameEn': 'Beehives'}], 'sectors': [{'id': 'honey', 'group': 'LIVESTOCK', 'nameVi': 'Nuôi ong',"
                + " 'nameEn': 'Beekeeping', 'products': [{'id': 'forest-honey', 'nameVi': 'Mật ong rừng',"
                + " 'nameEn': 'Forest honey'}], 'allowedItems': ['beehives', 'promotion']}]}"), "host.json");

        assertThat(merged.sector("honey").orElseThrow().allowedItemsFor("forest-honey"))
                .containsExactly("beehives", "promotion");
        assertThat(merged.sector("fruit")).isPresent();
        assertThat(new StartupModel(new StartupConfiguration(merged, StartupPolicy.nationalPractice(),
                LocalDevelopmentPlan.quangNam2021(), SectorRates.quangNam2021())).indicators()).extracting(definition -> definition.id())
                .contains("startup.approvals.sector.honey", "startup.support-value.item.beehives");
    }

    @Test
    void quangNam2021_namesEveryPart_andSimulationRatesOfEveryShippedSector() {
        StartupConfiguration quangNam = StartupConfiguration.quangNam2021();

        assertThat(quangNam.catalogue()).isEqualTo(SectorCatalogue.quangNam2021());
        assertThat(quangNam.policy()).isEqualTo(StartupPolicy.nationalPractice());
        assertThat(quangNam.plan()).isEqualTo(LocalDevelopmentPlan.quangNam2021());
        assertThat(quangNam.simulationRates()).extracting(SectorRates::sectorId)
                .containsExactlyInAnyOrderElementsOf(quangNam.catalogue().sectors().stream().map(sector -> sector.id())
                        .toList());
    }

    @Test
    void simulationRatesOfAnUnknownSector_twiceForOneSector_orOutOfRange_areRefusedWithEveryProblem() {
        StartupConfiguration quangNam = StartupConfiguration.quangNam2021();
        java.util.List<SectorRates> rates = java.util.List.of(new SectorRates("fruit", 0.1, 0.1, 0.1),
                new SectorRates("fruit", 0.2, 0.1, 0.1), new SectorRates("mining", 1.5, 0.1, -1));

        assertThatThrownBy(() -> new StartupConfiguration(quangNam.catalogue(), quangNam.policy(), quangNam.plan(),
                rates)).isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.code(), problem -> problem.field())
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_DUPLICATE, "simulationRates[1].sectorId"),
                                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_OUT_OF_RANGE,
                                        "simulationRates[2].annualFailureProbability"),
                                org.assertj.core.groups.Tuple.tuple(CoreErrorCode.VALUE_NEGATIVE,
                                        "simulationRates[2].revenueGrowthStandardDeviation"),
                                org.assertj.core.groups.Tuple.tuple(StartupErrorCode.STARTUP_SECTOR_UNKNOWN,
                                        "simulationRates[2].sectorId")));
    }

    @Test
    void aBrokenCatalogue_listsEveryProblem() {
        assertThatThrownBy(() -> SectorCatalogue.read(json("{'items': [{'id': 'a', 'nameVi': 'A', 'nameEn': 'A'},"
                + " {'id': 'a', 'nameVi': 'A', 'nameEn': 'A'}], 'sectors': [{'id': 's', 'group': 'CROPS',"
                + " 'nameVi': 'S', 'nameEn': 'S', 'products': [], 'allowedItems': ['nope']}]}"), "bad.json"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).hasSize(3);
                    assertThat(e.has(CoreErrorCode.VALUE_DUPLICATE)).isTrue();
                    assertThat(e.has(CoreErrorCode.VALUE_UNKNOWN)).isTrue();
                    assertThat(e.has(StartupErrorCode.STARTUP_CONFIG_INVALID)).isTrue();
                });
    }

    @Test
    void standardPolicy_hasTheNationalPracticeCeilings_andComputesTheMinimumCounterpart() {
        StartupPolicy policy = StartupPolicy.nationalPractice();

        assertThat(policy.ceilingPercent(ProjectKind.COMMUNITY, AreaDifficulty.ESPECIALLY_DIFFICULT)).isEqualTo(95);
        assertThat(policy.ceilingPercent(ProjectKind.VALUE_CHAIN, AreaDifficulty.OTHER)).isEqualTo(50);
        assertThat(policy.minimumCounterpart(Money.ofMillions(40), ProjectKind.VALUE_CHAIN, AreaDifficulty.OTHER))
                .isEqualTo(Money.ofMillions(40));
        assertThat(policy.minimumCounterpart(Money.ofMillions(40), ProjectKind.COMMUNITY, AreaDifficulty.OTHER))
                .isEqualTo(Money.ofDong(17_142_858));
        assertThat(policy.certificatesFor(SectorGroup.PROCESSING)).contains(Certificate.FOOD_SAFETY);
        assertThat(policy.minimumBeneficiaryPercent()).isEqualTo(50);
        assertThat(policy.priorityDisadvantagedPercent()).isEqualTo(70);
    }

    @Test
    void aPolicyWithAMissingCeilingOrABadPercentage_isRefusedWithEveryProblem() {
        assertThatThrownBy(() -> StartupPolicy.read(json("{'minimumBeneficiaryPercent': 150,"
                + " 'priorityDisadvantagedPercent': 70, 'stateShareCeilings': [], 'priorityPoints': {'ethnicMinority': 1,"
                + " 'unionMember': 1, 'studentInArea': 1, 'womanLed': 1, 'disadvantagedParticipants': 1}}"), "p.json"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.has(CoreErrorCode.VALUE_OUT_OF_RANGE)).isTrue();
                    assertThat(e.problems()).filteredOn(p -> p.code() == StartupErrorCode.STARTUP_CONFIG_INVALID)
                            .hasSize(ProjectKind.values().length * AreaDifficulty.values().length);
                });
    }

    @Test
    void localPlan_fitsAProductPlannedForTheCommunesDistrict_andForItsSuccessorCommunesAfterTheDistrictIsAbolished() {
        LocalDevelopmentPlan plan = LocalDevelopmentPlan.read(json("{'entries': [{'unitCode': 'QNA.TAY-GIANG',"
                + " 'productIds': ['banana']}]}"), "plan.json");

        assertThat(plan.planningUnit(Participants.A_XAN, "banana", LocalDate.of(2024, 4, 1), Participants.units()))
                .contains("QNA.TAY-GIANG");
        assertThat(plan.planningUnit(Participants.A_XAN, "durian", LocalDate.of(2024, 4, 1), Participants.units()))
                .isEmpty();
        assertThat(plan.planningUnit(Participants.HUNG_SON, "banana", LocalDate.of(2025, 8, 1), Participants.units()))
                .contains("QNA.TAY-GIANG");
        assertThat(plan.planningUnit(Participants.HUNG_SON, "banana", LocalDate.of(2025, 6, 30), Participants.units()))
                .as("Hùng Sơn does not exist yet").isEmpty();
        assertThat(plan.planningUnit("DNG.THANH-MY", "banana", LocalDate.of(2025, 8, 1), Participants.units()))
                .as("a commune carrying on Nam Giang").isEmpty();
    }

    @Test
    void aPlanNamingAProductOutsideTheCatalogue_isRefused() {
        LocalDevelopmentPlan plan = LocalDevelopmentPlan.read(json("{'entries': [{'unitCode': 'QNA.TAY-GIANG',"
                + " 'productIds': ['opium']}]}"), "plan.json");

        assertThatThrownBy(() -> new StartupConfiguration(SectorCatalogue.quangNam2021(), StartupPolicy.nationalPractice(), plan,
                SectorRates.quangNam2021()))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(StartupErrorCode.STARTUP_CONFIG_INVALID));
    }
}
