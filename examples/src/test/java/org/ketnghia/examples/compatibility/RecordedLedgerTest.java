package org.ketnghia.examples.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.ledger.ChainVerification;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.reporting.ReportExport;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;

/**
 * A ledger recorded by an earlier version of ketnghia (the main job of 4 December 2026, before issue
 * 14, see the fixture's README) still restores with every hash checked, opens, verifies its chain,
 * replays into every projection, and gives the very report figures that version gave.
 */
class RecordedLedgerTest {

    private static final List<String> REPORTS = List.of("01-nam-thu-1", "02-nam-thu-2", "03-nam-thu-3", "04-nam-thu-4",
            "05-nam-thu-5", "06-so-ket-3-nam", "07-tong-ket-5-nam");

    @Test
    void ledgerRecordedBeforeIssue14_opensVerifiesReplays_andReportsTheSameFigures(@TempDir Path ledger) throws Exception {
        ProgrammeFile programme = ProgrammeFile.parse("fixtures/ledger-2026-12-04/programme.json",
                RecordedFixture.programmeInTodaysFormat());
        try (ProgrammeHost empty = ProgrammeHost.durable(programme, ProvinceData.of(ProvincePacks.quangNam()), ledger);
                BufferedReader backup = gunzip("ledger.jsonl.gz")) {
            long restored = empty.backup().restore(backup, empty.runtime().ledger().store());
            assertThat(restored).isEqualTo(26_643);
        }
        try (ProgrammeHost reopened = ProgrammeHost.durable(programme, ProvinceData.of(ProvincePacks.quangNam()), ledger)) {
            ChainVerification verification = reopened.runtime().ledger().verifyChain();
            assertThat(verification.isIntact()).as(verification.toString()).isTrue();
            assertThat(reopened.runtime().ledger().store().lastSequence()).isEqualTo(26_643);

            List<ProgrammeReports.NamedReport> reports = ProgrammeReports.build(reopened);
            assertThat(reports).extracting(ProgrammeReports.NamedReport::slug).containsExactlyElementsOf(REPORTS);
            for (ProgrammeReports.NamedReport report : reports) {
                // every line reported then is reported now, unchanged and in the same order; later versions may add
                // indicators (households supported, issue 17) and tables (per sponsor, per commune) between them
                List<String> then = read(gunzip("reports-" + report.slug() + ".csv.gz")).lines().toList();
                List<String> now = ReportExport.toCsv(report.report()).lines().toList();
                assertThat(now).as("report %s", report.slug()).containsSubsequence(then);
                java.util.Set<String> indicatorsThen = then.stream().skip(1).map(RecordedLedgerTest::indicatorId)
                        .collect(java.util.stream.Collectors.toSet());
                assertThat(now.stream().skip(1).filter(line -> !then.contains(line)).map(RecordedLedgerTest::indicatorId))
                        .as("report %s: added lines are only those of indicators added since", report.slug())
                        .doesNotContainAnyElementsOf(indicatorsThen);
            }
        }
    }

    /** The indicator id of a report CSV line: its eighth column, the quoted columns before it read as CSV. */
    private static String indicatorId(String line) {
        int column = 0;
        boolean quoted = false;
        StringBuilder value = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                if (column == 7) {
                    return value.toString();
                }
                column++;
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static BufferedReader gunzip(String name) throws IOException {
        InputStream in = RecordedFixture.open(name);
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }

    private static String read(BufferedReader reader) throws IOException {
        try (reader) {
            StringBuilder text = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                text.append(line).append('\n');
            }
            return text.toString();
        }
    }
}
