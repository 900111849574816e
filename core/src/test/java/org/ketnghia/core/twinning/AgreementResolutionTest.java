package org.ketnghia.core.twinning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.core.twinning.TwinningFixtures.AVUONG;
import static org.ketnghia.core.twinning.TwinningFixtures.A_XAN;
import static org.ketnghia.core.twinning.TwinningFixtures.HUNG_SON;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2021;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2022;
import static org.ketnghia.core.twinning.TwinningFixtures.IN_2026;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_COMMUNE;
import static org.ketnghia.core.twinning.TwinningFixtures.TAY_GIANG_DISTRICT;
import static org.ketnghia.core.twinning.TwinningFixtures.agreement;
import static org.ketnghia.core.twinning.TwinningFixtures.department;
import static org.ketnghia.core.twinning.TwinningFixtures.register;
import static org.ketnghia.core.twinning.TwinningFixtures.runtime;
import static org.ketnghia.core.twinning.TwinningFixtures.sign;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.Ledger;

class AgreementResolutionTest {

    private final Ledger ledger = runtime(new InMemoryEventStore()).ledger();
    private final AdministrativeRegistry units = ledger.administrativeUnits();

    @BeforeEach
    void twinTheFinanceDepartmentWithTayGiangDistrict() {
        ledger.submit(register(department("so-tai-chinh", "Sở Tài chính")));
        ledger.submit(register(department("so-y-te", "Sở Y tế")));
        ledger.submit(sign(agreement("kn-tay-giang", TAY_GIANG_DISTRICT, IN_2021, List.of("so-tai-chinh"),
                StandardModels.LIVESTOCK, StandardModels.TRAINING)));
    }

    @Test
    void districtAgreementOf2021_resolvesToTheThreeNewCommunesIn2026() {
        TwinningAgreement agreement = ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreement("kn-tay-giang")).orElseThrow();

        assertThat(TwinningCoverage.communesCoveredBy(agreement, IN_2026, units))
                .extracting(AdministrativeUnit::code)
                .containsExactly(AVUONG, HUNG_SON, TAY_GIANG_COMMUNE);
    }

    @Test
    void districtAgreementOf2021_coversTheDistrictsTenCommunesIn2022() {
        TwinningAgreement agreement = ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreement("kn-tay-giang")).orElseThrow();

        List<AdministrativeUnit> communes = TwinningCoverage.communesCoveredBy(agreement, IN_2022, units);
        assertThat(communes).hasSize(10).allSatisfy(commune -> {
            assertThat(commune.levelId()).isEqualTo("commune");
            assertThat(units.isWithin(commune.code(), TAY_GIANG_DISTRICT, IN_2022)).isTrue();
        });
        assertThat(communes).extracting(AdministrativeUnit::code).contains(A_XAN, "QNA.TAY-GIANG.A-VUONG");
    }

    @Test
    void agreementsCoveringACommune_followTheReorganisation() {
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering(HUNG_SON, IN_2026, units)))
                .extracting(TwinningAgreement::id).containsExactly("kn-tay-giang");
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering(A_XAN, IN_2022, units)))
                .extracting(TwinningAgreement::id).containsExactly("kn-tay-giang");
        // a commune of another district is not covered
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering("DNG.KHAM-DUC", IN_2026, units))).isEmpty();
        // before the agreement starts nothing is covered
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsCovering(A_XAN, LocalDate.of(2021, 6, 30), units)))
                .isEmpty();
    }

    @Test
    void formerCommuneAgreement_resolvesToItsSuccessor() {
        ledger.submit(sign(agreement("kn-a-xan", A_XAN, IN_2022, List.of("so-y-te"), StandardModels.VILLAGE)));

        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.sponsorsOf(HUNG_SON, IN_2026, units)))
                .extracting(Sponsor::id).containsExactly("so-tai-chinh", "so-y-te");
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.sponsorsOf(AVUONG, IN_2026, units)))
                .extracting(Sponsor::id).containsExactly("so-tai-chinh");
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.coverageOn(IN_2026, units)))
                .containsOnlyKeys(AVUONG, HUNG_SON, TAY_GIANG_COMMUNE);
    }

    @Test
    void agreementsActiveOnADate_respectTheirPeriod() {
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsActiveOn(IN_2021))).hasSize(1);
        assertThat(ledger.read(TwinningRegistry.class, (TwinningRegistry r) -> r.agreementsActiveOn(IN_2021.minusDays(1)))).isEmpty();
    }
}
