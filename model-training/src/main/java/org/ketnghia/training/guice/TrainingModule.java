package org.ketnghia.training.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.training.TrainingConfiguration;
import org.ketnghia.training.TrainingModel;

/**
 * The Guice module of the training model, configured by the host: {@code
 * Guice.createInjector(new KetnghiaCoreModule(), KetnghiaCoreModule.administrativeUnits(units), new
 * TrainingModule(configuration))}. Equal to another module with an equal configuration, so
 * installing it twice registers the model once.
 */
public final class TrainingModule extends AbstractModule {

    private final TrainingConfiguration configuration;

    /** The module adding {@code new TrainingModel(configuration)}. */
    public TrainingModule(TrainingConfiguration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(new TrainingModel(configuration));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingModule module && module.configuration.equals(configuration);
    }

    @Override
    public int hashCode() {
        return configuration.hashCode();
    }
}
