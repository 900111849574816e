package org.ketnghia.testing.assertions;

import org.assertj.core.api.Assertions;
import org.ketnghia.core.disclosure.PublicListing;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.Ledger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.testing.outcome.SimulatedOutcome;

/**
 * The AssertJ entry point for ketnghia's values (<i>khẳng định kiểm thử</i>). It extends AssertJ's {@link
 * Assertions}, so one static import serves both:
 * {@code import static org.ketnghia.testing.assertions.KetnghiaAssertions.*;}
 */
public class KetnghiaAssertions extends Assertions {

    /** Not for instances: static entry points only. */
    protected KetnghiaAssertions() {
    }

    /** Assertions on money. */
    public static MoneyAssert assertThat(Money actual) {
        return new MoneyAssert(actual);
    }

    /** Assertions on a ledger. */
    public static LedgerAssert assertThat(Ledger actual) {
        return new LedgerAssert(actual);
    }

    /** Assertions on a report. */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /** Assertions on a public list. */
    public static PublicListingAssert assertThat(PublicListing actual) {
        return new PublicListingAssert(actual);
    }

    /** Statistical assertions on a simulated programme outcome. */
    public static OutcomeAssert assertThat(SimulatedOutcome actual) {
        return new OutcomeAssert(actual);
    }

    /** Assertions on submitting {@code command} to {@code ledger} (submitted when the first assertion runs). */
    public static CommandAssert assertThatCommand(Ledger ledger, Command command) {
        return new CommandAssert(ledger, command);
    }
}
