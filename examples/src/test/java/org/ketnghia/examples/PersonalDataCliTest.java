package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.AccessLog;
import org.ketnghia.core.privacy.AccessLogEntry;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.cli.ProgrammeOptions;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.store.jdbc.JdbcStores;

/**
 * Issue 22 through the CLI, on the ledger recorded on 4 December 2026 in plain text: it imports and verifies as
 * before; {@code encrypt-ledger} writes a new, encrypted ledger whose first event names the old chain's last
 * hash, which gives the very report lines recorded then; {@code export} writes ciphertext only and the subjects'
 * wrapped keys; {@code import} restores a ledger that the same master key reads, and that refuses to open without
 * it, naming what is missing; {@code subject-export} gives a household's copy and logs the read; {@code erase}
 * leaves its fields erased and the chain whole. A {@code run} without a master key warns that it records personal
 * data in plain text, naming the option that encrypts it.
 */
class PersonalDataCliTest {

    private static final String HOUSEHOLD = "sim-to-1-TT";
    private static final String COMMUNE = "QNA.TAY-GIANG.A-XAN";
    private static final List<String> REPORTS = List.of("01-nam-thu-1", "02-nam-thu-2", "03-nam-thu-3", "04-nam-thu-4",
            "05-nam-thu-5", "06-so-ket-3-nam", "07-tong-ket-5-nam");

    @TempDir
    Path temp;

    @Test
    void aPlainRecordedLedger_isEncrypted_exported_imported_readByItsSubject_andErased() throws Exception {
        Path plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        MasterKey masterKey = MasterKey.generate();
        Path keyFile = Files.writeString(temp.resolve("master.key"), masterKey.toBase64());
        Path plainBackup = temp.resolve("recorded.jsonl");
        Path plain = importTheRecordedPlainLedger(plan, plainBackup);
        Path encrypted = temp.resolve("encrypted");

        AccessLog.inFile(plain.resolve(LedgerAccessLog.EARLIER_FILE)).append(Instant.parse("2020-12-20T03:00:00Z"),
                "ubnd-a-xan", "COMMUNE_COMMITTEE", COMMUNE, "household:" + HOUSEHOLD, "đối chiếu danh sách");
        Cli migrate = Cli.run("encrypt-ledger", "--plan", plan.toString(), "--ledger", plain.toString(), "--to",
                encrypted.toString(), "--master-key-file", keyFile.toString());
        assertThat(migrate.exitCode()).as(migrate.toString()).isZero();
        assertThat(migrate.out()).contains("26644").contains("toàn vẹn").contains("1 lượt đọc chuyển sang");
        assertThat(accessLogOf(encrypted)).singleElement().extracting(AccessLogEntry::purpose).isEqualTo("đối chiếu danh sách");
        Cli verifyWithoutKey = Cli.run("verify", "--plan", plan.toString(), "--ledger", encrypted.toString());
        assertThat(verifyWithoutKey.exitCode()).as(verifyWithoutKey.toString()).isZero();

        Path backup = temp.resolve("encrypted.jsonl");
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                backup.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        String recorded = Files.readString(plainBackup);
        String exported = Files.readString(backup);
        assertThat(recorded).contains("\"fullName\":\"Chủ hộ " + HOUSEHOLD).contains("\"birthYear\":1980")
                .contains("\"ethnicityCode\":\"26\"");
        assertThat(exported).doesNotContain("\"fullName\":\"").doesNotContainPattern("\"birthYear\":[0-9]")
                .doesNotContain("\"ethnicityCode\":\"").doesNotContain("Chủ hộ").contains(PayloadProtection.MARKER)
                .contains("privacy.ledger-encrypted");
        assertThat(temp.resolve("encrypted.jsonl.keys")).isRegularFile();

        Path copy = temp.resolve("copy");
        Cli restore = Cli.run("import", "--plan", plan.toString(), "--ledger", copy.toString(), "--file", backup.toString());
        assertThat(restore.exitCode()).as(restore.toString()).isZero();
        assertThat(accessLogOf(copy)).as("the backup carries the access log").isEqualTo(accessLogOf(encrypted));
        ProgrammeFile programme = ProgrammeFile.parse("programme.json", Files.readString(plan));
        ProvinceData province = ProvinceData.of(ProvincePacks.quangNam());
        assertThatThrownBy(() -> ProgrammeHost.shared(List.of(programme), province, Optional.of(copy), Optional.empty()))
                .isInstanceOfSatisfying(KetnghiaException.class, e -> {
                    assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING);
                    assertThat(e.getMessage()).contains(MasterKey.ENVIRONMENT_VARIABLE);
                });
        try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(List.of(programme), province, Optional.of(copy),
                Optional.of(masterKey))) {
            ProgrammeHost host = ledger.hosts().get(0);
            assertThat(host.runtime().ledger().verifyChain().isIntact()).isTrue();
            assertThat(host.runtime().ledger().lastSequence()).isEqualTo(26_644);
            List<ProgrammeReports.NamedReport> reports = ProgrammeReports.build(host);
            assertThat(reports).extracting(ProgrammeReports.NamedReport::slug).containsExactlyElementsOf(REPORTS);
            for (ProgrammeReports.NamedReport report : reports) {
                List<String> then = gunzip("reports-" + report.slug() + ".csv.gz");
                assertThat(ReportExport.toCsv(report.report()).lines().toList()).as("report %s", report.slug())
                        .containsSubsequence(then);
            }
        }

        Path out = temp.resolve("out");
        // as an earlier version left it: the reads it logged in the file go on from those the backup restored
        Path earlierLog = Files.copy(temp.resolve("encrypted.jsonl.access-log"), copy.resolve(LedgerAccessLog.EARLIER_FILE));
        AccessLog.inFile(earlierLog).append(Instant.parse("2021-01-04T02:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE",
                COMMUNE, "household:" + HOUSEHOLD, "xác minh hồ sơ");
        String earlierLines = Files.readString(earlierLog);
        Cli read = Cli.run("subject-export", "--plan", plan.toString(), "--ledger", copy.toString(), "--output",
                out.toString(), "--master-key-file", keyFile.toString(), "--subject", "household:" + HOUSEHOLD, "--unit",
                COMMUNE, "--date", "2021-01-05", "--purpose", "yêu cầu của chủ hộ");
        assertThat(read.exitCode()).as(read.toString()).isZero();
        assertThat(Files.readString(out.resolve("subject-household-" + HOUSEHOLD + ".json")))
                .contains("Chủ hộ " + HOUSEHOLD).contains("\"birthYear\" : 1980");
        assertThat(Files.readString(out.resolve("subject-household-" + HOUSEHOLD + ".html")))
                .contains("Bản sao dữ liệu cá nhân").contains("Chủ hộ " + HOUSEHOLD);
        assertThat(accessLogOf(copy)).hasSize(3).allMatch(entry -> entry.subject().equals("household:" + HOUSEHOLD))
                .extracting(AccessLogEntry::purpose)
                .containsExactly("đối chiếu danh sách", "xác minh hồ sơ", "yêu cầu của chủ hộ");
        assertThat(earlierLog).hasContent(earlierLines);

        Cli erase = Cli.run("erase", "--plan", plan.toString(), "--ledger", copy.toString(), "--master-key-file",
                keyFile.toString(), "--subject", "household:" + HOUSEHOLD, "--unit", COMMUNE, "--date", "2021-01-05",
                "--legal-basis", "Điều 16 Luật 91/2025/QH15", "--requested-by", "12/ĐN-UBND", "--reason", "chuyển đi");
        assertThat(erase.exitCode()).as(erase.toString()).isZero();
        Cli readAgain = Cli.run("subject-export", "--plan", plan.toString(), "--ledger", copy.toString(), "--output",
                out.toString(), "--master-key-file", keyFile.toString(), "--subject", "household:" + HOUSEHOLD, "--unit",
                COMMUNE, "--date", "2021-01-06", "--purpose", "kiểm tra sau khi xóa");
        assertThat(readAgain.exitCode()).as(readAgain.toString()).isZero();
        assertThat(Files.readString(out.resolve("subject-household-" + HOUSEHOLD + ".json")))
                .doesNotContain("Chủ hộ " + HOUSEHOLD).contains(PayloadProtection.ERASED_TEXT)
                .contains("privacy.data-subject-erased").contains("\"erased\" : true");
        assertThat(accessLogOf(copy)).hasSize(4).last().extracting(AccessLogEntry::purpose).isEqualTo("kiểm tra sau khi xóa");
        assertThat(Cli.run("verify", "--plan", plan.toString(), "--ledger", copy.toString()).exitCode()).isZero();
    }

    @Test
    void encryptLedger_refusesABrokenAccessLog_beforeWritingTheNewLedger_namingItAndTheRule_andRunsOnceItIsMended()
            throws Exception {
        Path plan = Files.writeString(temp.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        Path keyFile = Files.writeString(temp.resolve("master.key"), MasterKey.generate().toBase64());
        Path plain = importTheRecordedPlainLedger(plan, temp.resolve("recorded.jsonl"));
        Path earlierLog = plain.resolve(LedgerAccessLog.EARLIER_FILE);
        AccessLog earlier = AccessLog.inFile(earlierLog);
        earlier.append(Instant.parse("2020-12-20T03:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", COMMUNE,
                "household:" + HOUSEHOLD, "đối chiếu danh sách");
        earlier.append(Instant.parse("2021-01-04T02:00:00Z"), "ubnd-a-xan", "COMMUNE_COMMITTEE", COMMUNE,
                "household:" + HOUSEHOLD, "xác minh hồ sơ");
        String whole = Files.readString(earlierLog);
        Path encrypted = Files.createDirectories(temp.resolve("encrypted")); // made empty for it, as an official would
        String[] migrate = {"encrypt-ledger", "--plan", plan.toString(), "--ledger", plain.toString(), "--to",
            encrypted.toString(), "--master-key-file", keyFile.toString()};

        Files.writeString(earlierLog, whole + "{\"sequence\":3,\n"); // a line cut short
        Cli unreadable = Cli.run(migrate);
        assertThat(unreadable.exitCode()).as(unreadable.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(unreadable.err()).contains(earlierLog.toString(), "line 3",
                PrivacyErrorCode.PRIVACY_ACCESS_LOG_UNAVAILABLE.name());
        assertThat(encrypted).isEmptyDirectory();

        Files.writeString(earlierLog, whole.replace("xác minh hồ sơ", "xem cho biết"));
        Cli altered = Cli.run(migrate);
        assertThat(altered.exitCode()).as(altered.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(altered.err()).contains(earlierLog.toString(), "entry 2", PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN.name());
        assertThat(encrypted).isEmptyDirectory();

        Files.writeString(earlierLog, whole); // restored from a backup
        Cli mended = Cli.run(migrate);
        assertThat(mended.exitCode()).as(mended.toString()).isZero();
        assertThat(mended.out()).contains("toàn vẹn").contains("2 lượt đọc chuyển sang");
        assertThat(accessLogOf(encrypted)).isEqualTo(AccessLog.inFile(earlierLog).entries());

        // the old ledger's table is verified too, once the file is archived: a row altered there is refused the same way
        Files.move(earlierLog, temp.resolve("archived-" + LedgerAccessLog.EARLIER_FILE));
        try (Connection connection = JdbcStores.h2(plain).getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE access_log SET purpose = 'xem cho biết' WHERE sequence = 1")) {
            assertThat(update.executeUpdate()).isOne();
        }
        Path again = Files.createDirectories(temp.resolve("encrypted-again"));
        Cli alteredRow = Cli.run("encrypt-ledger", "--plan", plan.toString(), "--ledger", plain.toString(), "--to",
                again.toString(), "--master-key-file", keyFile.toString());
        assertThat(alteredRow.exitCode()).as(alteredRow.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(alteredRow.err()).contains("access_log, " + plain, "entry 1",
                PrivacyErrorCode.PRIVACY_ACCESS_LOG_BROKEN.name());
        assertThat(again).isEmptyDirectory();
    }

    @Test
    void run_withoutAMasterKey_warnsOnceThatPersonalDataIsInPlainText_namingTheOption_andWithOneDoesNot() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        Path keyFile = Files.writeString(temp.resolve("master.key"), MasterKey.generate().toBase64());

        Cli plain = Cli.run("run", "--output", temp.resolve("plain").toString(), "--replicates", "1", "--threads", "1");
        Cli encrypted = Cli.run("run", "--output", temp.resolve("encrypted").toString(), "--replicates", "1", "--threads",
                "1", "--master-key-file", keyFile.toString());

        assertThat(plain.exitCode()).as(plain.toString()).isZero();
        assertThat(plain.err()).containsOnlyOnce(ProgrammeOptions.PLAIN_TEXT_WARNING)
                .contains("--master-key-file", MasterKey.ENVIRONMENT_VARIABLE, "văn bản thường", "plain text");
        assertThat(encrypted.exitCode()).as(encrypted.toString()).isZero();
        assertThat(encrypted.err()).doesNotContain("WARNING").doesNotContain("plain text");
        // the key did encrypt: its ledger does not open without it
        assertThatThrownBy(() -> ProgrammeHost.shared(List.of(ProgrammeFile.shipped()),
                ProvinceData.of(ProvincePacks.quangNam()), Optional.of(temp.resolve("encrypted/ledger")), Optional.empty()))
                .isInstanceOfSatisfying(KetnghiaException.class,
                        e -> assertThat(e.code()).isEqualTo(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING));
    }

    /**
     * The ledger recorded in plain text on 4 December 2026, written as its backup {@code plainBackup} and imported
     * from it into {@code plain} under the temporary folder.
     */
    private Path importTheRecordedPlainLedger(Path plan, Path plainBackup) throws Exception {
        try (var in = new GZIPInputStream(RecordedFixture.open("ledger.jsonl.gz"))) {
            Files.copy(in, plainBackup);
        }
        Path plain = temp.resolve("plain");
        Cli imported = Cli.run("import", "--plan", plan.toString(), "--ledger", plain.toString(), "--file",
                plainBackup.toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        return plain;
    }

    private static List<String> gunzip(String name) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(RecordedFixture.open(name)), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    /** The entries of the access log in the ledger's database, after checking that its chain is whole. */
    private static List<AccessLogEntry> accessLogOf(Path ledger) {
        try (LedgerAccessLog accessLog = LedgerAccessLog.open(ledger)) {
            assertThat(accessLog.log().verify()).isEmpty();
            return accessLog.log().entries();
        }
    }
}
