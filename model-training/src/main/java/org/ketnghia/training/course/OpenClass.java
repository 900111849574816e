package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.training.catalogue.OfficialLevel;

/**
 * Open a training class (<i>mở lớp bồi dưỡng</i>) for the locality {@link #unitCode()} (province,
 * district or commune), organised by it and/or by a sponsor. The plan's level rule — districts
 * train district-level officials, communes train commune- (and village-) level ones — is checked;
 * a class that breaks it must give {@link #levelExceptionReason()}. See {@link TrainingClass} for
 * the fields.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(OpenClass.TYPE)
@JsonSerialize(as = ImmutableOpenClass.class)
@JsonDeserialize(as = ImmutableOpenClass.class)
public abstract class OpenClass implements Command {

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

    /** The title. */
    public abstract String title();

    /** Whether the locality itself organises (co-organises) the class; if not, a sponsor must. */
    @Value.Default
    public boolean localityOrganises() {
        return true;
    }

    /** The level of officials the class is for. */
    public abstract OfficialLevel targetLevel();

    /** Why the class breaks the level rule, if it does. */
    public abstract Optional<String> levelExceptionReason();

    /** The topics (catalogue ids); at least one. */
    public abstract Set<String> topicIds();

    /** The session days; at least one, no repeats, none before {@link #occurredOn()}. */
    public abstract List<LocalDate> sessionDays();

    /** Where it is held. */
    public abstract String venue();

    /** The trainers. */
    public abstract List<String> trainers();

    /** The most participants it takes; positive. */
    public abstract int capacity();

    /** The completion threshold in percent of sessions (1–100), 80 by default. */
    @Value.Default
    public int completionThresholdPercent() {
        return TrainingClass.DEFAULT_COMPLETION_THRESHOLD_PERCENT;
    }

    /** The test scale, 0–100 by default. */
    @Value.Default
    public ScoreScale scoreScale() {
        return ScoreScale.PERCENT;
    }

    /** The budget planned, if any. */
    public abstract Optional<Money> plannedBudget();

    /** Builds an {@link OpenClass}. */
    public static final class Builder extends ImmutableOpenClass.Builder {
    }
}
