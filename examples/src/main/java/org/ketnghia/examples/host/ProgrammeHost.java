package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.PlanException;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.examples.programme.ProgrammePlan;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.store.jdbc.LedgerBackup;

/**
 * One programme assembled for work: the programme file, the administrative units with the plan's
 * villages added, and a runtime with every pilot model over either memory or the durable H2 ledger
 * in a directory. Close it to release the database.
 */
public final class ProgrammeHost implements AutoCloseable {

    /** Who records the programme's set-up: the provincial Committee for Ethnic Affairs (Ban Dân tộc tỉnh). */
    public static final Actor PROVINCE = Actor.system("ban-dan-toc-tinh");

    private final ProgrammeFile file;
    private final AdministrativeRegistry units;
    private final KetnghiaRuntime runtime;
    private final Connection keepAlive;
    private final DataSource dataSource;

    private ProgrammeHost(ProgrammeFile file, AdministrativeRegistry units, KetnghiaRuntime runtime, DataSource dataSource,
            Connection keepAlive) {
        this.file = file;
        this.units = units;
        this.runtime = runtime;
        this.dataSource = dataSource;
        this.keepAlive = keepAlive;
    }

    /**
     * A host over a fresh in-memory ledger.
     *
     * @param file the programme file
     * @param province the province's units and model data, usually from its data pack (nothing about one
     *     province is built in)
     * @throws PlanException if the plan's villages do not fit the administrative units or a model's
     *     section cannot configure it
     */
    public static ProgrammeHost inMemory(ProgrammeFile file, ProvinceData province) {
        AdministrativeRegistry units = unitsOf(file, province.units());
        return new ProgrammeHost(file, units,
                ExamplesInjector.runtime(clockOf(file.plan()), null, units, ProgrammeModels.of(file, province)), null, null);
    }

    /**
     * A host over the durable H2 ledger in {@code ledgerDirectory}, created on first use.
     *
     * @param file the programme file
     * @param province the province's units and model data
     * @throws PlanException if the plan's villages do not fit the administrative units or a model's
     *     section cannot configure it
     */
    public static ProgrammeHost durable(ProgrammeFile file, ProvinceData province, Path ledgerDirectory) {
        requireNonNull(ledgerDirectory, "ledgerDirectory");
        AdministrativeRegistry units = unitsOf(file, province.units());
        Clock clock = clockOf(file.plan());
        ProgrammeModels models = ProgrammeModels.of(file, province);
        KetnghiaRuntime types = ExamplesInjector.runtime(clock, null, units, models);
        try {
            Files.createDirectories(ledgerDirectory);
            DataSource dataSource = JdbcStores.h2(ledgerDirectory);
            Connection keepAlive = dataSource.getConnection();
            try {
                EventStore store = JdbcEventStore.open(dataSource, new EventCodec(types.objectMapper()));
                return new ProgrammeHost(file, units, ExamplesInjector.runtime(clock, store, units, models), dataSource,
                        keepAlive);
            } catch (RuntimeException e) {
                keepAlive.close();
                throw e;
            }
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot open the ledger in " + ledgerDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The ledger's "today": the day after the last programme year, so that every simulated event of
     * the programme is in the past and runs are reproducible.
     */
    public static Clock clockOf(ProgrammePlan plan) {
        LocalDate today = plan.programme().start().plusYears(plan.programme().years());
        return Clock.fixed(today.atTime(12, 0).atZone(KetnghiaRuntime.VIETNAM).toInstant(), KetnghiaRuntime.VIETNAM);
    }

    /**
     * The province's units plus the plan's villages, each under its commune and, after a reorganisation
     * in the units' data, under the commune's successor.
     *
     * @throws PlanException naming every pilot commune the units do not know and every invalid village
     */
    static AdministrativeRegistry unitsOf(ProgrammeFile file, AdministrativeRegistry provinceUnits) {
        AdministrativeRegistry reference = requireNonNull(provinceUnits, "provinceUnits");
        List<AdministrativeUnit> villages = new ArrayList<>();
        List<PlanError> errors = new ArrayList<>();
        List<ProgrammePlan.District> districts = file.plan().districts();
        for (int d = 0; d < districts.size(); d++) {
            List<ProgrammePlan.PilotCommune> communes = districts.get(d).pilotCommunes();
            for (int c = 0; c < communes.size(); c++) {
                ProgrammePlan.PilotCommune commune = communes.get(c);
                String path = "districts[" + d + "].pilotCommunes[" + c + "]";
                if (commune.code() == null || reference.unit(commune.code()).isEmpty()) {
                    errors.add(file.error(path + ".code", "PLAN_UNKNOWN_UNIT",
                            "Không có đơn vị hành chính " + commune.code(), "There is no administrative unit " + commune.code()));
                    continue;
                }
                for (int v = 0; v < commune.villages().size(); v++) {
                    ProgrammePlan.Village village = commune.villages().get(v);
                    String villagePath = path + ".villages[" + v + "]";
                    if (village.code() == null || !village.code().startsWith(commune.code() + ".")
                            || village.name() == null || village.name().isBlank()) {
                        errors.add(file.error(villagePath, "PLAN_VILLAGE_INVALID",
                                "Mã thôn phải bắt đầu bằng mã xã " + commune.code() + " và thôn phải có tên",
                                "A village code must start with its commune's code " + commune.code() + " and have a name"));
                        continue;
                    }
                    AdministrativeUnit.Builder unit = AdministrativeUnit.builder().code(village.code()).name(village.name())
                            .kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE);
                    unit.parents(parentsOverTime(reference, commune.code()));
                    villages.add(unit.build());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new PlanException(errors);
        }
        try {
            return reference.withUnits(villages);
        } catch (KetnghiaException e) {
            throw new PlanException(e.problems().stream().map(problem -> file.error("districts", problem.code().name(),
                    problem.messageVi(), problem.messageEn())).toList());
        }
    }

    /**
     * The parents of a village of {@code communeCode} over time, from the units' own data: the commune
     * while it is in force, then, from the day after it ends, the unit that carries it on (its single
     * successor, followed through any number of reorganisations). No date is built in.
     */
    static List<ParentLink> parentsOverTime(AdministrativeRegistry units, String communeCode) {
        List<ParentLink> parents = new ArrayList<>();
        String parent = communeCode;
        Optional<LocalDate> from = Optional.empty();
        while (true) {
            List<AdministrativeUnit> versions = units.versions(parent);
            Optional<LocalDate> end = versions.isEmpty() ? Optional.empty() : versions.get(versions.size() - 1).validTo();
            String current = parent;
            Optional<AdministrativeUnit> next = end.flatMap(day -> units.unitInForce(current, day.plusDays(1)));
            if (next.isEmpty() || next.get().code().equals(parent) || parents.size() > 20) {
                parents.add(ParentLink.to(parent, Validity.of(from, Optional.empty())));
                return parents;
            }
            parents.add(ParentLink.to(parent, Validity.of(from, end)));
            from = Optional.of(end.get().plusDays(1));
            parent = next.get().code();
        }
    }

    /** The programme file. */
    public ProgrammeFile file() {
        return file;
    }

    /** The plan. */
    public ProgrammePlan plan() {
        return file.plan();
    }

    /** The administrative units, with the plan's villages. */
    public AdministrativeRegistry units() {
        return units;
    }

    /** The runtime. */
    public KetnghiaRuntime runtime() {
        return runtime;
    }

    /** The plan section of model {@code modelId}, if the plan has one. */
    public java.util.Optional<PlanSection> section(String modelId) {
        return java.util.Optional.ofNullable(plan().models().get(modelId))
                .map(content -> new PlanSection(modelId, "models." + modelId, content));
    }

    /** A JSON Lines backup helper for this runtime's types. */
    public LedgerBackup backup() {
        return new LedgerBackup(new EventCodec(runtime.objectMapper()), new EventChain(runtime.objectMapper()));
    }

    /** Whether the ledger is the durable H2 one. */
    public boolean isDurable() {
        return dataSource != null;
    }

    @Override
    public void close() {
        if (keepAlive != null) {
            try {
                keepAlive.close();
            } catch (SQLException e) {
                // closing: nothing left to do
            }
        }
    }
}
