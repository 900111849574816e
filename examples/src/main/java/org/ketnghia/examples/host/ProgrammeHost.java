package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.core.province.Norm;
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
 *
 * <p>A ledger may hold several programmes of one province (a pilot and a follow-up with other communes):
 * {@link #shared} opens one host per programme over the same store. Each host records through {@link
 * #recorder()}, so every event it records names its programme, and reads its reports, public lists and
 * funding as its programme sees them ({@link org.ketnghia.core.ledger.Ledger#projectionFor}). Each host's
 * runtime installs the models of every programme of the ledger (so that it reads all their events),
 * configured from its own programme's sections first.
 */
public final class ProgrammeHost implements AutoCloseable {

    /** Who records the programme's set-up: the provincial Committee for Ethnic Affairs (Ban Dân tộc tỉnh). */
    public static final Actor PROVINCE = Actor.system("ban-dan-toc-tinh");

    private final Map<String, Norm> provinceNorms;
    private final ProgrammeFile file;
    private final AdministrativeRegistry units;
    private final KetnghiaRuntime runtime;
    private final String idPrefix;
    private final AutoCloseable owned;
    private final boolean durable;
    private final Map<Class<?>, FoldedProjection> foldedProjections = new ConcurrentHashMap<>();

    private ProgrammeHost(ProgrammeFile file, AdministrativeRegistry units, KetnghiaRuntime runtime, String idPrefix,
            boolean durable, AutoCloseable owned, Map<String, Norm> provinceNorms) {
        this.provinceNorms = provinceNorms;
        this.file = file;
        this.units = units;
        this.runtime = runtime;
        this.idPrefix = idPrefix;
        this.durable = durable;
        this.owned = owned;
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
        Shared shared = shared(List.of(file), province, Optional.empty());
        return shared.hosts().get(0).owning(shared);
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
        Shared shared = shared(List.of(file), province, Optional.of(requireNonNull(ledgerDirectory, "ledgerDirectory")));
        return shared.hosts().get(0).owning(shared);
    }

    /**
     * One host per programme over one ledger: the durable H2 ledger in the directory given, or a fresh
     * in-memory one. The ids the first programme's host mints are unprefixed; every later programme's
     * start with its programme id ({@link #idPrefix()}), so that they never collide.
     *
     * @param programmes the programmes that share the ledger, in recording order (at least one)
     * @param province the province they all run in
     * @param ledgerDirectory the H2 ledger's directory, or empty for memory
     * @throws PlanException if the programmes do not all belong to the province's units, share a pilot
     *     commune or an id, or a model's section cannot configure it
     */
    public static Shared shared(List<ProgrammeFile> programmes, ProvinceData province, Optional<Path> ledgerDirectory) {
        return shared(programmes, province, ledgerDirectory, LedgerKeys.masterKeyFromEnvironment());
    }

    /**
     * As {@link #shared(List, ProvinceData, Optional)}, with people's personal fields recorded encrypted under
     * {@code masterKey} when given ({@link LedgerKeys}); without one, a ledger whose personal data is encrypted
     * refuses to open, naming the missing key.
     */
    public static Shared shared(List<ProgrammeFile> programmes, ProvinceData province, Optional<Path> ledgerDirectory,
            Optional<org.ketnghia.core.privacy.MasterKey> masterKey) {
        List<ProgrammeFile> files = List.copyOf(programmes);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no programme");
        }
        checkApart(files);
        AdministrativeRegistry units = province.units();
        for (ProgrammeFile file : files) {
            units = unitsOf(file, units);
        }
        List<ProgrammeModels> models = files.stream().map(file -> ProgrammeModels.of(file, province)).toList();
        Clock lastDay = files.stream().map(file -> clockOf(file.plan()))
                .max(java.util.Comparator.comparing(Clock::instant)).orElseThrow();
        KetnghiaRuntime types = ExamplesInjector.runtime(lastDay, null, units, union(models, 0));
        DataSource dataSource = null;
        if (ledgerDirectory.isPresent()) {
            try {
                Files.createDirectories(ledgerDirectory.get());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot open the ledger in " + ledgerDirectory.get() + ": " + e.getMessage(), e);
            }
            dataSource = JdbcStores.h2(ledgerDirectory.get());
        }
        Optional<LedgerKeys> keys = dataSource == null ? masterKey.map(LedgerKeys::inMemory)
                : LedgerKeys.open(dataSource, masterKey, lastDay);
        Optional<org.ketnghia.core.privacy.PayloadProtection> protection = keys.map(LedgerKeys::protection);
        EventCodec codec = protection.map(given -> new EventCodec(types.objectMapper(), given))
                .orElseGet(() -> new EventCodec(types.objectMapper()));
        InMemoryEventStore memory = new InMemoryEventStore();
        List<ProgrammeHost> hosts = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                ProgrammeFile file = files.get(i);
                // each runtime owns a store of its own over the one database, which stays open until the
                // last of them closes; in memory they share the one store (closing it releases nothing)
                EventStore store = dataSource == null ? memory : JdbcEventStore.open(dataSource, codec);
                KetnghiaRuntime runtime;
                try {
                    runtime = ExamplesInjector.runtime(clockOf(file.plan()), store, units, union(models, i), protection);
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
                hosts.add(new ProgrammeHost(file, units, runtime, i == 0 ? "" : file.plan().programme().id() + "-",
                        dataSource != null, null, province.norms()));
            }
        } catch (RuntimeException e) {
            hosts.forEach(host -> closeQuietly(host.runtime()));
            keys.ifPresent(LedgerKeys::close);
            throw e;
        }
        return new Shared(hosts, keys);
    }

    /** The models of programme {@code index}, then those only the others use, configured from their own sections. */
    private static ProgrammeModels union(List<ProgrammeModels> models, int index) {
        ProgrammeModels result = models.get(index);
        for (ProgrammeModels other : models) {
            result = result.orElse(other);
        }
        return result;
    }

    /** Programmes sharing a ledger have distinct ids, one province, and no pilot commune in common. */
    private static void checkApart(List<ProgrammeFile> files) {
        List<PlanError> errors = new ArrayList<>();
        java.util.Map<String, String> communes = new java.util.HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        String province = files.get(0).plan().programme().provinceCode();
        for (ProgrammeFile file : files) {
            ProgrammePlan.Programme programme = file.plan().programme();
            if (!ids.add(programme.id())) {
                errors.add(file.error("programme.id", "PLAN_PROGRAMME_ID_SHARED",
                        "Hai chương trình cùng sổ cái có cùng mã " + programme.id(),
                        "Two programmes sharing a ledger have the same id " + programme.id()));
            }
            if (!java.util.Objects.equals(programme.provinceCode(), province)) {
                errors.add(file.error("programme.provinceCode", "PLAN_PROVINCE_DIFFERS",
                        "Các chương trình cùng sổ cái phải cùng một tỉnh: " + programme.provinceCode() + " khác " + province,
                        "Programmes sharing a ledger must be of one province: " + programme.provinceCode() + " is not "
                                + province));
            }
            List<ProgrammePlan.District> districts = file.plan().districts();
            for (int d = 0; d < districts.size(); d++) {
                for (int c = 0; c < districts.get(d).pilotCommunes().size(); c++) {
                    String code = districts.get(d).pilotCommunes().get(c).code();
                    String other = communes.putIfAbsent(code, programme.id());
                    if (other != null && !other.equals(programme.id())) {
                        errors.add(file.error("districts[" + d + "].pilotCommunes[" + c + "].code",
                                "PLAN_COMMUNE_IN_TWO_PROGRAMMES",
                                "Xã " + code + " đã là xã thí điểm của chương trình " + other + " cùng sổ cái",
                                "Commune " + code + " is already a pilot commune of programme " + other
                                        + " in the same ledger"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new PlanException(errors);
        }
    }

    private ProgrammeHost owning(AutoCloseable resource) {
        return new ProgrammeHost(file, units, runtime, idPrefix, durable, resource, provinceNorms);
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource != null) {
            try {
                resource.close();
            } catch (Exception e) {
                // closing after a failure: the failure is what the caller needs
            }
        }
    }

    /**
     * The hosts of the programmes sharing one ledger, in recording order. Close it (not the hosts) to
     * release the database: every host's runtime is closed, and the embedded database, once the last of
     * them has closed its store, is shut down with compaction, leaving no lock file.
     *
     * @param hosts one host per programme
     */
    public record Shared(List<ProgrammeHost> hosts, Optional<LedgerKeys> keys) implements AutoCloseable {

        /** Copies the list. */
        public Shared {
            hosts = List.copyOf(hosts);
            requireNonNull(keys, "keys");
        }

        /** Hosts over a ledger whose personal data is not encrypted. */
        public Shared(List<ProgrammeHost> hosts) {
            this(hosts, Optional.empty());
        }

        /** The host of programme {@code programmeId}. */
        public ProgrammeHost host(String programmeId) {
            return hosts.stream().filter(host -> host.plan().programme().id().equals(programmeId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no programme " + programmeId));
        }

        /**
         * Closes every host's runtime.
         *
         * @throws KetnghiaException if the database could not be shut down cleanly (every runtime is closed all the same)
         */
        @Override
        public void close() {
            KetnghiaException failure = null;
            for (ProgrammeHost host : hosts) {
                try {
                    host.runtime().close();
                } catch (KetnghiaException e) {
                    failure = failure == null ? e : failure;
                }
            }
            try {
                keys.ifPresent(LedgerKeys::close); // last: the key store's use of the database ends with it
            } catch (KetnghiaException e) {
                failure = failure == null ? e : failure;
            }
            if (failure != null) {
                throw failure;
            }
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

    /**
     * The spending norms in force for the programme (<i>định mức</i>): the province pack's, replaced key by key
     * by those the programme file gives, in the pack's order and then the file's.
     */
    public List<SpendingNorm> norms() {
        Map<String, SpendingNorm> norms = new java.util.LinkedHashMap<>();
        provinceNorms.values().forEach(norm -> norms.put(norm.key(), SpendingNorm.builder().key(norm.key()).amount(norm.amount())
                .unit(norm.unit()).legalBasis(norm.legalBasis()).build()));
        for (ProgrammePlan.NormEntry norm : plan().programme().norms()) {
            norms.put(norm.key(), SpendingNorm.builder().key(norm.key()).amount(norm.amount()).unit(norm.unit())
                    .legalBasis(norm.legalBasis()).build());
        }
        return List.copyOf(norms.values());
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
        EventCodec codec = runtime.personalDataProtection().map(given -> new EventCodec(runtime.objectMapper(), given))
                .orElseGet(() -> new EventCodec(runtime.objectMapper()));
        return new LedgerBackup(codec, new EventChain(runtime.objectMapper()));
    }

    /** Whether the ledger is the durable H2 one. */
    public boolean isDurable() {
        return durable;
    }

    /** The ledger as this programme records in it: every event names the programme. */
    public ProgrammeLedger recorder() {
        return runtime.ledger().forProgramme(plan().programme().id());
    }

    /** The events of the ledger that count for this programme: its own and those recorded for no programme. */
    public List<EventEnvelope> events() {
        String id = plan().programme().id();
        return runtime.ledger().store().readAll().stream().filter(event -> event.countsFor(id)).toList();
    }

    /**
     * Projection {@code type} as this programme sees it (see {@link org.ketnghia.core.ledger.Ledger#projectionFor}).
     * Folding one costs a read of the whole ledger, so the host keeps each one it folded with the ledger's last
     * sequence then, and folds again only once the ledger has grown: the outputs of a run ask for the same
     * projections many times over a ledger that no longer changes. Callers only query the projection returned.
     */
    public <P extends Projection> P projection(Class<P> type) {
        requireNonNull(type, "type");
        long sequence = runtime.ledger().lastSequence();
        FoldedProjection folded = foldedProjections.get(type);
        if (folded == null || folded.sequence() != sequence) {
            folded = new FoldedProjection(sequence, runtime.ledger().projectionFor(plan().programme().id(), type));
            foldedProjections.put(type, folded);
        }
        return type.cast(folded.projection());
    }

    /** A projection as this programme sees it, folded when the ledger's last sequence was {@code sequence}. */
    private record FoldedProjection(long sequence, Projection projection) {
    }

    /**
     * The prefix of the ids this host mints (plan allocations, and every id its traces mint): empty for a
     * ledger's first programme, {@code <programme id>-} for every later one, so that programmes sharing a
     * ledger never collide.
     */
    public String idPrefix() {
        return idPrefix;
    }

    /** Releases the database when this host opened it alone; a host of a {@link Shared} ledger leaves it to that. */
    @Override
    public void close() {
        closeQuietly(owned);
    }
}
