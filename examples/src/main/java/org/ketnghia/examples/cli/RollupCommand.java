package org.ketnghia.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ketnghia.core.reporting.rollup.ExcludedLedger;
import org.ketnghia.core.reporting.rollup.IncludedLedger;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.examples.host.NationalRollUps;
import org.ketnghia.examples.output.RollUpWriter;
import org.ketnghia.examples.output.StagedDirectory;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollup}: the national roll-up of several provinces' ledgers. Each ledger's hash chain is verified
 * first; a broken or unreadable one is excluded and named (one line on stderr each). Exits with {@link
 * ExitCodes#CHAIN_BROKEN} when every ledger was excluded.
 *
 * <p>A province given without {@code --master-key-file} is read with its people's encrypted fields masked: a national
 * body needs no province's master key. Its figures that rest on personal data (ethnicity, names, …) are then reported
 * as not available, and so is their national total; one line on stdout names them per province.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true,
        description = {"Tổng hợp toàn quốc từ sổ cái của nhiều tỉnh: kiểm tra chuỗi băm từng sổ cái (sổ cái hỏng bị loại và"
                + " nêu tên), báo cáo từng tỉnh và toàn quốc (JSON, CSV, Excel, HTML).",
            "Không cần khóa chủ của tỉnh: sổ cái mã hóa được đọc với dữ liệu cá nhân bị ẩn; chỉ tiêu dựa trên dữ liệu cá"
                    + " nhân (dân tộc, họ tên, …) ghi \"không có khóa\", kể cả số toàn quốc; các số khác vẫn chính xác.",
            "National roll-up of several provinces' ledgers: each hash chain verified first (a broken ledger is named"
                    + " and excluded), reports per province and nationally (JSON, CSV, Excel, HTML).",
            "No province's master key is needed: an encrypted ledger is read with personal data masked; indicators"
                    + " resting on it (ethnicity, names, …) read \"no key\", nationally too; every other figure is exact."},
        footer = {"%nVí dụ / example:",
            "  rollup --province quang-nam --plan quang-nam-2021.json --ledger output/ledger \\",
            "         --province tinh-b --plan tinh-b.json --units tinh-b-units.json --ledger tinh-b.jsonl.gz -o output/rollup"})
public final class RollupCommand implements Callable<Integer> {

    /** One province's options; each group starts with {@code --province}. */
    static final class ProvinceOptions {
        @Option(names = "--province", required = true, paramLabel = "ID",
                description = "Mã tỉnh trong báo cáo tổng hợp / the province's id in the roll-up, e.g. quang-nam")
        String id;

        @Option(names = "--name", paramLabel = "NAME",
                description = "Tên hiển thị / name to show (default: the programme's province unit)")
        String name;

        @Option(names = {"-p", "--plan"}, required = true, paramLabel = "FILE",
                description = {"Tệp kế hoạch JSON của tỉnh / the province's programme file, reported on;",
                    "lặp lại cho các chương trình khác cùng sổ cái / repeat for the other programmes sharing the"
                            + " ledger (read, not reported)"})
        List<Path> plans;

        @Option(names = {"-l", "--ledger"}, required = true, paramLabel = "PATH",
                description = "Sổ cái: thư mục H2 hoặc tệp .jsonl/.jsonl.gz / ledger: H2 folder or JSON Lines export")
        Path ledger;

        @Option(names = {"-u", "--units"}, paramLabel = "FILE",
                description = "Đơn vị hành chính JSON của tỉnh / the province's administrative units"
                        + " (default: the data pack the programme file names)")
        Path units;

        @Option(names = "--master-key-file", paramLabel = "FILE",
                description = {"Khóa chủ của tỉnh, nếu cơ quan tổng hợp giữ nó: đọc đầy đủ dữ liệu cá nhân (mặc định:"
                        + " dữ liệu cá nhân bị ẩn, chỉ tiêu dựa trên nó không có số liệu) /",
                    "the province's master key, if the national body holds it: personal data read in full"
                            + " (default: masked, figures resting on it not available)"})
        Path masterKeyFile;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*", heading = "%nTừng tỉnh / each province:%n")
    List<ProvinceOptions> provinces = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output/rollup",
            description = "Thư mục kết quả / output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<NationalRollUps.ProvinceInput> inputs = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ProvinceOptions province : provinces) {
            if (!NationalRollUps.ledgerExists(province.ledger)) {
                missing.add(province.id + ": " + province.ledger);
            }
            inputs.add(new NationalRollUps.ProvinceInput(province.id, Optional.ofNullable(province.name),
                    province.plans.get(0), province.plans.subList(1, province.plans.size()), province.ledger,
                    Optional.ofNullable(province.units), Optional.ofNullable(province.masterKeyFile)));
        }
        if (!missing.isEmpty()) {
            throw new ExitCodes.LedgerProblem("Không có sổ cái / No ledger at: " + String.join("; ", missing));
        }
        NationalRollUp rollUp = NationalRollUps.rollUp(inputs);
        try (StagedDirectory staged = StagedDirectory.of(output)) {
            RollUpWriter.write(rollUp, staged.path());
            staged.commit();
        }
        for (IncludedLedger ledger : rollUp.includedLedgers()) {
            out.println("  đưa vào / included  " + ledger.provinceId() + " (" + ledger.provinceName() + "): "
                    + ledger.eventsChecked() + " sự kiện / events, cuối / last " + ledger.lastSequence() + " "
                    + ledger.lastHash());
            if (!ledger.indicatorsNotAvailable().isEmpty()) {
                out.println("    không có khóa / no key: " + ledger.indicatorsNotAvailable().size()
                        + " chỉ tiêu không có số liệu (dữ liệu cá nhân bị ẩn) / indicators not available (personal data"
                        + " masked): " + String.join(", ", ledger.indicatorsNotAvailable()));
            }
        }
        for (ExcludedLedger ledger : rollUp.excluded()) {
            err.println("BỊ LOẠI / EXCLUDED " + ledger.provinceId() + " first-bad-sequence "
                    + ledger.firstBadSequence().map(String::valueOf).orElse("-") + " [" + ledger.code().name() + "] "
                    + ledger.reason().vi() + " / " + ledger.reason().en());
        }
        out.println("Kết quả / written to: " + output);
        return rollUp.nothingIncluded() ? ExitCodes.CHAIN_BROKEN : ExitCodes.OK;
    }
}
