package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ketnghia.core.error.KetnghiaException;
import org.junit.jupiter.api.Test;

/** Behaviour of the registry on small hand-made data, independent of the shipped reference. */
class AdministrativeRegistryTest {

    private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);
    private static final LocalDate START_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
    private static final LocalDate START_2021 = LocalDate.of(2021, 1, 1);
    private static final LocalDate MID_2019 = LocalDate.of(2019, 6, 1);
    private static final LocalDate MID_2021 = LocalDate.of(2021, 6, 1);

    private final AdministrativeRegistry registry = AdministrativeRegistry.of(AdministrativeData.builder()
            .addLevels(level("province", 1), level("district", 2), level("commune", 3), level("village", 4))
            .addUnits(
                    unit("P", "Tỉnh Một", UnitKind.PROVINCE, "province", Validity.always()),
                    unit("P.EAST", "Huyện Đông", UnitKind.DISTRICT, "district", Validity.always(), ParentLink.to("P")),
                    unit("P.WEST", "Huyện Tây", UnitKind.DISTRICT, "district", Validity.always(), ParentLink.to("P")),
                    // moved from the east district to the west one on 1 January 2020
                    unit("P.MOVED", "Xã Chuyển", UnitKind.COMMUNE, "commune", Validity.always(),
                            ParentLink.to("P.EAST", Validity.endingOn(END_2019)),
                            ParentLink.to("P.WEST", Validity.startingOn(START_2020))),
                    unit("P.MOVED.V1", "Thôn Một", UnitKind.VILLAGE, "village", Validity.always(), ParentLink.to("P.MOVED")),
                    // A merged into B in 2020, B merged into C in 2021
                    unit("P.EAST.A", "A", UnitKind.COMMUNE, "commune", Validity.endingOn(END_2019), ParentLink.to("P.EAST")),
                    unit("P.EAST.B", "B", UnitKind.COMMUNE, "commune", Validity.between(START_2020, END_2020), ParentLink.to("P.EAST")),
                    unit("P.EAST.C", "C", UnitKind.COMMUNE, "commune", Validity.startingOn(START_2021), ParentLink.to("P.EAST")),
                    // D split into E and F in 2021
                    unit("P.WEST.D", "D", UnitKind.COMMUNE, "commune", Validity.endingOn(END_2020), ParentLink.to("P.WEST")),
                    unit("P.WEST.E", "E", UnitKind.COMMUNE, "commune", Validity.startingOn(START_2021), ParentLink.to("P.WEST")),
                    unit("P.WEST.F", "F", UnitKind.COMMUNE, "commune", Validity.startingOn(START_2021), ParentLink.to("P.WEST")))
            .addSuccessions(
                    succession("P.EAST.A", "P.EAST.B", START_2020, SuccessionKind.MERGER),
                    succession("P.EAST.B", "P.EAST.C", START_2021, SuccessionKind.MERGER),
                    succession("P.WEST.D", "P.WEST.E", START_2021, SuccessionKind.SPLIT),
                    succession("P.WEST.D", "P.WEST.F", START_2021, SuccessionKind.SPLIT))
            .build());

    @Test
    void successors_followAChainOfMergers() {
        assertThat(codes(registry.successorsAsOf("P.EAST.A", MID_2019))).containsExactly("P.EAST.A");
        assertThat(codes(registry.successorsAsOf("P.EAST.A", LocalDate.of(2020, 6, 1)))).containsExactly("P.EAST.B");
        assertThat(codes(registry.successorsAsOf("P.EAST.A", MID_2021))).containsExactly("P.EAST.C");
    }

    @Test
    void successors_ofASplitUnit_areAllItsParts() {
        assertThat(codes(registry.successorsAsOf("P.WEST.D", MID_2021))).containsExactly("P.WEST.E", "P.WEST.F");
    }

    @Test
    void successors_ofAnUnknownUnit_areNone() {
        assertThat(registry.successorsAsOf("NOPE", MID_2021)).isEmpty();
    }

    @Test
    void successionLinks_canBeListedBothWays() {
        assertThat(registry.successionsFrom("P.WEST.D")).extracting(Succession::successorCode).containsExactly("P.WEST.E", "P.WEST.F");
        assertThat(registry.successionsTo("P.EAST.C")).extracting(Succession::predecessorCode).containsExactly("P.EAST.B");
    }

    @Test
    void parent_changesWithTheDate() {
        assertThat(registry.parentAsOf("P.MOVED", MID_2019)).map(AdministrativeUnit::code).hasValue("P.EAST");
        assertThat(registry.parentAsOf("P.MOVED", MID_2021)).map(AdministrativeUnit::code).hasValue("P.WEST");
        assertThat(codes(registry.childrenAsOf("P.EAST", MID_2019))).containsExactly("P.EAST.A", "P.MOVED");
        assertThat(codes(registry.childrenAsOf("P.EAST", MID_2021))).containsExactly("P.EAST.C");
        assertThat(registry.isWithin("P.MOVED.V1", "P.EAST", MID_2019)).isTrue();
        assertThat(registry.isWithin("P.MOVED.V1", "P.EAST", MID_2021)).isFalse();
        assertThat(registry.isWithin("P.MOVED.V1", "P.WEST", MID_2021)).isTrue();
    }

    @Test
    void isWithin_includesTheUnitItself_butNotUnknownCodes() {
        assertThat(registry.isWithin("P.MOVED", "P.MOVED", MID_2021)).isTrue();
        assertThat(registry.isWithin("NOPE", "P", MID_2021)).isFalse();
        assertThat(registry.isWithin("P.MOVED", "NOPE", MID_2021)).isFalse();
    }

    @Test
    void descendants_listEachParentBeforeItsChildren() {
        assertThat(codes(registry.descendantsAsOf("P", MID_2021)))
                .containsExactly("P.EAST", "P.EAST.C", "P.WEST", "P.WEST.E", "P.WEST.F", "P.MOVED", "P.MOVED.V1");
    }

    @Test
    void ancestorAtLevel_isTheUnitItselfWhenAtThatLevel() {
        assertThat(registry.ancestorAtLevel("P.MOVED.V1", "district", MID_2019)).map(AdministrativeUnit::code).hasValue("P.EAST");
        assertThat(registry.ancestorAtLevel("P.MOVED", "commune", MID_2019)).map(AdministrativeUnit::code).hasValue("P.MOVED");
        assertThat(registry.ancestorAtLevel("P.MOVED", "village", MID_2019)).isEmpty();
    }

    @Test
    void requireUnitAsOf_explainsWhyThereIsNone() {
        KetnghiaException unknown = catchThrowableOfType(KetnghiaException.class, () -> registry.requireUnitAsOf("NOPE", MID_2021));
        KetnghiaException expired = catchThrowableOfType(KetnghiaException.class, () -> registry.requireUnitAsOf("P.EAST.A", MID_2021));

        assertThat(unknown.code()).isEqualTo(AdminErrorCode.ADMIN_UNKNOWN_UNIT);
        assertThat(expired.code()).isEqualTo(AdminErrorCode.ADMIN_UNIT_NOT_VALID);
        assertThat(expired.messageVi()).contains("P.EAST.A", "2021-06-01");
        assertThat(registry.requireUnitAsOf("P.EAST.A", MID_2019).name()).isEqualTo("A");
    }

    @Test
    void unknownCodes_giveEmptyAnswers() {
        assertThat(registry.unit("NOPE")).isEmpty();
        assertThat(registry.versions("NOPE")).isEmpty();
        assertThat(registry.parentAsOf("NOPE", MID_2021)).isEmpty();
        assertThat(registry.childrenAsOf("NOPE", MID_2021)).isEmpty();
        assertThat(registry.modelVillageZoneAsOf("NOPE", MID_2021)).isEmpty();
    }

    @Test
    void modelVillageZone_setOnAUnit_winsOverItsAncestors() {
        AdministrativeUnit zoned = AdministrativeUnit.builder()
                .from(unit("P.MOVED.V2", "Thôn Hai", UnitKind.VILLAGE, "village", Validity.always(), ParentLink.to("P.MOVED")))
                .flags(UnitFlags.builder().modelVillageZone(2).build())
                .build();
        AdministrativeRegistry withZones = registry.with(AdministrativeData.builder()
                .addUnits(zoned)
                .build());

        assertThat(withZones.modelVillageZoneAsOf("P.MOVED.V2", MID_2021)).hasValue(2);
        assertThat(withZones.modelVillageZoneAsOf("P.MOVED.V1", MID_2021)).isEmpty();
    }

    @Test
    void lists_returnedByTheRegistry_areImmutable() {
        List<AdministrativeUnit> children = registry.childrenAsOf("P", MID_2021);

        assertThat(children).isUnmodifiable();
        assertThat(registry.units()).isUnmodifiable();
        assertThat(registry.findByName("a")).isUnmodifiable();
    }

    @Test
    void unitsAsOf_areTheUnitsOfThatDay() {
        assertThat(codes(registry.unitsAsOf(MID_2019))).contains("P.EAST.A", "P.WEST.D").doesNotContain("P.EAST.B", "P.EAST.C");
    }

    @Test
    void displayName_putsTheKindLabelWhereEachLanguageDoes() {
        AdministrativeUnit commune = registry.unit("P.MOVED").orElseThrow();

        assertThat(commune.displayName(Locale.forLanguageTag("vi"))).isEqualTo("xã Xã Chuyển");
        assertThat(commune.displayName(Locale.ENGLISH)).isEqualTo("Xã Chuyển commune");
    }

    @Test
    void unitCodes_followTheDocumentedScheme() {
        assertThat(UnitCodes.segment("Ch'ơm")).isEqualTo("CHOM");
        assertThat(UnitCodes.segment("Tây Giang")).isEqualTo("TAY-GIANG");
        assertThat(UnitCodes.child("QNA.TAY-GIANG", "A Xan")).isEqualTo("QNA.TAY-GIANG.A-XAN");
    }

    private static List<String> codes(List<AdministrativeUnit> units) {
        return units.stream().map(AdministrativeUnit::code).toList();
    }

    private static AdminLevel level(String id, int rank) {
        return AdminLevel.builder().id(id).nameVi("Cấp " + id).nameEn(id).rank(rank).build();
    }

    private static AdministrativeUnit unit(String code, String name, UnitKind kind, String levelId, Validity validity,
            ParentLink... parents) {
        return AdministrativeUnit.builder()
                .code(code).name(name).kind(kind).levelId(levelId)
                .validFrom(validity.from()).validTo(validity.to())
                .addParents(parents)
                .build();
    }

    private static Succession succession(String from, String to, LocalDate effective, SuccessionKind kind) {
        return Succession.builder().predecessorCode(from).successorCode(to).effectiveDate(effective).kind(kind).build();
    }
}
