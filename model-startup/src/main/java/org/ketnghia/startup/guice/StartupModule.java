package org.ketnghia.startup.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.startup.StartupConfiguration;
import org.ketnghia.startup.StartupModel;

/**
 * Installs the start-up model (<i>mô hình hỗ trợ khởi nghiệp</i>) with the configuration the host
 * names, e.g. {@code new StartupModule(StartupConfiguration.quangNam2021())}. Two modules with equal
 * configurations are equal, so installing it twice registers the model once. Side-effect free.
 */
public final class StartupModule extends AbstractModule {

    private final StartupConfiguration configuration;

    /**
     * A module installing {@code new StartupModel(configuration)}.
     *
     * @throws NullPointerException if {@code configuration} is null
     */
    public StartupModule(StartupConfiguration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(new StartupModel(configuration));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StartupModule module && configuration.equals(module.configuration);
    }

    @Override
    public int hashCode() {
        return configuration.hashCode();
    }
}
