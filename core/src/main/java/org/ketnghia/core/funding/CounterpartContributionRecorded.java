package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A counterpart contribution (<i>đối ứng</i>) from the district, the commune or households, in
 * cash, kind or labour. Cash goes into the commune's fund and may be spent like a receipt; kind
 * ({@code quantity × unitValue}) and labour ({@code labour days × day rate}) are valued and
 * counted only. For cash, {@link #quantity()} and {@link #unitValue()} are empty. Immutable.
 */
@Value.Immutable
@JsonTypeName(CounterpartContributionRecorded.TYPE)
@JsonSerialize(as = ImmutableCounterpartContributionRecorded.class)
@JsonDeserialize(as = ImmutableCounterpartContributionRecorded.class)
public abstract class CounterpartContributionRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.counterpart-contribution-recorded";

    /** Unique id of the contribution. */
    public abstract String contributionId();

    /** The commune the contribution is for. */
    public abstract String communeCode();

    /** Who contributes. */
    public abstract CounterpartContributor contributor();

    /** Cash, kind or labour. */
    public abstract ContributionForm form();

    /** The counterpart funding source that records it. */
    public abstract String sourceId();

    /** The pilot model it is for. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was contributed, e.g. "Ngày công làm chuồng". */
    public abstract String description();

    /** Units or labour days, for kind and labour. */
    public abstract OptionalLong quantity();

    /** Value of one unit or the day rate, for kind and labour. */
    public abstract Optional<Money> unitValue();

    /** The exact value in đồng; for kind and labour {@code quantity × unitValue}. */
    public abstract Money value();

    /** Whether it is money in the commune's fund. */
    @JsonIgnore
    public boolean isCash() {
        return form() == ContributionForm.CASH;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableCounterpartContributionRecorded.Builder {
    }
}
