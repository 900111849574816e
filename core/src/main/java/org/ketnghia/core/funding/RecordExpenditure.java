package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;

/**
 * Records an expenditure of the commune {@link #unitCode()} against a pilot model and optionally
 * an activity. Rejected when the commune has not received enough for that purpose.
 */
@Value.Immutable
@JsonTypeName(RecordExpenditure.TYPE)
@JsonSerialize(as = ImmutableRecordExpenditure.class)
@JsonDeserialize(as = ImmutableRecordExpenditure.class)
public abstract class RecordExpenditure implements Command {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.record-expenditure";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** Unique id of the expenditure. */
    public abstract String expenditureId();

    /** The pilot model. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was paid for. */
    public abstract String description();

    /** The amount; must be positive. */
    public abstract Money amount();

    /** The document reference (<i>số chứng từ</i>); never blank. */
    public abstract String documentReference();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableRecordExpenditure.Builder {
    }
}
