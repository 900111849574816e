package org.ketnghia.training.guice;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.training.TrainingModel;

/**
 * The Guice module of the training model: {@code Guice.createInjector(new KetnghiaCoreModule(), new
 * TrainingModule())}. Installing it twice registers the model once.
 */
public final class TrainingModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(TrainingModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingModule;
    }

    @Override
    public int hashCode() {
        return TrainingModule.class.hashCode();
    }
}
