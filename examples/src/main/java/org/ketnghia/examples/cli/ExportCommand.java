package org.ketnghia.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.ketnghia.examples.host.LedgerFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the ledger as a JSON Lines backup. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Sao lưu sổ cái ra tệp JSON Lines.", "Back the ledger up to a JSON Lines file."})
public final class ExportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Tệp sao lưu / backup file (default: <output>/ledger-backup.jsonl)")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LedgerCommands.requireLedger(options);
        Path target = (file != null ? file : options.output().resolve("ledger-backup.jsonl")).toAbsolutePath();
        try (LedgerFiles files = LedgerCommands.openFiles(options)) {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            long count;
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                count = files.backup().export(files.store(), writer);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (!files.keys().entries().isEmpty()) {
                // the subjects' keys, still wrapped by the master key, beside the events: the backup holds no clear text
                Path keys = PersonalDataCommands.keysFileOf(target);
                try (Writer writer = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
                    org.ketnghia.core.privacy.SubjectKeyBackup.export(files.keys(), writer);
                }
                spec.commandLine().getOut().println("Khóa dữ liệu (đã bọc bằng khóa chủ) / wrapped subject keys: " + keys);
            }
            spec.commandLine().getOut().println("Đã sao lưu / exported " + count + " sự kiện / events to " + target);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
