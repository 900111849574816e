package org.ketnghia.examples.embedding;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.guice.KetnghiaCoreModule;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventStore;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.examples.water.guice.CleanWaterModule;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.guice.LivestockModule;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.startup.guice.StartupModule;
import org.ketnghia.store.jdbc.JdbcEventStore;
import org.ketnghia.store.jdbc.JdbcStores;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;
import org.ketnghia.training.guice.TrainingModule;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSets;
import org.ketnghia.village.guice.VillageModule;

/**
 * The snippets the README shows, kept here so that they compile and run ({@code ReadmeSnippetsTest}).
 * Each method is one snippet; keep the README in step with it.
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /** README: embedding with Guice. */
    static Injector withGuice(Clock clock) {
        Injector injector = Guice.createInjector(Stage.PRODUCTION,
                new KetnghiaCoreModule(clock),                        // or new KetnghiaCoreModule() for the system clock
                KetnghiaCoreModule.administrativeUnits(AdministrativeRegistry.quangNamReference()),  // your province's units
                new LivestockModule(LivestockProgramme.quangNam2021()),        // each model takes its configuration
                new StartupModule(StartupConfiguration.quangNam2021()),
                new TrainingModule(TrainingConfiguration.quangNam2021()),
                new VillageModule(CriteriaSets.sample()),
                new CleanWaterModule());                              // a third-party model: one more module
        Ledger ledger = injector.getInstance(Ledger.class);
        ledger.submit(RegisterSponsor.builder()
                .actor(Actor.system("ban-dan-toc-tinh")).unitCode("QNA").occurredOn(LocalDate.of(2021, 7, 1))
                .sponsor(Sponsor.builder().id("so-tai-chinh").name("Sở Tài chính tỉnh Quảng Nam")
                        .kind(SponsorKind.DEPARTMENT).build())
                .build());                                    // validated, appended, projected — or nothing at all
        return injector;
    }

    /** README: embedding in plain Java; configuration-free models can also be found through {@code META-INF/services}. */
    static KetnghiaRuntime plainJava(Clock clock) {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder()
                .administrativeUnits(AdministrativeRegistry.quangNamReference())   // required: no province is built in
                .addModel(new LivestockModel(LivestockProgramme.quangNam2021()))
                .addModel(new StartupModel(StartupConfiguration.quangNam2021()))
                .addModel(new TrainingModel(TrainingConfiguration.quangNam2021()))
                .addModel(new VillageModel(CriteriaSets.sample()))
                .discoverModels(ReadmeSnippets.class.getClassLoader())  // here: the clean-water model
                .clock(clock)
                .build();                                               // in-memory store by default
        return runtime;
    }

    /** README: the durable store (embedded H2 in a folder; PostgreSQL with JdbcStores.postgres). */
    static KetnghiaRuntime durable(Path folder, Clock clock) {
        AdministrativeRegistry units = AdministrativeRegistry.quangNamReference();
        LivestockModel livestock = new LivestockModel(LivestockProgramme.quangNam2021());
        KetnghiaRuntime types = KetnghiaRuntime.builder().administrativeUnits(units).addModel(livestock).clock(clock).build();
        EventStore store = JdbcEventStore.open(JdbcStores.h2(folder), new EventCodec(types.objectMapper()));
        return KetnghiaRuntime.builder().administrativeUnits(units).addModel(livestock).eventStore(store).clock(clock)
                .build();
    }

    /** README: a model's budget from its section of a plan file. */
    static BudgetEstimate livestockBudget(KetnghiaRuntime runtime, com.fasterxml.jackson.databind.JsonNode section) {
        return runtime.model(LivestockModel.ID)
                .estimateBudget(new PlanSection(LivestockModel.ID, "models.livestock", section), runtime.context())
                .orElseThrow();
    }
}
