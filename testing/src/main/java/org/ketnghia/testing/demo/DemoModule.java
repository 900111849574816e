package org.ketnghia.testing.demo;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;

/** The demo model's Guice module, the way a real plugin writes one. */
public final class DemoModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(DemoModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoModule;
    }

    @Override
    public int hashCode() {
        return DemoModule.class.hashCode();
    }
}
