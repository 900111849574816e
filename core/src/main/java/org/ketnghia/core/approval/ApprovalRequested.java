package org.ketnghia.core.approval;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.EventVersion;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A command was submitted that needs a second person's approval (<i>đề nghị phê duyệt</i>): it is kept
 * here exactly as the maker submitted it and has taken no effect. The envelope says who (the maker) and
 * when; the command's unit is the envelope's unit. It takes effect with an {@link ApprovalGranted}, never
 * after an {@link ApprovalRejected} or after {@link #expiresOn()}.
 *
 * <p>The command may hold personal data marked {@code @Sensitive}: requests are for the officials who
 * decide them and never reach a public listing. Immutable and thread-safe.
 *
 * <p>Version {@value #VERSION}: a {@link org.ketnghia.core.participant.MergeHouseholds} held before 7 December 2026
 * named its absorbed members as the keys of {@code relations}. A request recorded at version 1 is read through an
 * upcaster that gives such a command today's shape ({@code absorbedMembers}); the request keeps its recorded bytes, over
 * which its hash is checked and which stores and backups write ({@link org.ketnghia.core.ledger.RecordedPayload}).
 */
@Value.Immutable
@EventVersion(ApprovalRequested.VERSION)
@JsonTypeName(ApprovalRequested.TYPE)
@JsonSerialize(as = ImmutableApprovalRequested.class)
@JsonDeserialize(as = ImmutableApprovalRequested.class)
public abstract class ApprovalRequested implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "approval.requested";

    /** The schema version: 2 since a held merge names its absorbed members in {@code absorbedMembers} (see above). */
    public static final int VERSION = 2;

    /** The request's id, {@code "approval-<sequence of this event>"}. */
    public abstract String requestId();

    /** The command as the maker submitted it. */
    public abstract Command command();

    /** The last day it may be approved or rejected. */
    public abstract LocalDate expiresOn();

    /** Why it needs approval, in Vietnamese (the rule in force when it was recorded). */
    public abstract String ruleVi();

    /** Why it needs approval, in English. */
    public abstract String ruleEn();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ApprovalRequested}; obtain one with {@link ApprovalRequested#builder()}. */
    public static final class Builder extends ImmutableApprovalRequested.Builder {
    }
}
