package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.core.reporting.rollup.RollUpExport;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.output.Covers;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.RollUpWriter;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.PlanException;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.site.SitePaths;

/**
 * Two programmes of one province in one ledger — Quảng Nam's 2021 pilot and its illustrative follow-up
 * from 2023 in other communes — recorded by one {@code run}: each event names its programme, and each
 * programme's budget, reports, settlements of accounts and public lists are its own. The pilot's outputs are byte for byte those
 * of the pilot run alone.
 */
class TwoProgrammesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/org/ketnghia/examples");
    private static final String PILOT = "quang-nam-2021";
    private static final String FOLLOW_UP = "quang-nam-2023-tiep-noi";
    private static final List<String> FOLLOW_UP_COMMUNES = List.of("QNA.TAY-GIANG.A-TIENG", "QNA.TAY-GIANG.BHA-LEE",
            "QNA.NAM-GIANG.CA-DY", "QNA.BAC-TRA-MY.TRA-GIAP");
    private static final List<String> PILOT_COMMUNES = List.of("QNA.TAY-GIANG.A-XAN", "QNA.TAY-GIANG.CHOM",
            "QNA.NAM-TRA-MY.TRA-CANG", "QNA.NAM-GIANG.LA-EE", "QNA.BAC-TRA-MY.TRA-SON");

    @TempDir
    static Path temp;

    static Path alone;
    static Path both;
    static Cli run;

    private static String[] plans(String command, String... more) {
        return Stream.concat(Stream.of(command, "--plan", RESOURCES.resolve(PILOT + ".json").toString(), "--plan",
                RESOURCES.resolve(FOLLOW_UP + ".json").toString()), Stream.of(more)).toArray(String[]::new);
    }

    @BeforeAll
    static void runBothProgrammes_andThePilotAlone() {
        alone = temp.resolve("alone");
        both = temp.resolve("both");
        assertThat(Cli.run("run", "--output", alone.toString(), "--replicates", "20", "--threads", "2").exitCode()).isZero();
        run = Cli.run(plans("run", "--output", both.toString(), "--replicates", "20", "--threads", "2"));
    }

    @Test
    void oneRun_recordsBothProgrammes_intoOneLedger_andWritesEachItsOwnFolder() throws Exception {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("chuỗi băm toàn vẹn / chain intact").doesNotContain("dừng sau / stopped");
        JsonNode manifest = KetnghiaJson.newObjectMapper().readTree(both.resolve("run.json").toFile());
        assertThat(manifest.get("programmes").findValuesAsText("programme")).containsExactly(PILOT, FOLLOW_UP);
        assertThat(both.resolve("ledger/ketnghia.mv.db")).isRegularFile();
        for (String programme : List.of(PILOT, FOLLOW_UP)) {
            for (String file : List.of("budget.csv", "summary.html", "index.html", "reports/07-tong-ket-5-nam.csv", "simulation/simulation.csv")) {
                assertThat(both.resolve(programme).resolve(file)).as(programme + "/" + file).isRegularFile();
            }
        }
    }

    @Test
    void aComparison_goesIntoTheSiteOfTheProgrammeItCompares_linkingItsFilesBesideTheSites() throws Exception {
        Cli compare = Cli.run(plans("compare", "--output", both.toString(), "--replicates", "2", "--seed", "3", "--years",
                "2", "--threads", "2", "--policies", "first-female-offspring", "--price-levels", "1", "--shocks", "none"));

        assertThat(compare.exitCode()).as(compare.toString()).isZero();
        assertThat(both.resolve("compare/compare.json")).isRegularFile();
        Path site = both.resolve(PILOT);
        String page = Files.readString(site.resolve(SitePaths.COMPARISON));
        assertThat(page).contains("<a href=\"../../compare/compare.xlsx\">Bảng tính Excel</a>")
                .contains("<a href=\"../" + SitePaths.PLANNING + "\">");
        assertThat(Files.readString(site.resolve(SitePaths.INDEX))).contains("Tổng dự toán")
                .contains("<a href=\"" + SitePaths.PLANNING + "\">");
        assertThat(Files.readString(site.resolve(SitePaths.PLANNING))).contains("<a href=\"../" + SitePaths.COMPARISON + "\">");
        assertThat(both.resolve(FOLLOW_UP).resolve(SitePaths.COMPARISON)).doesNotExist();
    }

    @Test
    void thePilotsOutputs_inTheSharedLedger_areThoseOfThePilotAlone() throws Exception {
        List<String> files;
        try (Stream<Path> reports = Files.list(alone.resolve("reports")); Stream<Path> lists = Files.list(alone.resolve("disclosure"))) {
            files = Stream.concat(reports, lists).map(path -> alone.relativize(path).toString())
                    .filter(name -> !name.endsWith(".xlsx")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        assertThat(files).anyMatch(name -> name.endsWith(".pdf"));
        for (String file : Stream.concat(files.stream(), Stream.of("budget.csv", "budget.json")).toList()) {
            if (file.endsWith(".pdf")) {
                assertThat(Files.readAllBytes(both.resolve(PILOT).resolve(file))).as(file)
                        .isEqualTo(Files.readAllBytes(alone.resolve(file)));
                continue;
            }
            assertThat(Files.readString(both.resolve(PILOT).resolve(file))).as(file)
                    .isEqualTo(Files.readString(alone.resolve(file)));
        }
    }

    @Test
    void theFollowUpsReports_budget_andPublicLists_holdOnlyItsOwnCommunes() throws Exception {
        Path followUp = both.resolve(FOLLOW_UP);
        assertThat(Files.readString(followUp.resolve("reports/07-tong-ket-5-nam.csv")))
                .contains("Tổng kết 5 năm (01/07/2023 – 30/06/2028)");
        String yearOne = Files.readString(followUp.resolve("reports/01-nam-thu-1.csv"));
        FOLLOW_UP_COMMUNES.forEach(commune -> assertThat(yearOne).contains("," + commune + ","));
        PILOT_COMMUNES.forEach(commune -> assertThat(yearOne).doesNotContain(commune));
        assertThat(Files.readString(followUp.resolve("budget.csv"))).contains(",QNA.NAM-GIANG,", ",QNA.TAY-GIANG.BHA-LEE,")
                .doesNotContain("QNA.NAM-TRA-MY", "QNA.TAY-GIANG.A-XAN");
        try (Stream<Path> lists = Files.list(followUp.resolve("disclosure"))) {
            assertThat(lists.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".csv")))
                    .contains("QNA.TAY-GIANG.A-TIENG.csv", "QNA.NAM-GIANG.CA-DY.csv")
                    .noneMatch(name -> PILOT_COMMUNES.contains(name.replace(".csv", "")));
        }
        // the pilot's list of the same successor commune is not the follow-up's
        assertThat(Files.readString(followUp.resolve("disclosure/QNA.TAY-GIANG.A-TIENG.txt"))).doesNotContain("sim-to-");
    }

    @Test
    void eachProgrammesPrintedSettlement_holdsItsOwnMoneyOnly() throws Exception {
        List<String> pilotFiles = csvFiles(alone.resolve("settlement"));
        assertThat(pilotFiles).isNotEmpty();
        assertThat(csvFiles(both.resolve(PILOT).resolve("settlement"))).isEqualTo(pilotFiles);
        for (String file : pilotFiles) {
            assertThat(Files.readString(both.resolve(PILOT).resolve("settlement").resolve(file))).as(file)
                    .isEqualTo(Files.readString(alone.resolve("settlement").resolve(file)));
        }
        Path followUp = both.resolve(FOLLOW_UP).resolve("settlement");
        List<String> byUnit = csvFiles(followUp).stream().filter(name -> name.endsWith("-theo-don-vi.csv")).toList();
        assertThat(byUnit).isNotEmpty().allMatch(name -> name.startsWith(FOLLOW_UP + "-qt-"));
        for (String file : byUnit) {
            String statement = Files.readString(followUp.resolve(file));
            assertThat(statement).as(file).contains("QNA.TAY-GIANG.A-TIENG");
            PILOT_COMMUNES.forEach(commune -> assertThat(statement).as(file).doesNotContain(commune));
        }
    }

    private static List<String> csvFiles(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void everyEventNamesItsProgramme_andTheFollowUpsIdsArePrefixed() throws Exception {
        Path backup = temp.resolve("programmes.jsonl");
        assertThat(Cli.run(plans("export", "--ledger", both.resolve("ledger").toString(), "--file", backup.toString()))
                .exitCode()).isZero();
        var json = KetnghiaJson.newObjectMapper();
        List<JsonNode> all = Files.readAllLines(backup).stream().map(line -> readTree(json, line)).toList();
        // the first event declares the whole ledger simulated: it belongs to no programme
        assertThat(all.get(0).at("/payload/type").asText()).isEqualTo(org.ketnghia.core.simulation.SimulatedLedgerDeclared.TYPE);
        assertThat(all.get(0).path("programmeId").isMissingNode() || all.get(0).path("programmeId").isNull()).isTrue();
        List<JsonNode> events = all.subList(1, all.size());

        assertThat(events).allSatisfy(event -> assertThat(event.path("programmeId").asText()).isIn(PILOT, FOLLOW_UP));
        assertThat(events.stream().map(event -> event.get("programmeId").asText()).distinct()).containsExactly(PILOT, FOLLOW_UP);
        List<String> groups = events.stream().filter(event -> event.at("/payload/type").asText().equals("livestock.group-founded"))
                .map(event -> event.get("programmeId").asText() + " " + event.at("/payload/groupId").asText()).toList();
        assertThat(groups).contains(PILOT + " sim-to-1", FOLLOW_UP + " " + FOLLOW_UP + "-sim-to-1");
        assertThat(events.stream().filter(event -> event.at("/payload/type").asText().equals("funding.balance-transferred")))
                .as("the follow-up's clean-water money follows Bha Lêê into its successor").singleElement()
                .satisfies(event -> assertThat(event.at("/payload/fromCommuneCode").asText()).isEqualTo("QNA.TAY-GIANG.BHA-LEE"));

        ProvinceData province = ProvinceData.of(ProvincePacks.quangNam());
        try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(List.of(ProgrammeFile.read(RESOURCES.resolve(PILOT + ".json")),
                ProgrammeFile.read(RESOURCES.resolve(FOLLOW_UP + ".json"))), province, Optional.empty())) {
            assertThat(ledger.host(PILOT).idPrefix()).isEmpty();
            assertThat(ledger.host(FOLLOW_UP).idPrefix()).isEqualTo(FOLLOW_UP + "-");
        }
    }

    private static JsonNode readTree(com.fasterxml.jackson.databind.ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void report_disclose_verify_andExport_readTheSharedLedger_perProgramme() throws Exception {
        Path again = temp.resolve("again");
        String ledger = both.resolve("ledger").toString();
        Cli report = Cli.run(plans("report", "--ledger", ledger, "--output", again.toString()));
        assertThat(report.exitCode()).as(report.toString()).isZero();
        for (String programme : List.of(PILOT, FOLLOW_UP)) {
            assertThat(Files.readString(again.resolve(programme).resolve("reports/05-nam-thu-5.csv"))).as(programme)
                    .isEqualTo(Files.readString(both.resolve(programme).resolve("reports/05-nam-thu-5.csv")));
        }
        Cli disclose = Cli.run(plans("disclose", "--ledger", ledger, "--output", again.toString(), "--commune",
                "QNA.NAM-GIANG.CA-DY"));
        assertThat(disclose.exitCode()).as(disclose.toString()).isZero();
        assertThat(again.resolve(FOLLOW_UP).resolve("disclosure/QNA.NAM-GIANG.CA-DY.csv")).isRegularFile();
        Cli nowhere = Cli.run(plans("disclose", "--ledger", ledger, "--output", again.toString(), "--commune",
                "QNA.NAM-GIANG.THANH-MY"));
        assertThat(nowhere.exitCode()).isNotZero();
        assertThat(nowhere.err()).contains("QNA.NAM-GIANG.THANH-MY", "none of the programmes");
        Cli verify = Cli.run(plans("verify", "--ledger", ledger));
        assertThat(verify.out()).as(verify.toString()).contains("Hash chain intact");
        Path backup = temp.resolve("backup.jsonl");
        assertThat(Cli.run(plans("export", "--ledger", ledger, "--file", backup.toString())).exitCode()).isZero();
        assertThat(Files.readString(backup)).contains("\"programmeId\":\"" + FOLLOW_UP + "\"", "\"programmeId\":\"" + PILOT + "\"");
        Path restored = temp.resolve("restored");
        assertThat(Cli.run(plans("import", "--ledger", restored.toString(), "--file", backup.toString())).exitCode()).isZero();
        assertThat(Cli.run(plans("verify", "--ledger", restored.toString())).out()).contains("Hash chain intact");
    }

    @Test
    void report_asKnownOnThePilotsLastDay_namesOnEachCoverTheLastEventRecordedThatDay_notTheFollowUpsLaterOnes()
            throws Exception {
        // each programme records on its own last day: the pilot on 1 January 2027, the follow-up on 1 July 2028
        String ledger = both.resolve("ledger").toString();
        Path backup = temp.resolve("known-on.jsonl");
        assertThat(Cli.run(plans("export", "--ledger", ledger, "--file", backup.toString())).exitCode()).isZero();
        var json = KetnghiaJson.newObjectMapper();
        List<JsonNode> events = Files.readAllLines(backup).stream().map(line -> readTree(json, line)).toList();
        Instant endOfThePilotsDay = LocalDate.of(2027, 1, 2).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        List<JsonNode> knownThen = events.stream()
                .filter(event -> Instant.parse(event.get("recordedAt").asText()).isBefore(endOfThePilotsDay)).toList();
        assertThat(knownThen).as("events recorded on two days").isNotEmpty().hasSizeLessThan(events.size());
        JsonNode lastKnown = knownThen.get(knownThen.size() - 1);
        JsonNode last = events.get(events.size() - 1);
        String namedThen = Covers.named(new LedgerPosition(lastKnown.get("sequence").asLong(), lastKnown.get("hash").asText()));
        String namedNow = Covers.named(new LedgerPosition(last.get("sequence").asLong(), last.get("hash").asText()));

        Path output = temp.resolve("known-on");
        Cli report = Cli.run(plans("report", "--ledger", ledger, "--output", output.toString(), "--as-known-on", "2027-01-01"));
        assertThat(report.exitCode()).as(report.toString()).isZero();
        for (String programme : List.of(PILOT, FOLLOW_UP)) {
            Path workbook = output.resolve(programme).resolve("reports-as-known-2027-01-01/07-tong-ket-5-nam.xlsx");
            assertThat(Covers.ledger(workbook)).as(programme).hasValue(namedThen).isNotEqualTo(Optional.of(namedNow));
        }
    }

    @Test
    void aNationalRollUp_ofTheSharedLedger_reportsOnTheProgrammeItsFileNames_afterVerifyingTheWholeChain() throws Exception {
        Path output = temp.resolve("national");
        String ledger = both.resolve("ledger").toString();
        String pilot = RESOURCES.resolve(PILOT + ".json").toString();
        String followUp = RESOURCES.resolve(FOLLOW_UP + ".json").toString();
        Cli rollup = Cli.run("rollup", "--province", "quang-nam-thi-diem", "--plan", pilot, "--plan", followUp,
                "--ledger", ledger, "--province", "quang-nam-tiep-noi", "--plan", followUp, "--plan", pilot,
                "--ledger", ledger, "-o", output.toString());
        assertThat(rollup.exitCode()).as(rollup.toString()).isZero();

        NationalRollUp national = RollUpExport.fromJson(Files.readString(output.resolve(RollUpWriter.ROLLUP_JSON)));
        assertThat(national.includedLedgers()).hasSize(2);
        for (var pair : List.of(List.of("quang-nam-thi-diem", PILOT), List.of("quang-nam-tiep-noi", FOLLOW_UP))) {
            Report finalReview = national.province(pair.get(0)).orElseThrow().reports().get(6);
            String own = Files.readString(both.resolve(pair.get(1)).resolve("reports/07-tong-ket-5-nam.json"));
            Report programmeOwn = ReportExport.fromJson(own);
            for (String indicator : List.of("programme.spent", "programme.received", "livestock.households-round-1")) {
                assertThat(finalReview.total(indicator)).as(pair + " " + indicator).isEqualTo(programmeOwn.total(indicator));
            }
        }
    }

    @Test
    void programmesThatCannotShareALedger_areRefused_namingWhy() throws Exception {
        ProgrammeFile pilot = ProgrammeFile.read(RESOURCES.resolve(PILOT + ".json"));
        ProvinceData province = ProvinceData.of(ProvincePacks.quangNam());
        assertThatThrownBy(() -> ProgrammeHost.shared(List.of(pilot, pilot), province, Optional.empty()))
                .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.getMessage())
                        .contains("programme.id", "PLAN_PROGRAMME_ID_SHARED", PILOT));

        String text = Files.readString(RESOURCES.resolve(PILOT + ".json"));
        ProgrammeFile sameCommunes = ProgrammeFile.parse("same-communes.json",
                text.replace("\"id\": \"" + PILOT + "\"", "\"id\": \"quang-nam-khac\""));
        ProgrammeFile otherProvince = ProgrammeFile.parse("other-province.json", Files.readString(RESOURCES
                .resolve(FOLLOW_UP + ".json")).replace("\"provinceCode\": \"QNA\"", "\"provinceCode\": \"KTM\""));
        assertThatThrownBy(() -> ProgrammeHost.shared(List.of(pilot, sameCommunes, otherProvince), province, Optional.empty()))
                .isInstanceOfSatisfying(PlanException.class, e -> assertThat(e.errors().stream().map(PlanError::toLine))
                        .anySatisfy(line -> assertThat(line).contains("same-communes.json", "districts[4].pilotCommunes[0].code",
                                "PLAN_COMMUNE_IN_TWO_PROGRAMMES", "QNA.TAY-GIANG.A-XAN", PILOT))
                        .anySatisfy(line -> assertThat(line).contains("other-province.json", "programme.provinceCode",
                                "PLAN_PROVINCE_DIFFERS", "KTM"))
                        .hasSize(9 + 1));
    }
}
