package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.startup.policy.ApplicantKind;

/**
 * An application was approved with a budget per item, milestones and tranches. Copies the facts the
 * indicators group by (applicant kind, sector, counterpart, leadership).
 */
@Value.Immutable
@JsonTypeName(ApplicationApproved.TYPE)
@JsonSerialize(as = ImmutableApplicationApproved.class)
@JsonDeserialize(as = ImmutableApplicationApproved.class)
public abstract class ApplicationApproved implements LedgerEvent {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.application-approved";

    ApplicationApproved() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The application. */
    public abstract String applicationId();

    /** Its call. */
    public abstract String callId();

    /** The approval decision. */
    public abstract String decisionReference();

    /** The approved amount per item. */
    public abstract List<ItemAmount> approvedItems();

    /** The milestones. */
    public abstract List<Milestone> milestones();

    /** The tranches. */
    public abstract List<TranchePlan> tranches();

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

    /** The sum of the items. */
    public Money approvedTotal() {
        return Money.sum(approvedItems().stream().map(ItemAmount::amount).toList());
    }

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableApplicationApproved.Builder {
    }
}
