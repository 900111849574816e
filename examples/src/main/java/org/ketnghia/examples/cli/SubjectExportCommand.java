package org.ketnghia.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ketnghia.core.ledger.DefaultPermissionPolicy;
import org.ketnghia.core.privacy.PersonalDataAccess;
import org.ketnghia.core.privacy.ReadPersonalData;
import org.ketnghia.core.privacy.SubjectExport;
import org.ketnghia.core.privacy.SubjectRecord;
import org.ketnghia.examples.host.LedgerAccessLog;
import org.ketnghia.examples.host.ProgrammeHost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code subject-export}: the data subject's copy — everything the ledger holds about one household or person,
 * decrypted, as JSON and as an HTML page in Vietnamese; the read is logged in the ledger's access log, in its
 * database ({@link LedgerAccessLog}).
 */
@Command(name = "subject-export", mixinStandardHelpOptions = true,
        description = {"Bản sao dữ liệu cá nhân của một chủ thể (JSON và trang HTML tiếng Việt); lần đọc được ghi nhật ký.",
            "The data subject's copy (JSON and a Vietnamese HTML page); the read is logged."})
public final class SubjectExportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Mixin
    DataSubjectOptions dataSubject;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày đọc / date of the read")
    LocalDate date;

    @Option(names = "--purpose", required = true, description = "Mục đích / purpose of the read")
    String purpose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgrammeHost.Shared ledger = PersonalDataCommands.requireKeys(LedgerCommands.openExisting(options));
                LedgerAccessLog accessLog = LedgerAccessLog.open(options.ledger())) {
            ProgrammeHost host = ledger.hosts().get(0);
            var runtime = host.runtime();
            PersonalDataAccess access = new PersonalDataAccess(runtime.ledger(), runtime.objectMapper(),
                    new DefaultPermissionPolicy(), accessLog.log(),
                    ProgrammeHost.clockOf(host.plan()));
            SubjectRecord record = access.read(new ReadPersonalData(ProgrammeHost.PROVINCE, dataSubject.unitCode, date,
                    dataSubject.subject, purpose));
            String name = "subject-" + record.subject().kind() + "-" + record.subject().id().replaceAll("[^A-Za-z0-9_-]", "_");
            Path folder = options.output();
            Files.createDirectories(folder);
            java.time.Instant now = ProgrammeHost.clockOf(host.plan()).instant();
            Files.writeString(folder.resolve(name + ".json"), SubjectExport.json(record, runtime.objectMapper(), now),
                    StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".html"), SubjectExport.html(record, runtime.objectMapper(), now),
                    StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Bản sao dữ liệu / subject's copy: " + record.events().size()
                    + " sự kiện / events -> " + folder.resolve(name + ".json") + ", " + folder.resolve(name + ".html"));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
