package org.ketnghia.core.duty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Declares reporting duties of a programme (<i>quy định chế độ báo cáo</i>): who reports, what and by when.
 * Rejected, with every problem at once, when the programme is unknown, no duty is given, a duty id is malformed
 * or already declared, a title is blank, an interim review has no {@code afterYears} within the programme's
 * years (or another kind has one), or a deadline lies more than a year from the period's end.
 *
 * <p>{@link #unitCode()} is the programme's province. Recorded by the system or the provincial committee. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(DeclareReportingDuties.TYPE)
@JsonSerialize(as = ImmutableDeclareReportingDuties.class)
@JsonDeserialize(as = ImmutableDeclareReportingDuties.class)
public abstract class DeclareReportingDuties implements Command, ReportingCalendarFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.declare-reporting-duties";

    @Override
    public abstract Actor actor();

    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DeclareReportingDuties}; obtain one with {@link DeclareReportingDuties#builder()}. */
    public static final class Builder extends ImmutableDeclareReportingDuties.Builder {
    }
}
