package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A commune spent money from its fund (<i>chi</i>) on a pilot model and optionally an activity,
 * backed by an accounting document (<i>chứng từ</i>). Produced by {@link RecordExpenditure} or,
 * atomically with their own events, by other features through {@link CommuneFunds}. Immutable.
 */
@Value.Immutable
@JsonTypeName(ExpenditureRecorded.TYPE)
@JsonSerialize(as = ImmutableExpenditureRecorded.class)
@JsonDeserialize(as = ImmutableExpenditureRecorded.class)
public abstract class ExpenditureRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.expenditure-recorded";

    /** Unique id of the expenditure. */
    public abstract String expenditureId();

    /** The commune that spends. */
    public abstract String communeCode();

    /** The pilot model it is spent on. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was paid for, e.g. "Mua 10 con bò giống". */
    public abstract String description();

    /** The amount spent; positive. */
    public abstract Money amount();

    /** The document reference (<i>số chứng từ</i>). */
    public abstract String documentReference();

    /** The purpose: model and optional activity. */
    public FundPurpose purpose() {
        return new FundPurpose(modelId(), activity());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableExpenditureRecorded.Builder {
    }
}
