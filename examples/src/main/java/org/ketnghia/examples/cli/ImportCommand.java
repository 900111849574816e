package org.ketnghia.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ketnghia.examples.host.LedgerFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import}: restores a JSON Lines backup into an empty ledger, after checking every hash. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Khôi phục sổ cái từ tệp JSON Lines vào sổ cái trống, sau khi kiểm tra mọi mã băm.",
            "Restore a JSON Lines backup into an empty ledger, after checking every hash."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, required = true, paramLabel = "FILE", description = "Tệp sao lưu / backup file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Không có tệp / no such file: " + file);
        }
        try (LedgerFiles files = LedgerCommands.openFiles(options)) {
            if (files.store().lastSequence() > 0) {
                throw new ExitCodes.LedgerProblem("Sổ cái " + options.ledger() + " đã có " + files.store().lastSequence()
                        + " sự kiện; chỉ khôi phục vào sổ cái trống. / The ledger is not empty; restore needs an empty ledger.");
            }
            Path keys = PersonalDataCommands.keysFileOf(file);
            if (Files.isRegularFile(keys)) {
                // the subjects' keys stay wrapped: the ledger restored is read with the same master key
                try (BufferedReader reader = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
                    org.ketnghia.core.privacy.SubjectKeyBackup.restore(reader, files.keys());
                }
            }
            long count;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                count = files.backup().restore(reader, files.store());
            }
            spec.commandLine().getOut().println("Đã khôi phục / restored " + count + " sự kiện / events into " + options.ledger());
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
