package org.ketnghia.livestock.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;

/**
 * A forecast from the ledger (<i>báo cáo dự báo từ sổ cái</i>): from the herds and group queues recorded up
 * to {@link #asOf}, the remaining programme years run forward over many replicates, reported for the
 * programme, per district and per group (<i>tổ, nhóm hộ</i>, named by its pilot commune): the households
 * still waiting at the start and the probability that each has received animals by the end of each remaining
 * programme year, the number expected to be still waiting at the programme's end, obligations likely to fall
 * overdue (<i>nghĩa vụ quay vòng có nguy cơ quá hạn</i>), herd size and value with p5–p95 bands by year.
 *
 * <p>JSON ({@link #toJson}) and CSV ({@link #toCsv}, {@link #householdsCsv}, {@link #obligationsCsv}) are
 * byte-identical for the same inputs (same ledger, date, seed, replicates, settings; any thread count).
 * Probabilities are rounded to 4 decimals, other means and percentiles to 2. Immutable and thread-safe.
 *
 * @param titleVi the title in Vietnamese
 * @param asOf the census date: the ledger's events before it are the start
 * @param programmeStart the programme's first day
 * @param programmeEnd the programme's last day
 * @param monthsElapsed programme months over at the start
 * @param replicates replicates run
 * @param masterSeed the master seed
 * @param demography which demography was used (e.g. {@code "default"}, {@code "calibrated"}, a file name)
 * @param years the programme years forecast (each ending after the start), in order
 * @param areas the programme, then each district, then each group (plan order)
 * @param households every household waiting at the start, in group and queue order
 * @param obligations every household whose obligation may be overdue at a year end (probability above 0, or
 *     open at the start), in group and queue order
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({org.ketnghia.core.simulation.LedgerOrigin.JSON_SIMULATED_FIELD,
        org.ketnghia.core.simulation.LedgerOrigin.JSON_MARK_FIELD})
public record ForecastReport(String titleVi, LocalDate asOf, LocalDate programmeStart, LocalDate programmeEnd,
        int monthsElapsed, long replicates, long masterSeed, String demography, List<YearEnd> years,
        List<AreaForecast> areas, List<HouseholdForecast> households, List<ObligationForecast> obligations) {

    /** The level of the programme as a whole. */
    public static final String PROGRAMME = "programme";
    /** The level of a district. */
    public static final String DISTRICT = "district";
    /** The level of a group (per pilot commune). */
    public static final String GROUP = "group";
    /** Households at or above this probability of an overdue obligation are listed as likely overdue. */
    public static final double LIKELY = 0.5;

    /** Checks and copies. */
    public ForecastReport {
        requireNonNull(titleVi, "titleVi");
        requireNonNull(asOf, "asOf");
        requireNonNull(programmeStart, "programmeStart");
        requireNonNull(programmeEnd, "programmeEnd");
        requireNonNull(demography, "demography");
        years = List.copyOf(years);
        areas = List.copyOf(areas);
        households = List.copyOf(households);
        obligations = List.copyOf(obligations);
    }

    /** The whole programme's forecast. */
    public AreaForecast programme() {
        return areas.stream().filter(area -> area.level().equals(PROGRAMME)).findFirst().orElseThrow();
    }

    /** The forecasts of one level ({@link #DISTRICT} or {@link #GROUP}), in plan order; immutable. */
    public List<AreaForecast> areas(String level) {
        requireNonNull(level, "level");
        return areas.stream().filter(area -> area.level().equals(level)).toList();
    }

    /** The households whose obligation is likely to fall overdue (probability ≥ {@value #LIKELY}); immutable. */
    public List<ObligationForecast> likelyOverdue() {
        return obligations.stream().filter(ObligationForecast::likely).toList();
    }

    /** The JSON form, pretty-printed, properties in alphabetical order. */
    public String toJson(ObjectMapper mapper) {
        try {
            return requireNonNull(mapper, "mapper").writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a forecast report is always writable", e);
        }
    }

    /**
     * Reads the JSON form back.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if it does not fit
     */
    public static ForecastReport fromJson(InputStream json, ObjectMapper mapper) {
        try {
            return requireNonNull(mapper, "mapper").readValue(requireNonNull(json, "json"), ForecastReport.class);
        } catch (IOException e) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getMessage());
        }
    }

    /** One row per area and year: herd size and value, households reached and waiting, with p5–p95 bands. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder();
        row(csv, "cap", "ma", "huyen", "ten", "nam", "ngay_cuoi_nam", "ho_cho_luc_dau", "ho_cho_tb", "ho_cho_p5",
                "ho_cho_p95", "ho_duoc_huong_tb", "ho_duoc_huong_p5", "ho_duoc_huong_p95", "tong_dan_tb", "tong_dan_p5",
                "tong_dan_p95", "gia_tri_dan_tb", "gia_tri_dan_p5", "gia_tri_dan_p95", "nghia_vu_qua_han_tb");
        for (AreaForecast area : areas) {
            for (YearForecast year : area.years()) {
                row(csv, area.level(), area.code(), area.districtCode(), area.nameVi(), Integer.toString(year.year()),
                        year.yearEnd().toString(), Integer.toString(area.waitingAtStart()), number(year.waiting().mean()),
                        number(year.waiting().p5()), number(year.waiting().p95()),
                        number(year.householdsReached().mean()), number(year.householdsReached().p5()),
                        number(year.householdsReached().p95()), number(year.herdSize().mean()),
                        number(year.herdSize().p5()), number(year.herdSize().p95()), number(year.herdValue().mean()),
                        number(year.herdValue().p5()), number(year.herdValue().p95()),
                        number(year.passOnsOverdue().mean()));
            }
        }
        return csv.toString();
    }

    /** One row per household waiting at the start: its group and the probability of having received by each year end. */
    public String householdsCsv() {
        StringBuilder csv = new StringBuilder();
        String[] header = new String[5 + years.size()];
        header[0] = "ho";
        header[1] = "to";
        header[2] = "xa";
        header[3] = "huyen";
        header[4] = "xac_suat_nhan_truoc_khi_ket_thuc";
        for (int i = 0; i < years.size(); i++) {
            header[5 + i] = "nhan_truoc_" + years.get(i).yearEnd();
        }
        row(csv, header);
        for (HouseholdForecast household : households) {
            String[] fields = new String[5 + years.size()];
            fields[0] = household.householdId();
            fields[1] = household.groupId();
            fields[2] = household.communeCode();
            fields[3] = household.districtCode();
            fields[4] = number(household.receivedByEnd());
            for (int i = 0; i < years.size(); i++) {
                fields[5 + i] = number(household.probabilityReceivedBy(years.get(i).yearEnd()));
            }
            row(csv, fields);
        }
        return csv.toString();
    }

    /**
     * One row per household waiting at the start with the probability of having received by {@code date} (that
     * of the last year end on or before it, see {@link HouseholdForecast#probabilityReceivedBy}).
     */
    public String householdsByCsv(LocalDate date) {
        requireNonNull(date, "date");
        StringBuilder csv = new StringBuilder();
        row(csv, "ho", "to", "xa", "huyen", "nhan_truoc_" + date);
        for (HouseholdForecast household : households) {
            row(csv, household.householdId(), household.groupId(), household.communeCode(), household.districtCode(),
                    number(household.probabilityReceivedBy(date)));
        }
        return csv.toString();
    }

    /** One row per obligation that may fall overdue: the household, its state at the start and the probability. */
    public String obligationsCsv() {
        StringBuilder csv = new StringBuilder();
        row(csv, "ho", "to", "xa", "huyen", "vong", "trang_thai_luc_dau", "con_no", "xac_suat_qua_han", "co_nguy_co");
        for (ObligationForecast obligation : obligations) {
            row(csv, obligation.householdId(), obligation.groupId(), obligation.communeCode(), obligation.districtCode(),
                    Integer.toString(obligation.round()), obligation.stateAtStart().name(),
                    Integer.toString(obligation.owedAtStart()), number(obligation.probability()),
                    obligation.likely() ? "có" : "không");
        }
        return csv.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields[i];
            if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append('\n');
    }

    /**
     * A programme year forecast.
     *
     * @param year the programme year, 1-based
     * @param yearEnd its last day
     */
    public record YearEnd(int year, LocalDate yearEnd) {

        /** Checks. */
        public YearEnd {
            requireNonNull(yearEnd, "yearEnd");
        }
    }

    /**
     * A distribution over the replicates: mean and the 5th and 95th percentiles.
     *
     * @param mean the mean
     * @param p5 the 5th percentile
     * @param p95 the 95th percentile
     */
    public record Band(double mean, double p5, double p95) {

        /** Nothing recorded. */
        public static final Band NONE = new Band(0, 0, 0);
    }

    /**
     * The forecast of one area: the programme, a district or a group.
     *
     * @param level {@link #PROGRAMME}, {@link #DISTRICT} or {@link #GROUP}
     * @param code the district code or the group's pilot commune code (empty for the programme)
     * @param districtCode the district (empty for the programme)
     * @param groupIds the ledger's groups in the area, in plan order
     * @param nameVi its Vietnamese label, e.g. {@code "Tổ nhóm hộ xã A Xan (Tây Giang)"}
     * @param waitingAtStart households waiting at the start
     * @param openAtStart households whose obligation is open at the start
     * @param headAtStart animals alive at the start
     * @param expectedWaitingAtEnd households expected to be still waiting at the programme's end
     * @param likelyOverdue households whose obligation is likely to fall overdue
     * @param years per programme year
     */
    public record AreaForecast(String level, String code, String districtCode, List<String> groupIds, String nameVi,
            int waitingAtStart, int openAtStart, int headAtStart, double expectedWaitingAtEnd, int likelyOverdue,
            List<YearForecast> years) {

        /** Checks and copies. */
        public AreaForecast {
            requireNonNull(level, "level");
            requireNonNull(code, "code");
            requireNonNull(districtCode, "districtCode");
            requireNonNull(nameVi, "nameVi");
            groupIds = List.copyOf(groupIds);
            years = List.copyOf(years);
        }
    }

    /**
     * One programme year of an area.
     *
     * @param year the programme year
     * @param yearEnd its last day
     * @param waiting households waiting at the start still waiting at the year end
     * @param householdsReached households that have received animals (cumulative)
     * @param herdSize head alive at the year end
     * @param herdValue herd value in đồng
     * @param passOnsOverdue open obligations past their deadline at the year end
     */
    public record YearForecast(int year, LocalDate yearEnd, Band waiting, Band householdsReached, Band herdSize,
            Band herdValue, Band passOnsOverdue) {

        /** Checks. */
        public YearForecast {
            requireNonNull(yearEnd, "yearEnd");
            requireNonNull(waiting, "waiting");
            requireNonNull(householdsReached, "householdsReached");
            requireNonNull(herdSize, "herdSize");
            requireNonNull(herdValue, "herdValue");
            requireNonNull(passOnsOverdue, "passOnsOverdue");
        }
    }

    /**
     * A probability at a year end.
     *
     * @param year the programme year
     * @param yearEnd its last day
     * @param probability the probability, in [0, 1]
     */
    public record YearProbability(int year, LocalDate yearEnd, double probability) {

        /** Checks. */
        public YearProbability {
            requireNonNull(yearEnd, "yearEnd");
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability " + probability + " is outside [0, 1]");
            }
        }
    }

    /**
     * A household waiting at the start (<i>hộ đang chờ nhận</i>).
     *
     * @param householdId the household
     * @param groupId its group in the ledger
     * @param communeCode the group's pilot commune
     * @param districtCode the district
     * @param received the probability of having received by the end of each year forecast
     * @param receivedByEnd the probability of having received by the programme's end
     */
    public record HouseholdForecast(String householdId, String groupId, String communeCode, String districtCode,
            List<YearProbability> received, double receivedByEnd) {

        /** Checks and copies. */
        public HouseholdForecast {
            requireNonNull(householdId, "householdId");
            requireNonNull(groupId, "groupId");
            requireNonNull(communeCode, "communeCode");
            requireNonNull(districtCode, "districtCode");
            received = List.copyOf(received);
        }

        /**
         * The probability of having received by {@code date}: that of the last year end on or before it; 0 before
         * the first year end forecast (the household was waiting at the start).
         */
        public double probabilityReceivedBy(LocalDate date) {
            requireNonNull(date, "date");
            double probability = 0;
            for (YearProbability year : received) {
                if (!year.yearEnd().isAfter(date)) {
                    probability = year.probability();
                }
            }
            return probability;
        }
    }

    /**
     * A household's pass-on obligation that may fall overdue (<i>nghĩa vụ quay vòng có thể quá hạn</i>).
     *
     * @param householdId the household
     * @param groupId its group in the ledger
     * @param communeCode the group's pilot commune
     * @param districtCode the district
     * @param round the round it received in (0 if waiting at the start)
     * @param stateAtStart its obligation at the start
     * @param owedAtStart animals owed at the start
     * @param overdue the probability that it has been overdue at this or an earlier year end, per year
     * @param probability the probability that it is overdue at some year end forecast
     * @param likely whether {@code probability} ≥ {@value ForecastReport#LIKELY}
     */
    public record ObligationForecast(String householdId, String groupId, String communeCode, String districtCode,
            int round, ForecastStart.ObligationState stateAtStart, int owedAtStart, List<YearProbability> overdue,
            double probability, boolean likely) {

        /** Checks and copies. */
        public ObligationForecast {
            requireNonNull(householdId, "householdId");
            requireNonNull(groupId, "groupId");
            requireNonNull(communeCode, "communeCode");
            requireNonNull(districtCode, "districtCode");
            requireNonNull(stateAtStart, "stateAtStart");
            overdue = List.copyOf(overdue);
        }
    }
}
