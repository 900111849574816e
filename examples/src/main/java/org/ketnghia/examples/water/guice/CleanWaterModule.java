package org.ketnghia.examples.water.guice;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.examples.water.CleanWaterModel;

/**
 * Installs the clean-water model into a Guice injector next to {@code KetnghiaCoreModule}.
 * Installing it twice registers the model once (equality by class).
 */
public final class CleanWaterModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(CleanWaterModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CleanWaterModule;
    }

    @Override
    public int hashCode() {
        return CleanWaterModule.class.hashCode();
    }
}
