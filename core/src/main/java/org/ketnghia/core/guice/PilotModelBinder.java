package org.ketnghia.core.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.Binder;
import com.google.inject.Scopes;
import com.google.inject.multibindings.Multibinder;
import org.ketnghia.core.spi.LedgerFeature;
import org.ketnghia.core.spi.PilotModel;

/**
 * The typed way a Guice module contributes to ketnghia: pilot models and extra ledger features
 * (whose event, command and other JSON types come with them). Plugins never call {@link
 * Multibinder} themselves.
 *
 * <pre>{@code
 * protected void configure() {
 *     PilotModelBinder.of(binder()).addModel(new LivestockModel(programme));   // configured instance
 *     PilotModelBinder.of(binder()).addModel(SomeModel.class);                 // or a class Guice builds
 * }
 * }</pre>
 *
 * Adding the same class, or an equal instance, twice (a module installed twice) registers it once.
 */
public final class PilotModelBinder {

    private final Binder binder;
    private final Multibinder<PilotModel> models;
    private final Multibinder<LedgerFeature> features;

    private PilotModelBinder(Binder binder) {
        this.binder = binder.skipSources(PilotModelBinder.class);
        this.models = Multibinder.newSetBinder(this.binder, PilotModel.class);
        this.features = Multibinder.newSetBinder(this.binder, LedgerFeature.class);
    }

    /** A binder helper for {@code binder}; also declares the (possibly empty) sets. */
    public static PilotModelBinder of(Binder binder) {
        return new PilotModelBinder(requireNonNull(binder, "binder"));
    }

    /** Contributes a pilot model class, constructed by Guice as a singleton. */
    public PilotModelBinder addModel(Class<? extends PilotModel> modelClass) {
        requireNonNull(modelClass, "modelClass");
        binder.bind(modelClass).in(Scopes.SINGLETON);
        models.addBinding().to(modelClass);
        return this;
    }

    /**
     * Contributes a configured pilot model instance (e.g. {@code new LivestockModel(programme)}), the
     * form for a model that takes its configuration in its constructor. Adding an equal instance
     * twice (a module installed twice) registers it once; the runtime refuses two different models
     * with one id.
     */
    public PilotModelBinder addModel(PilotModel model) {
        requireNonNull(model, "model");
        models.addBinding().toInstance(model);
        return this;
    }

    /** Contributes a ledger feature class (a host's own commands and projections). */
    public PilotModelBinder addFeature(Class<? extends LedgerFeature> featureClass) {
        requireNonNull(featureClass, "featureClass");
        binder.bind(featureClass).in(Scopes.SINGLETON);
        features.addBinding().to(featureClass);
        return this;
    }
}
