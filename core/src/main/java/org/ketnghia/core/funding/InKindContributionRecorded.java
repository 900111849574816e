package org.ketnghia.core.funding;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * Goods given in kind (<i>đóng góp bằng hiện vật</i>) valued in đồng: {@code quantity × unitValue}.
 * Counted in plan-versus-actual tables but not spendable money. Immutable.
 */
@Value.Immutable
@JsonTypeName(InKindContributionRecorded.TYPE)
@JsonSerialize(as = ImmutableInKindContributionRecorded.class)
@JsonDeserialize(as = ImmutableInKindContributionRecorded.class)
public abstract class InKindContributionRecorded implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "funding.in-kind-contribution-recorded";

    /** Unique id of the contribution. */
    public abstract String contributionId();

    /** The commune that received the goods. */
    public abstract String communeCode();

    /** Who gave them. */
    public abstract String sourceId();

    /** The pilot model they are for. */
    public abstract String modelId();

    /** The activity, if any. */
    public abstract Optional<String> activity();

    /** What was given, e.g. "Xi măng PCB40 (bao 50 kg)". */
    public abstract String description();

    /** How many units; positive. */
    public abstract long quantity();

    /** Value of one unit in đồng; positive. */
    public abstract Money unitValue();

    /** {@code quantity × unitValue}, exact. */
    public Money value() {
        return unitValue().times(quantity());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableInKindContributionRecorded.Builder {
    }
}
