package org.ketnghia.examples.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.DataErasure;
import org.ketnghia.core.privacy.EraseDataSubject;
import org.ketnghia.examples.host.ProgrammeHost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code erase}: erases a data subject's personal data (xóa dữ liệu cá nhân) by destroying its key, after recording
 * the erasure with its legal basis and who asked. The chain still verifies; the subject's fields read as erased.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Xóa dữ liệu cá nhân của một chủ thể (hủy khóa của chủ thể; ghi sự kiện xóa với căn cứ pháp lý).",
            "Erase a data subject's personal data (destroys its key; records the erasure with its legal basis)."})
public final class EraseCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @Mixin
    DataSubjectOptions dataSubject;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày quyết định xóa / date of the decision")
    LocalDate date;

    @Option(names = "--legal-basis", required = true, description = "Căn cứ pháp lý / legal basis")
    String legalBasis;

    @Option(names = "--requested-by", required = true, paramLabel = "SỐ-VĂN-BẢN",
            description = "Số hiệu đơn, văn bản yêu cầu (vd. 12/ĐN-UBND), không ghi tên người"
                    + " / the request's reference (e.g. 12/ĐN-UBND), never a name")
    String requestedBy;

    @Option(names = "--reason", defaultValue = "", description = "Lý do / reason")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgrammeHost.Shared ledger = PersonalDataCommands.requireKeys(LedgerCommands.openExisting(options))) {
            ProgrammeHost host = ledger.hosts().get(0);
            EventEnvelope recorded = new DataErasure(host.runtime().ledger(), ledger.keys().get().keys()).erase(
                    new EraseDataSubject(ProgrammeHost.PROVINCE, dataSubject.unitCode, date, dataSubject.subject, legalBasis,
                            requestedBy, reason));
            spec.commandLine().getOut().println("Đã xóa dữ liệu cá nhân của / erased the personal data of "
                    + dataSubject.subject
                    + " (sự kiện / event " + recorded.sequence() + ")");
            return ExitCodes.OK;
        }
    }
}
