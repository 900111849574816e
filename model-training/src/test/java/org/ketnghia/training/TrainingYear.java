package org.ketnghia.training;

import static org.ketnghia.training.TrainingFixtures.A_UR;
import static org.ketnghia.training.TrainingFixtures.A_XAN;
import static org.ketnghia.training.TrainingFixtures.CA_DY;
import static org.ketnghia.training.TrainingFixtures.CHOM;
import static org.ketnghia.training.TrainingFixtures.NAM_GIANG;
import static org.ketnghia.training.TrainingFixtures.SPONSOR;
import static org.ketnghia.training.TrainingFixtures.TAY_GIANG;
import static org.ketnghia.training.TrainingFixtures.attendance;
import static org.ketnghia.training.TrainingFixtures.certificates;
import static org.ketnghia.training.TrainingFixtures.cost;
import static org.ketnghia.training.TrainingFixtures.days;
import static org.ketnghia.training.TrainingFixtures.enrol;
import static org.ketnghia.training.TrainingFixtures.official;
import static org.ketnghia.training.TrainingFixtures.openClass;
import static org.ketnghia.training.TrainingFixtures.scores;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.training.catalogue.OfficialLevel;
import org.ketnghia.training.course.ScoreScale;
import org.ketnghia.training.course.ScoreTest;

/**
 * A year of classes (2022) in two districts, Tây Giang and Nam Giang, played through the ledger.
 * The expected indicator values in the tests are computed by hand from this script:
 *
 * <pre>
 * class  unit             level     days enrolled (attended)                 certified  cost
 * C1     Tây Giang dist.  district  3    TG-D1 (3), TG-D2 (2)                 TG-D1      20 M (district)
 * C2     A Xan            commune   2    AX-1 (2), AX-2 (2), AX-3 (1)         AX-1, AX-2 12 M (A Xan fund)
 * C3     A Xan            village   1    AU-1 (1)                             AU-1       –
 * C4     Cà Dy            commune   4    CD-1 (4), CD-2 (3)                   CD-1       –
 * C5     Nam Giang dist.  commune*  2    NG-D1 (2), CD-2 (2)                  both       8 M (district)
 * </pre>
 * (* exception to the level rule, with a reason.) Ch'ơm's official CH-1 takes no class.
 */
final class TrainingYear {

    static final String C1 = "TG-CNTT-2022";
    static final String C2 = "AX-GNBV-2022";
    static final String C3 = "AX-THON-2022";
    static final String C4 = "CD-DT-2022";
    static final String C5 = "NG-NTM-2022";
    static final List<LocalDate> C1_DAYS = days(LocalDate.of(2022, 3, 7), 3);
    static final List<LocalDate> C2_DAYS = days(LocalDate.of(2022, 5, 10), 2);
    static final List<LocalDate> C3_DAYS = days(LocalDate.of(2022, 6, 15), 1);
    static final List<LocalDate> C4_DAYS = days(LocalDate.of(2022, 8, 1), 4);
    static final List<LocalDate> C5_DAYS = days(LocalDate.of(2022, 10, 3), 2);
    static final Money A_XAN_FUND = Money.ofMillions(15);
    static final Money C1_COST = Money.ofMillions(20);
    static final Money C2_COST = Money.ofMillions(12);
    static final Money C5_COST = Money.ofMillions(8);

    private TrainingYear() {
    }

    static void registerOfficials(CommandSink sink) {
        sink.submit(official("TG-D1", "Bríu Thị Hà", Sex.FEMALE, "Cơ Tu", "Phó Trưởng phòng Dân tộc huyện", TAY_GIANG));
        sink.submit(official("TG-D2", "Nguyễn Văn Minh", Sex.MALE, "Kinh", "Chuyên viên Phòng Tài chính", TAY_GIANG));
        sink.submit(official("AX-1", "Alăng Thị Mai", Sex.FEMALE, "Cơ Tu", "Công chức Văn phòng - Thống kê", A_XAN));
        sink.submit(official("AX-2", "Bhling Văn Tâm", Sex.MALE, "Cơ Tu", "Phó Chủ tịch UBND xã", A_XAN));
        sink.submit(official("AX-3", "Trần Văn Hùng", Sex.MALE, "Kinh", "Công chức Tài chính - Kế toán", A_XAN));
        sink.submit(official("AU-1", "Clâu Văn Bốn", Sex.MALE, "Cơ Tu", "Trưởng thôn A Ur", A_UR));
        sink.submit(official("CH-1", "Zơrâm Thị Hoa", Sex.FEMALE, "Cơ Tu", "Công chức Địa chính", CHOM));
        sink.submit(official("NG-D1", "Hồ Văn Lợi", Sex.MALE, "Giẻ Triêng", "Chuyên viên Phòng Nông nghiệp", NAM_GIANG));
        sink.submit(official("CD-1", "Hồ Thị Lan", Sex.FEMALE, "Giẻ Triêng", "Công chức Văn hóa - Xã hội", CA_DY));
        sink.submit(official("CD-2", "Đinh Văn Sơn", Sex.MALE, "Giẻ Triêng", "Chủ tịch Hội Nông dân xã", CA_DY));
    }

    /** Sponsor, A Xan's training fund and officials; then the five classes of the year. */
    static void play(Ledger ledger) {
        play(ledger::submit);
    }

    /** As {@link #play(Ledger)}, every command sent to {@code sink} (a ledger, or a list collecting them). */
    static void play(CommandSink sink) {
        TrainingFixtures.registerSponsor(sink);
        TrainingFixtures.fund(sink, A_XAN, A_XAN_FUND);
        registerOfficials(sink);

        // C1: the district trains its own officials in IT, with the sponsor
        LocalDate opened = C1_DAYS.get(0).minusWeeks(1);
        sink.submit(openClass(C1, TAY_GIANG, OfficialLevel.DISTRICT, opened, C1_DAYS, 2, "information-technology")
                .sponsorId(SPONSOR).plannedBudget(Money.ofMillions(25)).build());
        sink.submit(enrol(C1, TAY_GIANG, opened, "TG-D1", "TG-D2"));
        sink.submit(scores(C1, TAY_GIANG, C1_DAYS.get(0), ScoreTest.PRE, Map.of("TG-D1", 40, "TG-D2", 50)));
        sink.submit(attendance(C1, TAY_GIANG, C1_DAYS.get(0), "TG-D1", "TG-D2"));
        sink.submit(attendance(C1, TAY_GIANG, C1_DAYS.get(1), "TG-D1", "TG-D2"));
        sink.submit(attendance(C1, TAY_GIANG, C1_DAYS.get(2), "TG-D1"));
        sink.submit(scores(C1, TAY_GIANG, C1_DAYS.get(2), ScoreTest.POST, Map.of("TG-D1", 70, "TG-D2", 60)));
        sink.submit(certificates(C1, TAY_GIANG, C1_DAYS.get(2), Map.of("TG-D1", "TG-2022-001")));
        sink.submit(cost(C1, TAY_GIANG, C1_DAYS.get(2), "chi-c1", C1_COST));

        // C2: the commune trains its officials, paid from its fund
        opened = C2_DAYS.get(0).minusWeeks(1);
        sink.submit(openClass(C2, A_XAN, OfficialLevel.COMMUNE, opened, C2_DAYS, 3, "sustainable-poverty-reduction",
                "new-rural-development").sponsorId(SPONSOR).build());
        sink.submit(enrol(C2, A_XAN, opened, "AX-1", "AX-2", "AX-3"));
        sink.submit(scores(C2, A_XAN, C2_DAYS.get(0), ScoreTest.PRE, Map.of("AX-1", 30, "AX-2", 45, "AX-3", 50)));
        sink.submit(attendance(C2, A_XAN, C2_DAYS.get(0), "AX-1", "AX-2", "AX-3"));
        sink.submit(attendance(C2, A_XAN, C2_DAYS.get(1), "AX-1", "AX-2"));
        sink.submit(scores(C2, A_XAN, C2_DAYS.get(1), ScoreTest.POST, Map.of("AX-1", 80, "AX-2", 65)));
        sink.submit(certificates(C2, A_XAN, C2_DAYS.get(1), Map.of("AX-1", "AX-2022-001", "AX-2", "AX-2022-002")));
        sink.submit(cost(C2, A_XAN, C2_DAYS.get(1), "chi-c2", C2_COST));

        // C3: the commune trains a village head in IT
        opened = C3_DAYS.get(0).minusWeeks(1);
        sink.submit(openClass(C3, A_XAN, OfficialLevel.VILLAGE, opened, C3_DAYS, 5, "information-technology").build());
        sink.submit(enrol(C3, A_XAN, opened, "AU-1"));
        sink.submit(attendance(C3, A_XAN, C3_DAYS.get(0), "AU-1"));
        sink.submit(certificates(C3, A_XAN, C3_DAYS.get(0), Map.of("AU-1", "AX-2022-003")));

        // C4: Cà Dy, ethnic affairs, marked 0–10
        opened = C4_DAYS.get(0).minusWeeks(1);
        sink.submit(openClass(C4, CA_DY, OfficialLevel.COMMUNE, opened, C4_DAYS, 2, "ethnic-affairs")
                .scoreScale(ScoreScale.of(0, 10)).build());
        sink.submit(enrol(C4, CA_DY, opened, "CD-1", "CD-2"));
        sink.submit(scores(C4, CA_DY, C4_DAYS.get(0), ScoreTest.PRE, Map.of("CD-1", 5, "CD-2", 4)));
        for (int i = 0; i < 4; i++) {
            sink.submit(i == 2 ? attendance(C4, CA_DY, C4_DAYS.get(i), "CD-1")
                    : attendance(C4, CA_DY, C4_DAYS.get(i), "CD-1", "CD-2"));
        }
        sink.submit(scores(C4, CA_DY, C4_DAYS.get(3), ScoreTest.POST, Map.of("CD-1", 8, "CD-2", 6)));
        sink.submit(certificates(C4, CA_DY, C4_DAYS.get(3), Map.of("CD-1", "CD-2022-001")));

        // C5: the district runs a new-rural class for a commune official too, with a recorded exception
        opened = C5_DAYS.get(0).minusWeeks(1);
        sink.submit(openClass(C5, NAM_GIANG, OfficialLevel.COMMUNE, opened, C5_DAYS, 10, "new-rural-development")
                .levelExceptionReason("Lớp ghép cán bộ huyện và xã do xã chưa có giảng viên").build());
        sink.submit(enrol(C5, NAM_GIANG, opened, "NG-D1", "CD-2"));
        for (LocalDate day : C5_DAYS) {
            sink.submit(attendance(C5, NAM_GIANG, day, "NG-D1", "CD-2"));
        }
        sink.submit(certificates(C5, NAM_GIANG, C5_DAYS.get(1), Map.of("NG-D1", "NG-2022-001", "CD-2", "NG-2022-002")));
        sink.submit(cost(C5, NAM_GIANG, C5_DAYS.get(1), "chi-c5", C5_COST));
    }
}
