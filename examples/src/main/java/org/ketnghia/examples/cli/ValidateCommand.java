package org.ketnghia.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.ketnghia.examples.host.PlanChecks;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.PlanException;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammePlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: checks the programme file and lists every problem with its place in the file. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Kiểm tra tệp kế hoạch (quy tắc 2 trong 4 mô hình, dự toán, mã đơn vị …), liệt kê mọi lỗi kèm vị trí.",
            "Check the programme file (2-of-4 rule, budget, unit codes …), listing every problem with its location."})
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<ProgrammeFile> files = options.programmeFiles();
        ProvinceData province = options.province(files.get(0));
        try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(files, province, java.util.Optional.empty())) {
            for (ProgrammeHost host : ledger.hosts()) {
                PlanChecks checks = checked(host);
                ProgrammePlan plan = host.plan();
                var out = spec.commandLine().getOut();
                out.println("Kế hoạch hợp lệ / Plan is valid: " + host.file().name());
                out.println("  " + plan.districts().size() + " huyện miền núi / mountain districts, "
                        + plan.pilotCommunes().size() + " xã thí điểm / pilot communes, " + plan.sponsors().size()
                        + " đơn vị kết nghĩa / sponsors, " + plan.agreements().size() + " thỏa thuận / agreements, "
                        + plan.pledges().size() + " cam kết / pledges");
                out.println("  Mô hình / models: " + String.join(", ", checks.budgets().keySet()));
            }
            return ExitCodes.OK;
        }
    }

    /** Checks the host's plan; throws with every problem if any. */
    static PlanChecks checked(ProgrammeHost host) {
        PlanChecks checks = PlanChecks.check(host);
        List<PlanError> errors = checks.errors();
        if (!errors.isEmpty()) {
            throw new PlanException(errors);
        }
        return checks;
    }
}
