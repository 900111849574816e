package org.ketnghia.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;

/** Report totals equal the sum of their parts, for random unit trees and values, for every aggregation. */
class RollUpPropertiesTest {

    private static final ReportingPeriod PERIOD = ReportingPeriod.calendarYear(2024);

    @Property(tries = 300)
    void everyRowIsItsOwnValueCombinedWithItsChildren_andTheTotalCombinesEveryInput(
            @ForAll Aggregation aggregation,
            @ForAll @IntRange(min = 1, max = 3) int districts,
            @ForAll @IntRange(min = 1, max = 3) int communesPerDistrict,
            @ForAll @IntRange(min = 0, max = 3) int villagesPerCommune,
            @ForAll @Size(max = 40) List<@IntRange(min = -1_000_000, max = 1_000_000) Integer> numerators,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50) Integer> denominators,
            @ForAll @Size(max = 40) List<Boolean> skips) {
        List<AdministrativeUnit> units = tree(districts, communesPerDistrict, villagesPerCommune);
        AdministrativeRegistry registry = AdministrativeRegistry.of(AdministrativeData.builder()
                .addLevels(level(AdminLevel.PROVINCE, 1), level(AdminLevel.DISTRICT, 2), level(AdminLevel.COMMUNE, 3),
                        level(AdminLevel.VILLAGE, 4))
                .addAllUnits(units).build());
        Map<String, IndicatorValue> inputs = new HashMap<>();
        for (int i = 0; i < units.size() && i < numerators.size(); i++) {
            if (i < skips.size() && skips.get(i)) {
                continue;
            }
            long denominator = aggregation.requiresWholeValues() ? 1 : i < denominators.size() ? denominators.get(i) : 1;
            inputs.put(units.get(i).code(), new IndicatorValue(numerators.get(i), denominator));
        }
        IndicatorDefinition definition = new IndicatorDefinition("test.value", "Giá trị", "Value", "đơn vị", aggregation);

        Report report = new ReportBuilder(registry).add(new FixedSource(definition, inputs)).build(PERIOD, List.of());

        for (ReportRow row : report.rows()) {
            IndicatorValue expected = inputs.get(row.unitCode());
            for (ReportRow child : report.childrenOf(row.unitCode())) {
                IndicatorValue childValue = child.actual("test.value").orElseThrow();
                expected = expected == null ? childValue : aggregation.combine(expected, childValue);
            }
            assertSameValue(aggregation, row.actual("test.value").orElseThrow(), expected);
        }
        assertThat(report.rows()).extracting(ReportRow::unitCode).containsAll(inputs.keySet());
        if (inputs.isEmpty()) {
            assertThat(report.total("test.value")).isEmpty();
        } else {
            IndicatorValue everything = inputs.values().stream().reduce(aggregation::combine).orElseThrow();
            assertSameValue(aggregation, report.total("test.value").orElseThrow(), everything);
            if (aggregation == Aggregation.SUM || aggregation == Aggregation.RATIO_OF_SUMS) {
                long sum = inputs.values().stream().mapToLong(IndicatorValue::numerator).sum();
                assertThat(report.total("test.value").orElseThrow().numerator()).isEqualTo(sum);
            }
        }
    }

    private static void assertSameValue(Aggregation aggregation, IndicatorValue actual, IndicatorValue expected) {
        if (aggregation == Aggregation.MIN || aggregation == Aggregation.MAX) {
            assertThat(IndicatorValue.compare(actual, expected)).as("%s vs %s", actual, expected).isZero();
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** Units in an order that mixes levels, so that inputs land on villages, communes and districts alike. */
    private static List<AdministrativeUnit> tree(int districts, int communesPerDistrict, int villagesPerCommune) {
        List<AdministrativeUnit> units = new ArrayList<>();
        units.add(unit("P", "Tỉnh Thử", UnitKind.PROVINCE, AdminLevel.PROVINCE, null));
        for (int d = 0; d < districts; d++) {
            String district = "P.D" + d;
            units.add(unit(district, "Huyện " + d, UnitKind.DISTRICT, AdminLevel.DISTRICT, "P"));
            for (int c = 0; c < communesPerDistrict; c++) {
                String commune = district + ".C" + c;
                units.add(unit(commune, "Xã " + d + "-" + c, UnitKind.COMMUNE, AdminLevel.COMMUNE, district));
                for (int v = 0; v < villagesPerCommune; v++) {
                    units.add(unit(commune + ".V" + v, "Thôn " + d + "-" + c + "-" + v, UnitKind.VILLAGE,
                            AdminLevel.VILLAGE, commune));
                }
            }
        }
        // villages first, then communes, districts and the province
        List<AdministrativeUnit> reordered = new ArrayList<>(units);
        reordered.sort(java.util.Comparator.comparingInt(unit -> -unit.code().length()));
        return reordered;
    }

    private static AdministrativeUnit unit(String code, String name, UnitKind kind, String levelId, String parent) {
        AdministrativeUnit.Builder builder = AdministrativeUnit.builder().code(code).name(name).kind(kind).levelId(levelId);
        if (parent != null) {
            builder.addParents(ParentLink.to(parent));
        }
        return builder.build();
    }

    private static AdminLevel level(String id, int rank) {
        return AdminLevel.builder().id(id).nameVi("Cấp " + id).nameEn(id).rank(rank).build();
    }

}
