package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.privacy.InMemorySubjectKeyStore;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.SubjectKeyBackup;
import org.ketnghia.core.privacy.SubjectKeyStore;
import org.ketnghia.core.privacy.SubjectKeys;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.ReportingPeriod;
import org.ketnghia.core.reporting.rollup.NationalRollUp;
import org.ketnghia.core.reporting.rollup.ProvinceLedger;
import org.ketnghia.core.reporting.rollup.RollUpBuilder;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.store.jdbc.JdbcSubjectKeyStore;

/**
 * The host side of the national roll-up: each province given as its programme file, its ledger (an H2
 * folder or a JSON Lines export) and its units, opened read-only, configured like the province's own
 * host (models from the programme file, the host's funding indicators and every model's own, the
 * programme's years and reviews), and handed to the core's {@link RollUpBuilder}. A province's ledger
 * that holds several programmes is reported on for the programme its file names (its whole chain is
 * verified).
 *
 * <p>A national body need not hold the provinces' master keys: a province given without one is read with people's
 * encrypted fields masked ({@link PayloadProtection#masked()}). Its chain verifies all the same (the hashes cover the
 * stored bytes), its figures that rest on fields kept in the clear are exact, and those that rest on personal data
 * are reported as not available ({@link org.ketnghia.core.reporting.rollup.IncludedLedger#indicatorsNotAvailable()}).
 * A province given with its master key file is read in full: an H2 ledger with the keys of its own {@code
 * subject_key} table, a JSON Lines export with those of the {@code <file>.keys} written beside it.
 */
public final class NationalRollUps {

    private NationalRollUps() {
    }

    /**
     * One province of a roll-up.
     *
     * @param id the province's id in the roll-up, e.g. {@code "quang-nam"}
     * @param name the name to show; empty: the name of the programme's province unit
     * @param programme the province's programme file: the programme reported on
     * @param others the other programmes sharing the ledger, read (their models and villages) but not reported on
     * @param ledger an H2 ledger folder, or a {@code .jsonl} / {@code .jsonl.gz} export
     * @param units the province's administrative units (JSON) instead of the pack the programme file names
     * @param masterKeyFile the province's master key file ({@link MasterKey#fromFile}), to read its people's encrypted
     *     fields; empty: they are read masked, and the figures resting on them are not available
     */
    public record ProvinceInput(String id, Optional<String> name, Path programme, List<Path> others, Path ledger,
            Optional<Path> units, Optional<Path> masterKeyFile) {

        /** A province read without its master key. */
        public ProvinceInput(String id, Optional<String> name, Path programme, List<Path> others, Path ledger,
                Optional<Path> units) {
            this(id, name, programme, others, ledger, units, Optional.empty());
        }

        /** Checks that no part is missing and copies the list. */
        public ProvinceInput {
            requireNonNull(id, "id");
            requireNonNull(name, "name");
            requireNonNull(programme, "programme");
            others = List.copyOf(others);
            requireNonNull(ledger, "ledger");
            requireNonNull(units, "units");
            requireNonNull(masterKeyFile, "masterKeyFile");
        }
    }

    /** Whether {@code ledger} exists: an H2 ledger folder or a JSON Lines export file. */
    public static boolean ledgerExists(Path ledger) {
        return JsonLinesLedger.isJsonLines(ledger) ? Files.isRegularFile(ledger) : LedgerFiles.exists(ledger);
    }

    /**
     * Opens every province's ledger read-only, rolls them up and closes them.
     *
     * @throws org.ketnghia.examples.programme.PlanException if a programme file or its units are invalid
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the roll-up's inputs; {@code
     *     PRIVACY_MASTER_KEY_*} for a master key file that cannot be read
     */
    public static NationalRollUp rollUp(List<ProvinceInput> inputs) {
        requireNonNull(inputs, "inputs");
        List<AutoCloseable> stores = new ArrayList<>();
        try {
            RollUpBuilder builder = new RollUpBuilder();
            for (ProvinceInput input : inputs) {
                builder.add(open(input, stores));
            }
            return builder.build();
        } finally {
            for (AutoCloseable store : stores) {
                try {
                    store.close();
                } catch (Exception e) {
                    // closing after the roll-up: the ledgers were only read
                }
            }
        }
    }

    private static ProvinceLedger open(ProvinceInput input, List<AutoCloseable> stores) {
        ProgrammeFile file = ProgrammeFile.read(input.programme());
        ProvinceData province = ProvinceData.resolve(file, Optional.empty(), input.units());
        AdministrativeRegistry units = ProgrammeHost.unitsOf(file, province.units());
        ProgrammeModels models = ProgrammeModels.of(file, province);
        for (Path other : input.others()) {
            ProgrammeFile otherFile = ProgrammeFile.read(other);
            units = ProgrammeHost.unitsOf(otherFile, units);
            models = models.orElse(ProgrammeModels.of(otherFile, province));
        }
        KetnghiaRuntime runtime = ExamplesInjector.runtime(ProgrammeHost.clockOf(file.plan()), null, units, models);
        Optional<MasterKey> masterKey = input.masterKeyFile().map(keyFile -> ofProvince(input, () -> MasterKey.fromFile(keyFile)));
        EventStore store;
        if (JsonLinesLedger.isJsonLines(input.ledger())) {
            PayloadProtection protection = masterKey.map(key -> ofProvince(input, () -> PayloadProtection.withKeys(
                    SubjectKeys.open(key, exportedKeys(input.ledger()))))).orElseGet(PayloadProtection::masked);
            store = JsonLinesLedger.read(input.ledger(), new EventCodec(runtime.objectMapper(), protection));
        } else {
            DataSource dataSource = JdbcStores.h2(input.ledger());
            PayloadProtection protection = PayloadProtection.masked();
            if (masterKey.isPresent()) {
                JdbcSubjectKeyStore keys = JdbcSubjectKeyStore.open(dataSource, ProgrammeHost.clockOf(file.plan()));
                stores.add(keys);
                protection = ofProvince(input, () -> PayloadProtection.withKeys(SubjectKeys.open(masterKey.get(), keys)));
            }
            store = JdbcEventStore.open(dataSource, new EventCodec(runtime.objectMapper(), protection));
        }
        stores.add(store);
        List<IndicatorSource> sources = new ArrayList<>(ProgrammeReports.hostSources());
        for (PilotModel model : runtime.models()) {
            sources.addAll(model.indicatorSources(runtime.context()));
        }
        AdministrativeRegistry allUnits = units;
        String name = input.name().orElseGet(() -> allUnits.unit(file.plan().programme().provinceCode())
                .map(unit -> unit.displayName(Locale.forLanguageTag("vi"))).orElse(input.id()));
        List<ReportingPeriod> periods = ReportingPeriod.programmePeriods(file.plan().programme().start());
        return new ProvinceLedger(input.id(), name, store, new EventChain(runtime.objectMapper()), units, sources, periods,
                Optional.of(file.plan().programme().id()), masterKey.isEmpty());
    }

    /**
     * What {@code step} gives, its problems (a master key file missing, malformed or not the province's: {@code
     * PRIVACY_MASTER_KEY_*}) reported on the field {@code provinces[<id>].masterKeyFile}, so that the body knows which
     * province's key to fix; the roll-up then stops, nothing written.
     */
    private static <T> T ofProvince(ProvinceInput input, Supplier<T> step) {
        try {
            return step.get();
        } catch (KetnghiaException e) {
            String field = "provinces[" + input.id() + "].masterKeyFile";
            throw new KetnghiaException(e.problems().stream()
                    .map(problem -> new Problem(problem.code(), field, problem.arguments())).toList(), e);
        }
    }

    /**
     * The subjects' keys an {@code export} wrote beside {@code ledger} ({@code <file>.keys}), in memory; none when there
     * is no such file, so that an encrypted event is then refused as unreadable (the ledger is excluded, named).
     */
    private static SubjectKeyStore exportedKeys(Path ledger) {
        InMemorySubjectKeyStore keys = new InMemorySubjectKeyStore();
        Path file = ledger.resolveSibling(ledger.getFileName() + ".keys");
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                SubjectKeyBackup.restore(in, keys);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the keys " + file + ": " + e.getMessage(), e);
            }
        }
        return keys;
    }
}
