package org.ketnghia.core.funding.settlement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.funding.FundingSourceKind;

/**
 * One line of a settlement (<i>dòng quyết toán</i>): what a fund-holding unit (a commune people's
 * committee, or a district or provincial body) pledged, received, spent and carries forward for one
 * pilot model from one funding source. The source's sponsor, kind and {@link FundingShare} are copied
 * in when the settlement is recorded, so the line reads the same whatever happens later. Immutable.
 *
 * <p>JSON: {@code {"unitCode":"QNA.TAY-GIANG.A-XAN","modelId":"livestock","sourceId":"stc",
 * "sourceKind":"SPONSOR","sponsorId":"so-tai-chinh","share":"MOBILISED","amounts":{…}}}; {@code
 * sourceKind} and {@code sponsorId} are absent for money no source can be named for.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSettlementLine.class)
@JsonDeserialize(as = ImmutableSettlementLine.class)
public abstract class SettlementLine {

    /** The source id of spending no receipt can be traced to (only in ledgers written around validation). */
    public static final String UNATTRIBUTED_SOURCE = "-";

    SettlementLine() {
    }

    /** The unit holding the fund (the code the money was recorded for). */
    public abstract String unitCode();

    /** The pilot model. */
    public abstract String modelId();

    /** The funding source, or {@link #UNATTRIBUTED_SOURCE}. */
    public abstract String sourceId();

    /** The source's kind; empty for {@link #UNATTRIBUTED_SOURCE}. */
    public abstract Optional<FundingSourceKind> sourceKind();

    /** The sponsor of the source, if it has one (<i>đơn vị kết nghĩa</i>). */
    public abstract Optional<String> sponsorId();

    /** The state-budget or mobilised share. */
    public abstract FundingShare share();

    /** The figures. */
    public abstract SettlementAmounts amounts();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableSettlementLine.Builder {
    }
}
