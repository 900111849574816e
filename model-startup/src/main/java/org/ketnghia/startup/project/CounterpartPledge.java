package org.ketnghia.startup.project;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.money.Money;

/**
 * Counterpart an applicant offers (<i>vốn đối ứng</i>): cash, kind or labour valued in đồng. Immutable.
 *
 * @param form cash, kind or labour
 * @param value its value
 * @param description what it is, e.g. "200 ngày công làm vườn"
 */
public record CounterpartPledge(ContributionForm form, Money value, String description) {

    /** Checks that no part is missing. */
    public CounterpartPledge {
        requireNonNull(form, "form");
        requireNonNull(value, "value");
        requireNonNull(description, "description");
    }
}
