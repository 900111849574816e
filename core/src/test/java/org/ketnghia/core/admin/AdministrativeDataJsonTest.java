package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.admin.AdministrativeDataLoader;

class AdministrativeDataJsonTest {

    private final AdministrativeDataLoader loader = new AdministrativeDataLoader();

    @Test
    void referenceData_survivesAJsonRoundTrip() {
        AdministrativeData reference = AdministrativeRegistry.quangNamReference().data();

        AdministrativeData copy = roundTrip(loader, reference);

        assertThat(copy).isEqualTo(reference);
        assertThat(AdministrativeRegistry.of(copy).units()).hasSameSizeAs(reference.units());
    }

    @Test
    void unitWithEveryField_survivesAJsonRoundTrip() {
        AdministrativeUnit unit = AdministrativeUnit.builder()
                .code("QNA.NAM-GIANG.LA-EE")
                .name("La Êê")
                .kind(UnitKind.COMMUNE)
                .levelId(AdminLevel.COMMUNE)
                .gsoCode("00000")
                .validFrom(LocalDate.of(2000, 1, 1))
                .validTo(LocalDate.of(2025, 6, 30))
                .addParent(ParentLink.to("QNA.NAM-GIANG", Validity.startingOn(LocalDate.of(2000, 1, 1))))
                .addAlias("Laêê")
                .flags(UnitFlags.builder()
                        .ethnicMinorityZone(EthnicMinorityZone.ZONE_III)
                        .especiallyDifficult(true)
                        .borderCommune(true)
                        .modelVillageZone(1)
                        .source("test")
                        .build())
                .note("note")
                .source("source")
                .build();
        AdministrativeData data = AdministrativeData.builder().addUnits(unit).build();

        assertThat(roundTrip(loader, data)).isEqualTo(data);
    }

    @Test
    void jsonForm_usesIsoDatesLowerCaseKindsAndRomanZones() {
        AdministrativeData data = AdministrativeData.builder().addUnits(AdministrativeUnit.builder()
                        .code("X").name("X").kind(UnitKind.CENTRAL_CITY).levelId("province")
                        .validTo(LocalDate.of(2025, 6, 30))
                        .flags(UnitFlags.builder().ethnicMinorityZone(EthnicMinorityZone.ZONE_II).build())
                        .build())
                .build();

        String json = write(loader, data);

        assertThat(json).contains("\"validTo\" : \"2025-06-30\"", "\"kind\" : \"central-city\"", "\"ethnicMinorityZone\" : \"II\"")
                .doesNotContain("gsoCode");
    }

    @Test
    void hostMapper_isUsedWithoutBeingChanged() {
        ObjectMapper hostMapper = new ObjectMapper();
        AdministrativeDataLoader hostLoader = new AdministrativeDataLoader(hostMapper);
        AdministrativeData reference = AdministrativeRegistry.quangNamReference().data();

        assertThat(roundTrip(hostLoader, reference)).isEqualTo(reference);
        assertThat(hostMapper.getRegisteredModuleIds()).isEmpty();
    }

    private static AdministrativeData roundTrip(AdministrativeDataLoader loader, AdministrativeData data) {
        return loader.read(new ByteArrayInputStream(write(loader, data).getBytes(StandardCharsets.UTF_8)), "round-trip");
    }

    private static String write(AdministrativeDataLoader loader, AdministrativeData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        loader.write(data, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
