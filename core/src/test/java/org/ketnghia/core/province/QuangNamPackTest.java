package org.ketnghia.core.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyStandards;

class QuangNamPackTest {

    private final ProvincePack pack = ProvincePacks.quangNam();
    private final AdministrativeRegistry reference = AdministrativeRegistry.quangNamReference();

    @Test
    void pack_holdsExactlyTheReferenceData() {
        assertThat(pack.units().data()).isEqualTo(reference.data());
        assertThat(pack.units().units()).isEqualTo(reference.units());
        assertThat(pack.units().data().successions()).isEqualTo(reference.data().successions());
        assertThat(pack.units().levels()).isEqualTo(reference.levels());
    }

    @Test
    void pack_answersLikeTheReference() {
        LocalDate in2026 = LocalDate.of(2026, 1, 1);
        assertThat(pack.units().successorsAsOf("QNA.TAY-GIANG", in2026)).extracting(AdministrativeUnit::code)
                .isEqualTo(reference.successorsAsOf("QNA.TAY-GIANG", in2026).stream().map(AdministrativeUnit::code).toList())
                .isNotEmpty();
    }

    @Test
    void pack_isNamedAndUsesTheNationalStandards() {
        assertThat(pack.id()).isEqualTo("quang-nam");
        assertThat(pack.name().vi()).isEqualTo("Quảng Nam");
        assertThat(pack.povertyStandards()).isEqualTo(PovertyStandards.official());
    }

    @Test
    void pack_carriesThePlansPricesPerHead_asNorms() {
        assertThat(pack.norms().get("livestock.cattle.price-per-head").amount()).isEqualTo(Money.ofMillions(20));
        assertThat(pack.norms().get("livestock.goat.price-per-head").amount()).isEqualTo(Money.ofMillions(4));
        assertThat(pack.norms().get("livestock.goat.price-per-head").legalBasis()).contains("II.1.3");
    }

    @Test
    void pack_isLoadedOnce() {
        assertThat(ProvincePacks.quangNam()).isSameAs(pack);
    }

    @Test
    void sourceLocation_roundTripsThroughTheProblemField() {
        SourceLocation location = new SourceLocation("units/west.csv", 12, "parent code");
        assertThat(SourceLocation.parse(location.toField())).contains(location);
        assertThat(SourceLocation.parse("units[3].code")).isEmpty();
    }
}
