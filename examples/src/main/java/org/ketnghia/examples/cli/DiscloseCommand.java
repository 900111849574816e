package org.ketnghia.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.disclosure.SupportLedger;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.output.AtomicFile;
import org.ketnghia.examples.output.OutputWriter;
import org.ketnghia.examples.output.SimulationMarks;
import org.ketnghia.examples.output.print.PrintedLists;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code disclose}: the public list (<i>danh sách niêm yết công khai</i>) of a commune, printed to the terminal and
 * written as CSV and as a printable A4 PDF.
 */
@Command(name = "disclose", mixinStandardHelpOptions = true,
        description = {"Danh sách niêm yết công khai của một xã: họ tên chủ hộ, thôn, diện hộ, nội dung và mức hỗ trợ.",
            "The public list of a commune: head of household, village, category, support and value."})
public final class DiscloseCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-c", "--commune"}, required = true, paramLabel = "CODE",
            description = "Mã xã / commune code, e.g. QNA.TAY-GIANG.A-XAN")
    String commune;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày niêm yết / listing date (default: last day of the programme)")
    LocalDate date;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgrammeHost.Shared ledger = LedgerCommands.openExisting(options)) {
            ProgrammeHost programme = programmeOf(ledger);
            LocalDate on = date != null ? date : OutputWriter.listingDate(programme, commune,
                    programme.plan().programme().start().plusYears(programme.plan().programme().years()).minusDays(1));
            PublicListing listing = programme.projection(SupportLedger.class).publicListing(commune, on, programme.units());
            Optional<String> mark = SimulationMarks.of(programme);
            spec.commandLine().getOut().print(SimulationMarks.text(listing.toText(), mark));
            Path file = options.output(programme).resolve(OutputWriter.DISCLOSURE).resolve(commune + ".csv");
            try {
                AtomicFile.write(file, AtomicFile.Access.OWNER_ONLY, SimulationMarks.csv("\uFEFF" + listing.toCsv(), mark));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            spec.commandLine().getOut().println("Tệp / file: " + file);
            Path printed = PrintedLists.of(programme)
                    .write(commune, listing, file.getParent());
            spec.commandLine().getOut().println("Bản in / printable: " + printed);
            return ExitCodes.OK;
        }
    }

    /** The programme whose list is asked for: the only one, or the one of which the commune is a pilot commune. */
    private ProgrammeHost programmeOf(ProgrammeHost.Shared ledger) {
        ProgrammeHost first = ledger.hosts().get(0);
        if (first.units().unit(commune).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Không có xã " + commune + " / There is no commune " + commune);
        }
        if (!options.severalProgrammes()) {
            return first;
        }
        return ledger.hosts().stream().filter(host -> host.plan().pilotCommunes().stream()
                .anyMatch(pilot -> pilot.code().equals(commune))).findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "Xã " + commune
                        + " không là xã thí điểm của chương trình nào đã cho / Commune " + commune
                        + " is a pilot commune of none of the programmes given"));
    }
}
