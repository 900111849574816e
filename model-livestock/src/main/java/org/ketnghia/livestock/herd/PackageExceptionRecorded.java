package org.ketnghia.livestock.herd;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An exception to the round-1 support package was recorded for a household (<i>ngoại lệ mức hỗ trợ
 * vòng 1</i>), with its justification, decision and approver: its round-1 hand-overs are held to it.
 * Immutable.
 */
@Value.Immutable
@JsonTypeName(PackageExceptionRecorded.TYPE)
@JsonSerialize(as = ImmutablePackageExceptionRecorded.class)
@JsonDeserialize(as = ImmutablePackageExceptionRecorded.class)
public abstract class PackageExceptionRecorded implements PackageExceptionFacts, LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "livestock.package-exception-recorded";

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PackageExceptionRecorded}. */
    public static final class Builder extends ImmutablePackageExceptionRecorded.Builder {
    }
}
