package org.ketnghia.core.funding.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 *
 * <p><b>Spent by another programme.</b> In a ledger of several programmes, money a settlement of programme Q counts
 * (money recorded for Q or for no programme) may have paid spending of another programme P: the funding ledger traces
 * an expenditure of P to receipts of P and of no programme. That money is on a line of its own, with {@link
 * #spentByProgramme()} naming P (<i>chương trình P đã chi</i>): its only figure is what P spent of the source's money
 * ({@code spent}), so its balance is minus that, and the settlement's balance carried forward for the source is
 * what Q can really still use. {@code spentByProgramme} is absent (and not written in JSON) on every other line, so
 * lines recorded before it was kept read and write as they were.
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

    /**
     * The other programme whose spending this line's money paid; empty on a line of the settled programme's own
     * figures. When present, every figure but {@code spent} is zero.
     */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public abstract Optional<String> spentByProgramme();

    /** The figures. */
    public abstract SettlementAmounts amounts();

    /** Checks that a line spent by another programme names it and holds only that spending. */
    @Value.Check
    protected void check() {
        spentByProgramme().ifPresent(programme -> {
            SettlementAmounts a = amounts();
            if (programme.isBlank() || !a.pledged().isZero() || !a.received().isZero() || !a.inKind().isZero()
                    || !a.transferredIn().isZero() || !a.transferredOut().isZero()) {
                throw new IllegalStateException("line " + unitCode() + "/" + modelId() + "/" + sourceId()
                        + " spent by programme '" + programme + "' must name it and hold only what it spent: " + a);
            }
        });
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableSettlementLine.Builder {
    }
}
