package org.ketnghia.testing.contract;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.ProjectionDefinition;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.spi.PilotModel;

/**
 * Checks a projection's snapshot form (<i>ảnh chụp trạng thái</i>) over recorded events, at every cut point k:
 * the projection folded over events 1..k, saved, written to JSON with the runtime's mapper, read back and
 * restored, answers its queries as the folded one does; fed the events after k, it saves exactly the JSON a
 * projection folded over all events saves, and answers its queries as that one does.
 *
 * <p>What it adds to the contract's snapshot check ({@link PilotModelContract}, which compares saved JSON at
 * every cut of a few samples, at about 40 cuts spread over many): every cut of any events a test records
 * (scenarios the samples do not reach), and the answers of the projection's
 * queries, so that state a form rebuilds on restore instead of saving (an index, a set of ids in use) is
 * checked too. Failures are AssertJ assertion errors. Not thread-safe; one check per test.
 *
 * <p>What no check under one version of the code can see: a class outside the projection's nest and its state
 * type's nest that shapes the state but is not named in the form's {@link
 * org.ketnghia.core.ledger.SnapshotForm#covering covering(...)}, nor an interface the projection folds events by that
 * other modules implement and the form does not declare with {@link
 * org.ketnghia.core.ledger.SnapshotForm#coveringEventsOf coveringEventsOf(...)}. A later change to it would let a
 * snapshot saved before be restored under rules a replay would not give; name every such class (see {@code
 * docs/snapshots.md}).
 *
 * @param <P> the projection type
 */
public final class SnapshotFormCheck<P extends Projection> {

    private final ObjectMapper mapper;
    private final ProjectionDefinition<P> definition;
    private final Function<P, List<Object>> answers;

    private SnapshotFormCheck(ObjectMapper mapper, ProjectionDefinition<P> definition, Function<P, List<Object>> answers) {
        this.mapper = requireNonNull(mapper, "mapper");
        this.definition = definition;
        this.answers = requireNonNull(answers, "answers");
    }

    /**
     * The check of {@code type} as {@code model} registers it.
     *
     * @param mapper the runtime's mapper (it knows the model's types)
     * @param answers the answers of the projection's main queries, compared as a list with {@code equals}
     * @throws AssertionError if {@code model} registers no such projection or it has no snapshot form
     */
    @SuppressWarnings("unchecked")
    public static <P extends Projection> SnapshotFormCheck<P> of(ObjectMapper mapper, PilotModel model, Class<P> type,
            Function<P, List<Object>> answers) {
        ProjectionDefinition<?> definition = model.projections().stream().filter(d -> d.type().equals(type))
                .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " is not registered"));
        assertThat(definition.snapshotForm()).as("the snapshot form of " + type.getSimpleName()).isPresent();
        return new SnapshotFormCheck<>(mapper, (ProjectionDefinition<P>) definition, answers);
    }

    /** Runs the check at every cut point 0..n of {@code events}; returns how many cut points it checked. */
    public int checkEveryCut(List<EventEnvelope> events) {
        P full = folded(events, events.size());
        String fullJson = json(full);
        List<Object> fullAnswers = answers.apply(full);
        for (int cut = 0; cut <= events.size(); cut++) {
            P partial = folded(events, cut);
            String partialJson = json(partial);
            P restored = restored(partialJson);
            String at = " restored at cut " + cut + " of " + events.size();
            assertThat(json(restored)).as("saved again" + at).isEqualTo(partialJson);
            assertThat(answers.apply(restored)).as("queries" + at).isEqualTo(answers.apply(partial));
            events.subList(cut, events.size()).forEach(restored::apply);
            assertThat(json(restored)).as("saved after the rest of the events," + at).isEqualTo(fullJson);
            assertThat(answers.apply(restored)).as("queries after the rest of the events," + at).isEqualTo(fullAnswers);
        }
        return events.size() + 1;
    }

    /** The payload types of {@code events}, in the order they first appear. */
    public static Set<Class<?>> payloadTypes(List<EventEnvelope> events) {
        Set<Class<?>> types = new LinkedHashSet<>();
        events.forEach(event -> types.add(event.payload().getClass()));
        return types;
    }

    /** The JSON the projection folded over every event saves. */
    public String savedJson(List<EventEnvelope> events) {
        return json(folded(events, events.size()));
    }

    private P folded(List<EventEnvelope> events, int count) {
        P projection = definition.factory().get();
        events.subList(0, count).forEach(projection::apply);
        return projection;
    }

    private String json(P projection) {
        return json(definition.snapshotForm().orElseThrow(), projection);
    }

    private <S> String json(SnapshotForm<P, S> form, P projection) {
        try {
            return mapper.writeValueAsString(form.save().apply(projection));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the saved state of " + definition.type().getSimpleName() + " is not JSON", e);
        }
    }

    private P restored(String json) {
        return restored(definition.snapshotForm().orElseThrow(), json);
    }

    private <S> P restored(SnapshotForm<P, S> form, String json) {
        try {
            return form.restore().apply(mapper.readValue(json, form.stateType()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the saved state of " + definition.type().getSimpleName() + " does not read back", e);
        }
    }
}
