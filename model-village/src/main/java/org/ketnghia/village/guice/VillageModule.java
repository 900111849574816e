package org.ketnghia.village.guice;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import org.ketnghia.core.guice.PilotModelBinder;
import org.ketnghia.village.VillageModel;
import org.ketnghia.village.criteria.CriteriaSet;

/**
 * Installs the model new-rural village (<i>thôn nông thôn mới kiểu mẫu</i>) in a host's injector
 * next to {@code KetnghiaCoreModule}, configured with the province's criteria set:
 * {@code new VillageModule(CriteriaSets.load(in, "bo-tieu-chi.json"))}, or in tests and examples
 * {@code new VillageModule(CriteriaSets.sample())}. Side-effect free; two modules with equal criteria
 * sets are equal, so installing it twice registers the model once.
 */
public final class VillageModule extends AbstractModule {

    private final VillageModel model;

    /**
     * The module for {@code criteriaSet}.
     *
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the set
     */
    public VillageModule(CriteriaSet criteriaSet) {
        this.model = new VillageModel(requireNonNull(criteriaSet, "criteriaSet"));
    }

    @Override
    protected void configure() {
        PilotModelBinder.of(binder()).addModel(model);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VillageModule module && module.model.equals(model);
    }

    @Override
    public int hashCode() {
        return model.hashCode();
    }
}
