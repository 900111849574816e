package org.ketnghia.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * A deterministic stream of valid, mixed commands of the core participants and funding features:
 * a funding source, one unpledged receipt per commune, then per household its registration, its
 * poverty status for 2021–2025 and, for one household in ten, an expenditure of the commune's fund
 * (about 6.1 events per household, one event per command).
 */
final class MixedCommands {

    static final String SOURCE_ID = "ngan-sach-tinh";
    static final String MODEL_ID = "livestock";
    static final LocalDate REGISTERED_ON = LocalDate.of(2020, 11, 2);
    static final LocalDate RECEIVED_ON = LocalDate.of(2021, 8, 2);
    static final LocalDate SPENT_ON = LocalDate.of(2021, 9, 15);
    static final int FIRST_STATUS_YEAR = 2021;
    static final int STATUS_YEARS = 5;
    private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();
    private static final String[] ETHNICITIES = {"Cơ Tu", "Cơ Tu", "Xơ Đăng", "Giẻ Triêng", "Kinh"};

    private MixedCommands() {
    }

    /** Commands that produce exactly {@code events} events. */
    static List<Command> generate(Province province, int events) {
        List<Command> commands = new ArrayList<>(events);
        commands.add(RegisterFundingSource.builder().actor(Province.PROVINCE).unitCode("QNA")
                .occurredOn(Province.PROGRAMME_START).sourceId(SOURCE_ID).name("Ngân sách tỉnh")
                .kind(FundingSourceKind.STATE_BUDGET).build());
        for (String commune : province.communes) {
            if (commands.size() >= events) {
                return commands;
            }
            commands.add(RecordReceipt.builder().actor(Province.PROVINCE).unitCode(commune).occurredOn(RECEIVED_ON)
                    .receiptId("thu-" + commune).unpledged(true).sourceId(SOURCE_ID).modelId(MODEL_ID)
                    .amount(Money.ofDong(1_000_000_000_000L)).build());
        }
        int villageCount = province.villages.size();
        for (int h = 0; commands.size() < events; h++) {
            int v = h % villageCount;
            String village = province.villages.get(v);
            String commune = province.villageCommunes.get(v);
            String id = "HH-" + h;
            commands.add(RegisterHousehold.builder().actor(Province.PROVINCE).unitCode(commune)
                    .occurredOn(REGISTERED_ON).householdId(id).villageCode(village)
                    .ethnicity(ETHNICITIES[h % ETHNICITIES.length])
                    .addMembers(HouseholdMember.of("Chủ hộ " + h, h % 3 == 0 ? Sex.FEMALE : Sex.MALE,
                            1950 + h % 50, HouseholdRelation.HEAD))
                    .build());
            for (int y = 0; y < STATUS_YEARS && commands.size() < events; y++) {
                int year = FIRST_STATUS_YEAR + y;
                commands.add(status(id, commune, year, CATEGORIES[(h + y) % CATEGORIES.length]));
            }
            if (h % 10 == 0 && commands.size() < events) {
                commands.add(RecordExpenditure.builder().actor(Province.PROVINCE).unitCode(commune)
                        .occurredOn(SPENT_ON).expenditureId("chi-" + h).modelId(MODEL_ID)
                        .description("Hỗ trợ giống cho hộ " + id).amount(Money.ofDong(18_500_000))
                        .documentReference("PC-" + h).build());
            }
        }
        return commands;
    }

    static RecordPovertyStatus status(String householdId, String commune, int year, PovertyCategory category) {
        return RecordPovertyStatus.builder().actor(Province.PROVINCE).unitCode(commune)
                .occurredOn(LocalDate.of(year - 1, 12, 10)).householdId(householdId).year(year).category(category)
                .basis("Quyết định 123/QĐ-UBND ngày 10/12/" + (year - 1) + " của UBND xã").build();
    }
}
