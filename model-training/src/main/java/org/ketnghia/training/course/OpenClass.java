package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Open a training class (<i>mở lớp bồi dưỡng</i>) for the locality {@link #unitCode()} (province,
 * district or commune), organised by it and/or by a sponsor. The plan's level rule — districts
 * train district-level officials, communes train commune- (and village-) level ones — is checked;
 * a class that breaks it must give {@link #levelExceptionReason()}. When the ledger declares a programme, the
 * locality must lie in its districts (or a commune carrying one on after 1 July 2025), else {@code
 * PROGRAMME_OUTSIDE_DISTRICTS}. The class's facts are those
 * of {@link ClassFacts}; the recorded {@link TrainingClass} shares them.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OpenClass.TYPE)
@JsonSerialize(as = ImmutableOpenClass.class)
@JsonDeserialize(as = ImmutableOpenClass.class)
public abstract class OpenClass implements Command, ClassFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "training.open-class";

    OpenClass() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The locality the class is held for (province, district or commune). */
    @Override
    public abstract String unitCode();

    /** The date the class was decided (<i>quyết định mở lớp</i>); on or before the first session. */
    @Override
    public abstract LocalDate occurredOn();

    /** The sponsor organising the class, if any. */
    @Override
    public abstract Optional<String> sponsorId();

    /** The new class id. */
    public abstract String classId();

    /** Builds an {@link OpenClass}. */
    public static final class Builder extends ImmutableOpenClass.Builder {
    }
}
