package org.ketnghia.village;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.value.BilingualText;
import org.ketnghia.village.criteria.CriteriaSet;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.criteria.Reading;

class CriteriaSetLoadingTest {

    static CriteriaSet resource(String name) {
        try (InputStream in = CriteriaSetLoadingTest.class.getResourceAsStream("/" + name)) {
            return CriteriaSets.load(in, name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sampleSet_isLabelledAsASample_andCoversTheNineCriteriaForThreeZones() {
        CriteriaSet sample = CriteriaSets.sample();

        assertThat(sample.sample()).isTrue();
        assertThat(sample.name().vi()).startsWith("MẪU").isEqualTo(sample.nameVi());
        assertThat(sample.name().en()).startsWith("SAMPLE").isEqualTo(sample.nameEn());
        assertThat(sample.criteria().get(0).name()).isEqualTo(BilingualText.of("Giao thông", "Transport"));
        assertThat(sample.zones()).containsExactly(1, 2, 3);
        assertThat(sample.criteria()).extracting(c -> c.id()).containsExactly("giao-thong", "dien", "nuoc-sach",
                "nha-o", "thu-nhap", "ho-ngheo", "van-hoa", "moi-truong", "an-ninh");
        assertThat(CriteriaSets.validate(sample)).isEmpty();
    }

    @Test
    void sampleTransportThresholds_areThoseOfTheProgrammeBrief() {
        CriteriaSet sample = CriteriaSets.sample();

        assertThat(threshold(sample, "giao-thong.duong-truc-thon", 1)).isEqualByComparingTo("70");
        assertThat(threshold(sample, "giao-thong.duong-truc-thon", 2)).isEqualByComparingTo("90");
        assertThat(threshold(sample, "giao-thong.duong-ngo-xom", 1)).isEqualByComparingTo("70");
        assertThat(threshold(sample, "giao-thong.duong-ngo-xom", 2)).isEqualByComparingTo("90");
        assertThat(threshold(sample, "giao-thong.duong-cay-xanh", 1)).isEqualByComparingTo("70");
        assertThat(threshold(sample, "giao-thong.duong-cay-xanh", 2)).isEqualByComparingTo("80");
    }

    @Test
    void secondDifferentSet_loadsWithoutCodeChanges() {
        CriteriaSet other = resource("other-criteria-set.json");

        assertThat(other.sample()).isFalse();
        assertThat(other.decision().number()).isEqualTo("99/QĐ-UBND");
        assertThat(other.zones()).containsExactly(1, 2);
        assertThat(other.measuredIndicators().keySet()).containsExactly("ha-tang.duong", "ha-tang.cau-treo",
                "sinh-ke.thu-nhap", "sinh-ke.to-hop-tac");
        assertThat(other.isInForce(java.time.LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(other.isInForce(java.time.LocalDate.of(2026, 1, 1))).isTrue();
    }

    @Test
    void fileWithAZoneMissingAThreshold_isRefusedListingEveryProblem() {
        assertThatThrownBy(() -> resource("broken-criteria-set.json"))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactlyInAnyOrder(
                            VillageErrorCode.VILLAGE_SET_ZONE_THRESHOLD_MISSING,
                            VillageErrorCode.VILLAGE_SET_THRESHOLD_OUT_OF_RANGE,
                            VillageErrorCode.VILLAGE_SET_DUPLICATE_ID,
                            VillageErrorCode.VILLAGE_SET_CRITERION_WITHOUT_INDICATORS);
                    assertThat(e.problems()).filteredOn(p -> p.code() == VillageErrorCode.VILLAGE_SET_ZONE_THRESHOLD_MISSING)
                            .singleElement().satisfies(p -> {
                                assertThat(p.field()).isEqualTo("criteria[0].indicators[0].thresholds.3");
                                assertThat(p.messageVi()).contains("giao-thong.duong", "vùng 3");
                                assertThat(p.messageEn()).contains("giao-thong.duong", "zone 3");
                            });
                });
    }

    @Test
    void unreadableFile_isRefusedWithTheJsonCode() {
        assertThatThrownBy(() -> CriteriaSets.load("{\"id\": \"x\", \"zonez\": []}", "bad.json"))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(CoreErrorCode.JSON_UNREADABLE));
    }

    @Test
    void setWrittenAsJson_readsBackEqual() {
        CriteriaSet sample = CriteriaSets.sample();
        CriteriaSet other = resource("other-criteria-set.json");

        assertThat(CriteriaSets.load(CriteriaSets.toJson(sample), "sample")).isEqualTo(sample);
        assertThat(CriteriaSets.load(CriteriaSets.toJson(other), "other")).isEqualTo(other);
    }

    @Test
    void eachThresholdKind_isJudgedAgainstTheZonesThreshold() {
        CriteriaSet other = resource("other-criteria-set.json");
        var infrastructure = other.criterion("ha-tang").orElseThrow();
        var livelihoods = other.criterion("sinh-ke").orElseThrow();

        Map<String, Reading> zone1Met = Map.of("ha-tang.duong", Reading.of(60), "ha-tang.cau-treo", Reading.of(true),
                "sinh-ke.thu-nhap", Reading.of(Money.ofMillions(40)), "sinh-ke.to-hop-tac", Reading.of(1));
        assertThat(other.isMet(infrastructure, 1, zone1Met)).isTrue();
        assertThat(other.isMet(livelihoods, 1, zone1Met)).isTrue();
        // zone 2: higher thresholds; the footbridge is not required there
        assertThat(other.unmetCriteria(2, zone1Met)).containsExactly("ha-tang", "sinh-ke");
        Map<String, Reading> noBridgeZone2 = Map.of("ha-tang.duong", Reading.of(new BigDecimal("85.0")),
                "ha-tang.cau-treo", Reading.of(false));
        assertThat(other.isMet(infrastructure, 2, noBridgeZone2)).isTrue();
        // a composite fails when one sub-indicator fails; a missing reading is not met
        assertThat(other.isMet(infrastructure, 1, Map.of("ha-tang.duong", Reading.of(99), "ha-tang.cau-treo",
                Reading.of(false)))).isFalse();
        assertThat(other.isMet(livelihoods, 1, Map.of("sinh-ke.thu-nhap", Reading.of(Money.ofDong(39_999_999)),
                "sinh-ke.to-hop-tac", Reading.of(3)))).isFalse();
        assertThat(other.isMet(livelihoods, 1, Map.of("sinh-ke.to-hop-tac", Reading.of(3)))).isFalse();
    }

    @Test
    void readingChecks_refuseUnknownIndicatorsWrongFormsAndPercentagesAbove100() {
        CriteriaSet sample = CriteriaSets.sample();

        assertThat(CriteriaSets.checkReading(sample, "khong-co", Reading.of(5), "r")).extracting(Problem::code)
                .containsExactly(VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR);
        assertThat(CriteriaSets.checkReading(sample, "nha-o.dat-chuan", Reading.of(true), "r")).extracting(Problem::code)
                .containsExactly(VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR);
        assertThat(CriteriaSets.checkReading(sample, "giao-thong.duong-truc-thon", Reading.of(new BigDecimal("100.5")),
                "r")).extracting(Problem::code).containsExactly(VillageErrorCode.VILLAGE_PERCENTAGE_OUT_OF_RANGE);
        assertThat(CriteriaSets.checkReading(sample, "thu-nhap.binh-quan-dau-nguoi", Reading.of(45), "r"))
                .extracting(Problem::code).containsExactly(VillageErrorCode.VILLAGE_READING_KIND_MISMATCH);
        assertThat(CriteriaSets.checkReading(sample, "van-hoa.so-hoat-dong", Reading.of(new BigDecimal("2.5")), "r"))
                .extracting(Problem::code).containsExactly(VillageErrorCode.VILLAGE_VALUE_INVALID);
        assertThat(CriteriaSets.checkReading(sample, "giao-thong.duong-truc-thon", Reading.of(100), "r")).isEmpty();
    }

    private static BigDecimal threshold(CriteriaSet set, String indicatorId, int zone) {
        return set.measuredIndicator(indicatorId).orElseThrow().thresholdFor(zone).orElseThrow();
    }
}
