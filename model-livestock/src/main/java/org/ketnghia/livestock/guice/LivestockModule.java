package org.ketnghia.livestock.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.livestock.LivestockModel;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * Installs the livestock model, configured with the host's programme, into a host's injector:
 * {@code install(new LivestockModule(LivestockProgramme.fromSection(section, mapper)))}. Modules are
 * equal when their programmes are, so installing the same configuration twice registers the model
 * once; two different programmes register two models with the same id, which the runtime refuses.
 */
public final class LivestockModule extends AbstractModule {

    private final LivestockProgramme programme;

    /**
     * A module installing {@code new LivestockModel(programme)}.
     *
     * @throws NullPointerException if {@code programme} is null
     */
    public LivestockModule(LivestockProgramme programme) {
        this.programme = requireNonNull(programme, "programme");
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(new LivestockModel(programme));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivestockModule module && module.programme.equals(programme);
    }

    @Override
    public int hashCode() {
        return programme.hashCode();
    }
}
