package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;

/**
 * Records, before the hand-over, that a household receives another round-1 package than the plan's
 * (<i>ghi nhận ngoại lệ mức hỗ trợ vòng 1</i>): so many head of the group's species, with the
 * justification in Vietnamese, the decision and who approved it. The round-1 hand-overs to that
 * household are then held to it instead of the programme's package; a later exception for the same
 * household replaces an earlier one. Refused when the group is unknown or of another commune, the
 * household is not a supported member of it, the species is not the group's, the head count is below
 * 1 or below what the household already received in round 1, or a text is blank. Immutable.
 */
@Value.Immutable
@JsonTypeName(RecordPackageException.TYPE)
@JsonSerialize(as = ImmutableRecordPackageException.class)
@JsonDeserialize(as = ImmutableRecordPackageException.class)
public abstract class RecordPackageException implements PackageExceptionFacts, Command {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.record-package-exception";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RecordPackageException}. */
    public static final class Builder extends ImmutableRecordPackageException.Builder {
    }
}
