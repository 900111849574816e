package org.ketnghia.village.guice;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.village.VillageModel;

/**
 * Installs the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>) in a host's injector
 * next to {@code KetnghiaCoreModule}. Side-effect free; installing it twice registers the model once.
 */
public final class VillageModule extends AbstractModule {

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(VillageModel.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VillageModule;
    }

    @Override
    public int hashCode() {
        return VillageModule.class.hashCode();
    }
}
