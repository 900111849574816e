package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.disclosure.BeneficiarySupport;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;

/**
 * A tranche of start-up support was paid; shown on the commune’s public list under the listed
 * household. The matching {@code funding.expenditure-recorded} is appended with it.
 *
 * <p>The facts it shares with its command are declared once in {@link TrancheFacts}.
 */
@Value.Immutable
@JsonTypeName(TrancheDisbursed.TYPE)
@JsonSerialize(as = ImmutableTrancheDisbursed.class)
@JsonDeserialize(as = ImmutableTrancheDisbursed.class)
public abstract class TrancheDisbursed implements LedgerEvent, BeneficiarySupport, TrancheFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.tranche-disbursed";

    TrancheDisbursed() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household on the public list. */
    @Override
    public abstract String householdId();

    /** Always {@code "startup"}. */
    @Override
    public abstract String pilotModelId();

    /** What was given, in Vietnamese. */
    @Override
    public abstract String supportDescriptionVi();

    /** What was given, in English. */
    @Override
    public abstract String supportDescriptionEn();

    /** The amount paid. */
    @Override
    public abstract Money value();

    /** The payment date. */
    @Override
    public abstract LocalDate supportedOn();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableTrancheDisbursed.Builder {
    }
}
