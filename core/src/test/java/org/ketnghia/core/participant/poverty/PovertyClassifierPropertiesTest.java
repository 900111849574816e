package org.ketnghia.core.participant.poverty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.ketnghia.core.money.Money;

class PovertyClassifierPropertiesTest {

    private static final PovertyClassifier CLASSIFIER = PovertyClassifier.official();
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    @Property
    void listedExactlyWhenIncomeIsAtOrBelowTheLine_poorExactlyFromThreeDeprivations(
            @ForAll("assessments") PovertyAssessment assessment) {
        PovertyClassification result = CLASSIFIER.classify(assessment);

        boolean underLine = !assessment.monthlyIncomePerPerson().isGreaterThan(result.incomeLine());
        assertThat(result.category().isListed()).isEqualTo(underLine);
        if (underLine) {
            assertThat(result.category() == PovertyCategory.POOR)
                    .isEqualTo(assessment.deprivations().size() >= result.minimumDeprivationsForPoor());
        }
        assertThat(result.category()).isNotEqualTo(PovertyCategory.NEWLY_ESCAPED);
        assertThat(result.deprivationCount()).isEqualTo(assessment.deprivations().size());
    }

    @Property
    void moreIncome_neverPutsAHouseholdBackOnTheList(@ForAll("assessments") PovertyAssessment assessment,
            @ForAll @LongRange(min = 1, max = 2_000_000) long raise) {
        PovertyAssessment richer = PovertyAssessment.builder().from(assessment)
                .monthlyIncomePerPerson(assessment.monthlyIncomePerPerson().plus(Money.ofDong(raise)))
                .build();

        PovertyCategory before = CLASSIFIER.classify(assessment).category();
        PovertyCategory after = CLASSIFIER.classify(richer).category();

        assertThat(after.ordinal()).isGreaterThanOrEqualTo(before.ordinal());
    }

    @Property(tries = 200)
    void assessment_roundTripsThroughJson(@ForAll("assessments") PovertyAssessment assessment) throws Exception {
        PovertyAssessment withHistory = PovertyAssessment.builder().from(assessment)
                .previousStatus(PovertyCategory.NEAR_POOR)
                .listExitDate(assessment.assessmentDate().minusMonths(7))
                .build();

        String json = MAPPER.writeValueAsString(withHistory);

        assertThat(MAPPER.readValue(json, PovertyAssessment.class)).isEqualTo(withHistory);
    }

    @Property(tries = 200)
    void classification_roundTripsThroughJson(@ForAll("assessments") PovertyAssessment assessment) throws Exception {
        PovertyClassification classification = CLASSIFIER.classify(assessment);

        String json = MAPPER.writeValueAsString(classification);

        assertThat(MAPPER.readValue(json, PovertyClassification.class)).isEqualTo(classification);
    }

    @Provide
    Arbitrary<PovertyAssessment> assessments() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 9 * 366)
                .map(days -> LocalDate.of(2022, 1, 1).plusDays(days));
        Arbitrary<Area> areas = Arbitraries.of(Area.class);
        Arbitrary<Long> incomes = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 6_000_000),
                Arbitraries.of(1_500_000L, 1_500_001L, 2_000_000L, 2_000_001L, 2_200_000L, 2_200_001L, 2_800_000L, 2_800_001L));
        List<String> common = List.of("employment", "dependants", "nutrition", "health-insurance", "adult-education",
                "child-school-attendance", "housing-quality", "housing-area", "water-source", "hygienic-latrine", "telecom-use");
        Arbitrary<Set<String>> deprivations = Arbitraries.of(common).set().ofMaxSize(6);
        return Combinators.combine(dates, areas, incomes, deprivations).as((date, area, income, deprived) -> {
            PovertyAssessment.Builder builder = PovertyAssessment.builder();
            return builder.assessmentDate(date).area(area).monthlyIncomePerPerson(Money.ofDong(income))
                    .deprivations(deprived).build();
        });
    }
}
