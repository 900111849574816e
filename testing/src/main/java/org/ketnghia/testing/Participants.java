package org.ketnghia.testing;

import java.time.LocalDate;
import java.util.List;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.LedgerFeature;

/**
 * Test data about people and places (<i>hộ gia đình, thôn</i>): the Quảng Nam reference units plus three villages of Tây
 * Giang that moved to the new communes on 1 July 2025, a runtime, and command builders.
 */
public final class Participants {

    /** A Xan commune of Tây Giang (until 30 June 2025). */
    public static final String A_XAN = "QNA.TAY-GIANG.A-XAN";
    public static final String A_NONG = "QNA.TAY-GIANG.A-NONG";
    public static final String TAY_GIANG_DISTRICT = "QNA.TAY-GIANG";
    public static final String HUNG_SON = "DNG.HUNG-SON";
    public static final String TAY_GIANG_COMMUNE = "DNG.TAY-GIANG";
    /** Village A Ur: in A Xan (especially difficult) until 30 June 2025, in Hùng Sơn after. */
    public static final String A_UR = "QNA.TAY-GIANG.A-XAN.A-UR";
    /** Village Pà Rồng: in A Nông (no difficulty flag) until 30 June 2025, in Tây Giang commune after. */
    public static final String PA_RONG = "QNA.TAY-GIANG.A-NONG.PA-RONG";
    public static final LocalDate IN_2024 = LocalDate.of(2024, 3, 1);
    public static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    public static final LocalDate FIRST_DAY_OF_MERGERS = LocalDate.of(2025, 7, 1);

    private Participants() {
    }

    public static AdministrativeRegistry units() {
        return Holder.UNITS;
    }

    public static KetnghiaRuntime runtime(LedgerFeature... extraFeatures) {
        KetnghiaRuntime.Builder builder = KetnghiaRuntime.builder()
                .administrativeUnits(units()).clock(Fixtures.CLOCK);
        for (LedgerFeature feature : extraFeatures) {
            builder.addFeature(feature);
        }
        return builder.build();
    }

    private static AdministrativeUnit village(String code, String name, String oldCommune, String newCommune) {
        return AdministrativeUnit.builder().code(code).name(name).kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE)
                .addParents(ParentLink.to(oldCommune, Validity.endingOn(LAST_DAY_OF_DISTRICTS)),
                        ParentLink.to(newCommune, Validity.startingOn(FIRST_DAY_OF_MERGERS)))
                .build();
    }

    public static RegisterHousehold.Builder household(String id, String village, String commune, HouseholdMember... members) {
        RegisterHousehold.Builder builder = RegisterHousehold.builder();
        builder.actor(Fixtures.PROVINCE).unitCode(commune).occurredOn(IN_2024).householdId(id).villageCode(village)
                .ethnicity("Cơ Tu").addMembers(members);
        return builder;
    }

    public static HouseholdMember head(String name, Sex sex, int birthYear) {
        return HouseholdMember.of(name, sex, birthYear, HouseholdRelation.HEAD);
    }

    public static RecordPovertyStatus status(String householdId, String commune, int year, PovertyCategory category) {
        return RecordPovertyStatus.builder().actor(Fixtures.PROVINCE).unitCode(commune)
                .occurredOn(LocalDate.of(year - 1, 12, 10)).householdId(householdId).year(year).category(category)
                .basis("Quyết định 123/QĐ-UBND ngày 10/12/" + (year - 1) + " của UBND xã").build();
    }

    private static final class Holder {
        static final AdministrativeRegistry UNITS = AdministrativeRegistry.quangNamReference().withUnits(List.of(
                village(A_UR, "A Ur", A_XAN, HUNG_SON),
                village(PA_RONG, "Pà Rồng", A_NONG, TAY_GIANG_COMMUNE)));
    }
}
