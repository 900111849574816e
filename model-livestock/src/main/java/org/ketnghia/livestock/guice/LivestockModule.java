package org.ketnghia.livestock.guice;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.livestock.LivestockModel;

/**
 * Installs the livestock model (configured with the Quảng Nam 2021 programme) into a host's
 * injector. Installing it twice registers the model once (equality by class).
 */
public final class LivestockModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(LivestockModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivestockModule;
    }

    @Override
    public int hashCode() {
        return LivestockModule.class.hashCode();
    }
}
