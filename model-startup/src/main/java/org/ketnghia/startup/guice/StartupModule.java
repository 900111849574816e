package org.ketnghia.startup.guice;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.startup.StartupModel;

/**
 * Installs the start-up model (<i>mô hình hỗ trợ khởi nghiệp</i>) with its shipped configuration.
 * Installing it twice registers the model once.
 */
public final class StartupModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(StartupModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartupModule;
    }

    @Override
    public int hashCode() {
        return StartupModule.class.hashCode();
    }
}
