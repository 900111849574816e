package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ketnghia.core.money.Money;

/**
 * A contribution in kind or labour, valued in đồng; counted, but not money in the fund.
 * Immutable.
 *
 * @param contributionId unique id
 * @param communeCode the commune it is for
 * @param sourceId who gave it
 * @param purpose model and optional activity
 * @param description what was given
 * @param form {@link ContributionForm#KIND} or {@link ContributionForm#LABOUR}
 * @param contributor for a counterpart contribution, who contributed; empty for a donation in kind
 * @param value the exact value
 * @param contributedOn the date
 */
public record NonCashContribution(String contributionId, String communeCode, String sourceId, FundPurpose purpose,
        String description, ContributionForm form, Optional<CounterpartContributor> contributor, Money value,
        LocalDate contributedOn) {

    /** Checks that no part is missing. */
    public NonCashContribution {
        requireNonNull(contributionId, "contributionId");
        requireNonNull(communeCode, "communeCode");
        requireNonNull(sourceId, "sourceId");
        requireNonNull(purpose, "purpose");
        requireNonNull(description, "description");
        requireNonNull(form, "form");
        contributor = contributor == null ? Optional.empty() : contributor;
        requireNonNull(value, "value");
        requireNonNull(contributedOn, "contributedOn");
    }
}
