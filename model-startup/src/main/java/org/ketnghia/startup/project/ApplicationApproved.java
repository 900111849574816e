package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.startup.policy.ApplicantKind;

/**
 * An application was approved with a budget per item, milestones and tranches. Copies the facts the
 * indicators group by (applicant kind, sector, counterpart, leadership).
 *
 * <p>The facts it shares with its command are declared once in {@link ApprovalFacts}.
 */
@Value.Immutable
@JsonTypeName(ApplicationApproved.TYPE)
@JsonSerialize(as = ImmutableApplicationApproved.class)
@JsonDeserialize(as = ImmutableApplicationApproved.class)
public abstract class ApplicationApproved implements LedgerEvent, ApprovalFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-approved";

    ApplicationApproved() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Its call. */
    public abstract String callId();

    /** Who applied. */
    public abstract ApplicantKind applicantKind();

    /** The sector. */
    public abstract String sectorId();

    /** The counterpart offered. */
    public abstract Money counterpartValue();

    /** Woman-led. */
    @Value.Default
    public boolean ledByWoman() {
        return false;
    }

    /** Ethnic-minority-led. */
    @Value.Default
    public boolean ledByEthnicMinority() {
        return false;
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationApproved.Builder {
    }
}
