package org.ketnghia.livestock.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.livestock.Species;
import org.junit.jupiter.api.Test;

class DemographyTest {

    @Test
    void defaultsAreTheTableOfDomainMd() {
        DemographyParameters cattle = Demography.standard().defaultFor(Species.CATTLE);
        assertThat(cattle.ageAtFirstParturitionMonths()).isEqualTo(36);
        assertThat(cattle.parturitionIntervalMonths()).isEqualTo(15);
        assertThat(cattle.meanLitterSize()).isEqualTo(1.0);
        assertThat(cattle.femaleFractionAtBirth()).isEqualTo(0.5);
        assertThat(cattle.annualMortality(0)).isEqualTo(0.10);
        assertThat(cattle.annualMortality(12)).isEqualTo(0.05);
        assertThat(cattle.annualMortality(36)).isEqualTo(0.04);
        assertThat(cattle.cullAgeMonths()).isEqualTo(144);
        DemographyParameters goat = Demography.standard().defaultFor(Species.GOAT);
        assertThat(goat.ageAtFirstParturitionMonths()).isEqualTo(12);
        assertThat(goat.parturitionIntervalMonths()).isEqualTo(8.5);
        assertThat(goat.litterSize()).containsExactly(0.75, 0.20, 0.05);
        assertThat(goat.meanLitterSize()).isCloseTo(1.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(goat.annualMortality(5)).isEqualTo(0.20);
        assertThat(goat.annualMortality(20)).isEqualTo(0.10);
        assertThat(goat.annualMortality(50)).isEqualTo(0.10);
        assertThat(goat.cullAgeMonths()).isEqualTo(84);
    }

    @Test
    void aDistrictOverridesItsSpeciesOnly() {
        DemographyParameters goat = Demography.standard().defaultFor(Species.GOAT);
        DemographyParameters slower = new DemographyParameters(Species.GOAT, 14, 10, goat.litterSize(), 0.5, 0.25,
                0.1, 0.1, 84, 8, 0.5, 20, goat.priceYoungFemale(), goat.priceYoungMale(), goat.priceAdultFemale(),
                goat.priceAdultMale());
        Demography demography = Demography.standard().withDistrict("QNA.PHUOC-SON", slower);
        assertThat(demography.parameters("QNA.PHUOC-SON", Species.GOAT)).isEqualTo(slower);
        assertThat(demography.parameters("QNA.TAY-GIANG", Species.GOAT)).isEqualTo(goat);
        assertThat(demography.parameters("QNA.PHUOC-SON", Species.CATTLE))
                .isEqualTo(Demography.standard().defaultFor(Species.CATTLE));
    }

    @Test
    void invalidJsonListsEveryProblem() {
        String json = """
                {"defaults": [{"species": "GOAT", "ageAtFirstParturitionMonths": 0, "parturitionIntervalMonths": 0.5,
                  "litterSize": [0.7, 0.2], "femaleFractionAtBirth": 1.5, "mortalityYoung": -0.1,
                  "mortalityYearling": 1.0, "mortalityAdult": 0.1, "cullAgeMonths": 84, "founderAgeMonths": 8,
                  "maleOfftakeRate": 0.5, "herdCap": -1, "priceYoungFemale": 1, "priceYoungMale": 1,
                  "priceAdultFemale": 1, "priceAdultMale": -5}],
                 "districts": {"QNA.X": [{"species": "CATTLE", "ageAtFirstParturitionMonths": 36,
                  "parturitionIntervalMonths": 15, "litterSize": [1.0], "femaleFractionAtBirth": 0.5,
                  "mortalityYoung": 0.1, "mortalityYearling": 0.05, "mortalityAdult": 0.04, "cullAgeMonths": 30,
                  "founderAgeMonths": 24, "maleOfftakeRate": 0.3, "herdCap": 8, "priceYoungFemale": 1,
                  "priceYoungMale": 1, "priceAdultFemale": 1, "priceAdultMale": 1}]}}
                """;
        assertThatThrownBy(() -> Demography.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Scenarios.MAPPER))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .contains("defaults[0].ageAtFirstParturitionMonths", "defaults[0].parturitionIntervalMonths",
                                "defaults[0].litterSize", "defaults[0].femaleFractionAtBirth",
                                "defaults[0].mortalityYoung", "defaults[0].mortalityYearling", "defaults[0].herdCap",
                                "defaults[0].priceAdultMale", "districts.QNA.X[0].cullAgeMonths"));
    }

    @Test
    void theShippedJsonRoundTrips() throws Exception {
        String json = Scenarios.MAPPER.writeValueAsString(Demography.standard());
        Demography back = Demography.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Scenarios.MAPPER);
        assertThat(back).isEqualTo(Demography.standard());
    }
}
