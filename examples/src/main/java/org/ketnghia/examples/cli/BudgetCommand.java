package org.ketnghia.examples.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.host.PlanChecks;
import org.ketnghia.examples.host.ProgrammeHost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code budget}: the plan's budget per model and district, computed by each model from its section. */
@Command(name = "budget", mixinStandardHelpOptions = true,
        description = {"Dự toán kinh phí theo mô hình và huyện, do từng mô hình tính từ phần kế hoạch của mình.",
            "The plan's budget per model and district, computed by each model from its section."})
public final class BudgetCommand implements Callable<Integer> {

    @Mixin
    ProgrammeOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ProgrammeHost.Shared ledger = ProgrammeHost.shared(options.programmeFiles(), options.province(),
                java.util.Optional.empty())) {
            for (ProgrammeHost host : ledger.hosts()) {
                print(host, ValidateCommand.checked(host));
            }
            return ExitCodes.OK;
        }
    }

    private void print(ProgrammeHost host, PlanChecks checks) {
        var out = spec.commandLine().getOut();
        LocalDate start = host.plan().programme().start();
        out.println("DỰ TOÁN KINH PHÍ / BUDGET — " + host.plan().programme().titleVi());
        Money total = Money.ZERO;
        for (Map.Entry<String, BudgetEstimate> entry : checks.budgets().entrySet()) {
            PilotModel model = host.runtime().model(entry.getKey());
            Money modelTotal = entry.getValue().total();
            total = total.plus(modelTotal);
            out.println();
            out.println(model.name().vi() + " (" + model.id() + "): " + modelTotal.toVietnamese() + " — "
                    + MoneyFormat.exactVietnamese(modelTotal) + " / " + modelTotal.toEnglish());
            Map<String, Money> byDistrict = new LinkedHashMap<>();
            entry.getValue().totalsByUnit().forEach((unit, amount) -> byDistrict.merge(districtOf(host, unit, start),
                    amount, Money::plus));
            byDistrict.forEach((unit, amount) -> out.println(String.format("    %-34s %28s", host.units().unit(unit)
                    .map(u -> u.name()).orElse(unit), MoneyFormat.exactVietnamese(amount))));
        }
        out.println();
        out.println("TỔNG CỘNG / TOTAL: " + total.toVietnamese() + " — " + MoneyFormat.exactVietnamese(total));
    }

    private static String districtOf(ProgrammeHost host, String unitCode, LocalDate on) {
        return host.units().ancestorAtLevel(unitCode, AdminLevel.DISTRICT, on).map(unit -> unit.code()).orElse(unitCode);
    }
}
