package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
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

/**
 * The host side of the national roll-up: each province given as its programme file, its ledger (an H2
 * folder or a JSON Lines export) and its units, opened read-only, configured like the province's own
 * host (models from the programme file, the host's funding indicators and every model's own, the
 * programme's years and reviews), and handed to the core's {@link RollUpBuilder}. A province's ledger
 * that holds several programmes is reported on for the programme its file names (its whole chain is
 * verified).
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
     */
    public record ProvinceInput(String id, Optional<String> name, Path programme, List<Path> others, Path ledger,
            Optional<Path> units) {

        /** Checks that no part is missing and copies the list. */
        public ProvinceInput {
            requireNonNull(id, "id");
            requireNonNull(name, "name");
            requireNonNull(programme, "programme");
            others = List.copyOf(others);
            requireNonNull(ledger, "ledger");
            requireNonNull(units, "units");
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
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the roll-up's inputs
     */
    public static NationalRollUp rollUp(List<ProvinceInput> inputs) {
        requireNonNull(inputs, "inputs");
        List<EventStore> stores = new ArrayList<>();
        try {
            RollUpBuilder builder = new RollUpBuilder();
            for (ProvinceInput input : inputs) {
                builder.add(open(input, stores));
            }
            return builder.build();
        } finally {
            for (EventStore store : stores) {
                try {
                    store.close();
                } catch (RuntimeException e) {
                    // closing after the roll-up: the ledgers were only read
                }
            }
        }
    }

    private static ProvinceLedger open(ProvinceInput input, List<EventStore> stores) {
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
        EventCodec codec = new EventCodec(runtime.objectMapper());
        EventStore store = JsonLinesLedger.isJsonLines(input.ledger()) ? JsonLinesLedger.read(input.ledger(), codec)
                : openH2(input.ledger(), codec);
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
                Optional.of(file.plan().programme().id()));
    }

    private static EventStore openH2(Path directory, EventCodec codec) {
        DataSource dataSource = JdbcStores.h2(directory);
        return JdbcEventStore.open(dataSource, codec);
    }
}
