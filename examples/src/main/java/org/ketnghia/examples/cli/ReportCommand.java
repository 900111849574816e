package org.ketnghia.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ketnghia.core.money.MoneyFormat;
import org.ketnghia.core.money.Money;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProgrammeReports;
import org.ketnghia.examples.output.LedgerPosition;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.StagedDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code report}: annual reports for years 1–5, the 3-year interim and the 5-year final review, from the ledger. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Báo cáo năm 1–5, sơ kết 3 năm, tổng kết 5 năm từ sổ cái (JSON, CSV, Excel) vào <output>/reports.",
            "Annual reports for years 1–5, the 3-year interim and 5-year final reviews from the ledger (JSON, CSV, Excel)."})
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @CommandLine.Option(names = "--as-known-on", paramLabel = "DATE",
            description = {"Báo cáo theo những gì sổ cái đã biết đến hết ngày này (yyyy-mm-dd), ghi vào <output>/reports-as-known-<DATE>;"
                    + " mặc định: theo sự thật hiện nay, kể cả các điều chỉnh ghi sau.",
                "Reports as the ledger knew them at the end of DATE (yyyy-mm-dd), written to <output>/reports-as-known-<DATE>;"
                    + " default: as true now, corrections recorded later included."})
    java.time.LocalDate asKnownOn;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (ProgrammeHost.Shared ledger = LedgerCommands.openExisting(options)) {
            for (ProgrammeHost host : ledger.hosts()) {
                List<ProgrammeReports.NamedReport> reports = ProgrammeReports.build(host, java.util.Optional.ofNullable(asKnownOn));
                Path folder = options.output(host).resolve(asKnownOn == null ? OutputWriter.REPORTS
                        : OutputWriter.REPORTS + "-as-known-" + asKnownOn);
                try (StagedDirectory staged = StagedDirectory.of(folder)) {
                    OutputWriter.writeReports(reports, host.plan().programme().titleVi(), SimulationMarks.of(host),
                            asKnownOn == null ? LedgerPosition.of(host) : LedgerPosition.asKnownOn(host, asKnownOn),
                            staged.path());
                    staged.commit();
                }
                if (options.severalProgrammes()) {
                    out.println(host.plan().programme().id() + ": " + host.plan().programme().titleVi());
                }
                for (ProgrammeReports.NamedReport named : reports) {
                    Money spent = named.report().total(ProgrammeReports.SPENT.id())
                            .map(value -> Money.ofDong(value.numerator() / value.denominator())).orElse(Money.ZERO);
                    out.println(String.format("  %-22s %-40s đã chi / spent %s", named.slug(),
                            named.report().period().labelVi(), MoneyFormat.exactVietnamese(spent)));
                }
                out.println("Kết quả / written to: " + folder);
            }
            return ExitCodes.OK;
        }
    }
}
