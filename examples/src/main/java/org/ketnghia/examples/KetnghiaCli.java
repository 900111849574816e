package org.ketnghia.examples;

import java.io.PrintWriter;
import org.ketnghia.examples.cli.BudgetCommand;
import org.ketnghia.examples.cli.DiscloseCommand;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.cli.ExportCommand;
import org.ketnghia.examples.cli.ImportCommand;
import org.ketnghia.examples.cli.ReportCommand;
import org.ketnghia.examples.cli.RunCommand;
import org.ketnghia.examples.cli.SimulateCommand;
import org.ketnghia.examples.cli.ValidateCommand;
import org.ketnghia.examples.cli.VerifyCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ketnghia}: the command-line interface of the examples application. With no subcommand it
 * prints its help. Exit codes are listed in {@link ExitCodes}.
 */
@Command(name = "ketnghia", mixinStandardHelpOptions = true, version = "ketnghia examples 0.1.0",
        description = {"Chương trình kết nghĩa tỉnh Quảng Nam 2021: kiểm tra kế hoạch, dự toán, mô phỏng, sổ cái, báo cáo.",
            "The Quảng Nam 2021 twinning programme: plan checks, budget, simulation, ledger, reports."},
        subcommands = {ValidateCommand.class, BudgetCommand.class, SimulateCommand.class, RunCommand.class,
            ReportCommand.class, DiscloseCommand.class, VerifyCommand.class, ExportCommand.class, ImportCommand.class, org.ketnghia.examples.cli.RollupCommand.class,
            org.ketnghia.examples.cli.CompareCommand.class,
            org.ketnghia.examples.cli.ForecastCommand.class,
            org.ketnghia.examples.cli.EraseCommand.class, org.ketnghia.examples.cli.SubjectExportCommand.class,
            org.ketnghia.examples.cli.EncryptLedgerCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes / Mã thoát:%n",
        exitCodeList = {"0:thành công / success", "1:lỗi nội bộ / internal error",
            "2:sai cú pháp lệnh / invalid command-line usage", "3:tệp kế hoạch không hợp lệ / invalid programme file",
            "4:chuỗi băm của sổ cái bị phá vỡ / ledger hash chain broken",
            "5:sổ cái không dùng được, hoặc bản sao lưu bị từ chối (thiếu phần, bị cắt, bị sửa, lẫn phần của lần sao"
                + " lưu khác, sai khóa chủ) / ledger missing, not empty or unreadable, or a backup refused (a part"
                + " missing, cut, altered or of another export; a wrong master key)",
            "6:run: một vết mô phỏng bị dừng giữa chừng (xem stderr và stoppedTraces trong run.json); mọi thứ khác vẫn"
                + " được ghi / a simulated trace was stopped before its end (see stderr, and stoppedTraces in run.json);"
                + " everything else is recorded and written"})
public final class KetnghiaCli implements Runnable {

    static {
        // Apache POI logs through Log4j 2; without a provider Log4j complains on stderr. Use its simple logger.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.setProperty("java.awt.headless", "true");
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and exits the JVM with a non-zero code on failure. */
    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the CLI in-process.
     *
     * @return the exit code
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new KetnghiaCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(ExitCodes::handle);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
