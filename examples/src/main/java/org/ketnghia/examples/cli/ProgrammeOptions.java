package org.ketnghia.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import picocli.CommandLine.Option;

/** Options every subcommand shares: the programme file, the province's units, the output folder and the ledger folder. */
public final class ProgrammeOptions {

    /** The option naming the master key file, which turns on the encryption of people's personal data. */
    public static final String MASTER_KEY_OPTION = "--master-key-file";

    /**
     * What {@code run} prints on stderr when it records a ledger without a master key: people's personal fields then
     * go into it in plain text. One line, naming the option and the environment variable that turn encryption on.
     */
    public static final String PLAIN_TEXT_WARNING = "CẢNH BÁO / WARNING: chưa có khóa chủ, dữ liệu cá nhân (họ tên, số"
            + " định danh, địa chỉ …) được ghi vào sổ cái dưới dạng văn bản thường; hãy dùng " + MASTER_KEY_OPTION
            + " TỆP (hoặc biến môi trường " + MasterKey.ENVIRONMENT_VARIABLE + ") để mã hóa. / no master key: personal"
            + " data (names, ID numbers, addresses …) is recorded in the ledger in plain text; give " + MASTER_KEY_OPTION
            + " FILE (or set " + MasterKey.ENVIRONMENT_VARIABLE + ") to encrypt it.";

    @Option(names = {"-p", "--plan"}, paramLabel = "FILE",
            description = {"Tệp kế hoạch JSON / programme file (default: the shipped quang-nam-2021.json).",
                "Lặp lại cho các chương trình cùng một sổ cái / repeat for programmes sharing one ledger"
                        + " (each then writes its outputs under <output>/<programme id>)"})
    List<Path> plans;

    @Option(names = {"--province"}, paramLabel = "DIR",
            description = "Gói dữ liệu tỉnh / the province data pack folder (default: the pack the programme file names)")
    Path province;

    @Option(names = {"-u", "--units"}, paramLabel = "FILE",
            description = "Tệp đơn vị hành chính JSON của tỉnh / the province's administrative units, JSON"
                    + " instead of a pack: units alone, no model data")
    Path units;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Thư mục kết quả / output folder (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = {MASTER_KEY_OPTION}, paramLabel = "FILE",
            description = {"Tệp khóa chủ (base64) để mã hóa dữ liệu cá nhân; biến môi trường KETNGHIA_MASTER_KEY được ưu tiên."
                    + " Không có khóa chủ, dữ liệu cá nhân được ghi dưới dạng văn bản thường.",
                "Master key file (base64) encrypting personal data; the environment variable KETNGHIA_MASTER_KEY wins."
                    + " Without a master key, personal data is recorded in plain text."})
    Path masterKeyFile;

    @Option(names = {"-l", "--ledger"}, paramLabel = "DIR",
            description = "Thư mục sổ cái H2 / ledger folder (default: <output>/ledger)")
    Path ledger;

    /** Reads the first programme file (or the shipped one). */
    public ProgrammeFile programmeFile() {
        return programmeFiles().get(0);
    }

    /** Reads every programme file given, in order (or the shipped one): the programmes sharing the ledger. */
    public List<ProgrammeFile> programmeFiles() {
        return plans == null || plans.isEmpty() ? List.of(ProgrammeFile.shipped())
                : plans.stream().map(ProgrammeFile::read).toList();
    }

    /** Whether several programmes share the ledger, each writing its outputs in a folder of its own. */
    public boolean severalProgrammes() {
        return plans != null && plans.size() > 1;
    }

    /** Where {@code host}'s programme writes: the output folder, or its programme's folder in it when there are several. */
    public Path output(ProgrammeHost host) {
        return severalProgrammes() ? output.resolve(host.plan().programme().id()) : output;
    }

    /**
     * The province of the first programme file given (or the shipped one): see {@link #province(ProgrammeFile)}.
     * Programmes sharing a ledger are of one province (checked when the ledger is opened).
     */
    public ProvinceData province() {
        return province(programmeFile());
    }

    /**
     * The province {@code file} runs in: the data pack given with {@code --province}; otherwise the units
     * file given with {@code --units} (units alone, no model data); otherwise the pack the programme file
     * names ({@code programme.provincePack}: {@code classpath:<folder>} or a folder relative to the
     * programme file). Nothing about one province is built in: a programme that names no pack, run
     * without {@code --province}, is refused.
     *
     * @throws PlanException if the programme names no pack and none is given
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the pack or units file
     */
    public ProvinceData province(ProgrammeFile file) {
        return ProvinceData.resolve(file, Optional.ofNullable(province), Optional.ofNullable(units));
    }

    /** The master key: the environment variable {@code KETNGHIA_MASTER_KEY}, else {@code --master-key-file}, if given. */
    public Optional<MasterKey> masterKey() {
        return org.ketnghia.examples.host.LedgerKeys.masterKey(Optional.ofNullable(masterKeyFile));
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
