package org.ketnghia.core.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * The snapshot check of the pilot-model contract, for core's own tests: every projection of a runtime with a
 * snapshot form, saved after any prefix of the stored events, written as JSON, read back, restored and fed the
 * rest, saves exactly the JSON a full replay saves.
 */
public final class SnapshotFormCheck {

    private SnapshotFormCheck() {
    }

    /** Checks every core projection with a form over the ledger's stored events (a ledger of core features only). */
    public static int assertRestoresAsReplay(Ledger ledger) {
        return assertRestoresAsReplay(KetnghiaRuntime.builder().administrativeUnits(ledger.administrativeUnits())
                .eventStore(ledger.store()).build());
    }

    /**
     * Checks every projection with a form over the runtime's stored events.
     *
     * @return how many projections were checked
     */
    public static int assertRestoresAsReplay(KetnghiaRuntime runtime) {
        ObjectMapper mapper = runtime.objectMapper();
        List<EventEnvelope> events = runtime.ledger().store().readAll();
        List<ProjectionDefinition<?>> withForm = runtime.features().stream()
                .flatMap(feature -> feature.projections().stream())
                .filter(definition -> definition.snapshotForm().isPresent()).toList();
        int step = Math.max(1, events.size() / 40);
        for (ProjectionDefinition<?> definition : withForm) {
            String replayed = savedJson(definition, replay(definition, events.subList(0, events.size())), mapper);
            for (int cut = 0; cut <= events.size(); cut = cut == events.size() ? cut + 1 : Math.min(events.size(), cut + step)) {
                String saved = savedJson(definition, replay(definition, events.subList(0, cut)), mapper);
                assertThat(savedJson(definition, restored(definition, saved, mapper), mapper))
                        .as("%s saved after %d of %d events, read back and saved again", definition.type().getSimpleName(),
                                cut, events.size())
                        .isEqualTo(saved);
                Projection restored = restored(definition, saved, mapper);
                events.subList(cut, events.size()).forEach(restored::apply);
                assertThat(savedJson(definition, restored, mapper))
                        .as("%s restored after %d of %d events, then fed the rest", definition.type().getSimpleName(), cut,
                                events.size())
                        .isEqualTo(replayed);
            }
        }
        return withForm.size();
    }

    private static Projection replay(ProjectionDefinition<?> definition, List<EventEnvelope> events) {
        Projection projection = definition.factory().get();
        events.forEach(projection::apply);
        return projection;
    }

    @SuppressWarnings("unchecked")
    private static <P extends Projection, S> String savedJson(ProjectionDefinition<?> definition, Projection projection,
            ObjectMapper mapper) {
        SnapshotForm<P, S> form = (SnapshotForm<P, S>) definition.snapshotForm().orElseThrow();
        try {
            return new String(mapper.writerFor(form.stateType()).writeValueAsBytes(form.save().apply((P) projection)), UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(definition.type().getSimpleName() + ": state cannot be written: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <P extends Projection, S> Projection restored(ProjectionDefinition<?> definition, String json,
            ObjectMapper mapper) {
        SnapshotForm<P, S> form = (SnapshotForm<P, S>) definition.snapshotForm().orElseThrow();
        try {
            S state = mapper.readerFor(form.stateType()).readValue(json.getBytes(UTF_8));
            return form.restore().apply(state);
        } catch (java.io.IOException e) {
            throw new AssertionError(definition.type().getSimpleName() + ": state cannot be read: " + e.getMessage()
                    + " in " + json, e);
        }
    }
}
