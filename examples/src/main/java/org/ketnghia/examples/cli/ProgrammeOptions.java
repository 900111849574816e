package org.ketnghia.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ketnghia.core.admin.AdministrativeDataLoader;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.examples.programme.ProgrammeFile;
import picocli.CommandLine.Option;

/** Options every subcommand shares: the programme file, the province's units, the output folder and the ledger folder. */
public final class ProgrammeOptions {

    @Option(names = {"-p", "--plan"}, paramLabel = "FILE",
            description = "Tệp kế hoạch JSON / programme file (default: the shipped quang-nam-2021.json)")
    Path plan;

    @Option(names = {"-u", "--units"}, paramLabel = "FILE",
            description = "Tệp đơn vị hành chính JSON của tỉnh / the province's administrative units, JSON"
                    + " (default: Quảng Nam's reference units shipped with ketnghia)")
    Path units;

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

    /**
     * The province's administrative units: the file given with {@code --units}, or Quảng Nam's reference
     * units, which this Quảng Nam host names explicitly (the library has no built-in province).
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the units file
     */
    public AdministrativeRegistry provinceUnits() {
        if (units == null) {
            return AdministrativeRegistry.quangNamReference();
        }
        try (InputStream in = Files.newInputStream(units)) {
            return new AdministrativeDataLoader().load(in, units.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the units file " + units + ": " + e.getMessage(), e);
        }
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
