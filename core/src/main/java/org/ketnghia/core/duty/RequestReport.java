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
 * Asks units and sponsors for an ad-hoc report with a deadline (<i>yêu cầu báo cáo đột xuất</i>). Rejected,
 * with every problem at once, when the programme is unknown, the id is blank or already used, the title is
 * blank, the period is inverted, the deadline is before the request, no addressee is named, an addressee unit
 * does not exist on the date or lies outside the requesting unit, or an addressee sponsor is not registered.
 *
 * <p>{@link #unitCode()} is the requesting unit (the province, or a district for its communes). Recorded by
 * the system, the provincial committee or a district office. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonTypeName(RequestReport.TYPE)
@JsonSerialize(as = ImmutableRequestReport.class)
@JsonDeserialize(as = ImmutableRequestReport.class)
public abstract class RequestReport implements Command, ReportRequestFacts {

    /** The stable JSON type id. */
    public static final String TYPE = "duty.request-report";

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

    /** Builds a {@link RequestReport}; obtain one with {@link RequestReport#builder()}. */
    public static final class Builder extends ImmutableRequestReport.Builder {
    }
}
