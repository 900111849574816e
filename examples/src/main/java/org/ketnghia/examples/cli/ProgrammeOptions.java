package org.ketnghia.examples.cli;

import java.nio.file.Path;
import org.ketnghia.examples.programme.ProgrammeFile;
import picocli.CommandLine.Option;

/** Options every subcommand shares: the programme file, the output folder and the ledger folder. */
public final class ProgrammeOptions {

    @Option(names = {"-p", "--plan"}, paramLabel = "FILE",
            description = "Tệp kế hoạch JSON / programme file (default: the shipped quang-nam-2021.json)")
    Path plan;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Thư mục kết quả / output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {"-l", "--ledger"}, paramLabel = "DIR",
            description = "Thư mục sổ cái H2 / ledger folder (default: <output>/ledger)")
    Path ledger;

    /** Reads the programme file (or the shipped one). */
    public ProgrammeFile programmeFile() {
        return plan == null ? ProgrammeFile.shipped() : ProgrammeFile.read(plan);
    }

    /** The output folder. */
    public Path output() {
        return output;
    }

    /** The ledger folder. */
    public Path ledger() {
        return ledger != null ? ledger : output.resolve("ledger");
    }

    /** Whether the ledger folder was given explicitly. */
    public boolean ledgerGiven() {
        return ledger != null;
    }
}
