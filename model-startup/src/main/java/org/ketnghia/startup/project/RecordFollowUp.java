package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * A yearly follow-up of an approved project (<i>theo dõi, đánh giá</i>).
 */
@Value.Immutable
@JsonTypeName(RecordFollowUp.TYPE)
@JsonSerialize(as = ImmutableRecordFollowUp.class)
@JsonDeserialize(as = ImmutableRecordFollowUp.class)
public abstract class RecordFollowUp implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.record-follow-up";

    RecordFollowUp() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The commune (or, for a call, the unit) it concerns. */
    @Override
    public abstract String unitCode();

    /** The date it happened. */
    @Override
    public abstract LocalDate occurredOn();

    /** The application. */
    public abstract String applicationId();

    /** The year since approval (1, 2, 3, …). */
    public abstract int year();

    /** Whether the business still operates. */
    public abstract boolean stillOperating();

    /** The revenue of the year. */
    public abstract Money revenue();

    /** Jobs created. */
    public abstract int jobsCreated();

    /** Of which for women. */
    @Value.Default
    public int jobsForWomen() {
        return 0;
    }

    /** Of which for ethnic-minority workers. */
    @Value.Default
    public int jobsForEthnicMinorities() {
        return 0;
    }

    /** Products certified this year, e.g. "OCOP 3 sao". */
    public abstract List<String> certifications();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordFollowUp.Builder {
    }
}
