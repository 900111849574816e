package org.ketnghia.startup.project;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Amends an approved project (<i>điều chỉnh dự án đã phê duyệt</i>) by the decision {@link #decisionReference()}: its
 * approved items, milestones and tranche schedule as they stand after the amendment, with the {@link #reason()}. The
 * same rules as the approval (within the request, the state-share ceiling, the call's budget and the norm), and never
 * below what was already disbursed: each item at least what was paid for it, each paid tranche kept with at least what
 * it paid per item. The approval recorded stays in the ledger; the projection shows the amended plan and keeps every
 * earlier version ({@link StartupProjects#amendments(String)}).
 *
 * <p>The facts it shares with the approval are declared once in {@link ApprovalFacts}.
 */
@Value.Immutable
@JsonTypeName(AmendApproval.TYPE)
@JsonSerialize(as = ImmutableAmendApproval.class)
@JsonDeserialize(as = ImmutableAmendApproval.class)
public abstract class AmendApproval implements Command, ApprovalFacts {

    /** Stable JSON type id. */
    public static final String TYPE = "startup.amend-approval";

    AmendApproval() {
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Who records it. */
    @Override
    public abstract Actor actor();

    /** The project's commune (or its successor). */
    @Override
    public abstract String unitCode();

    /** The date of the amending decision; not before the approval. */
    @Override
    public abstract LocalDate occurredOn();

    /** Why the project is amended, e.g. {@code "Giá giống tăng, chuyển 5 triệu từ phân bón sang giống"}; never blank. */
    public abstract String reason();

    /** Builder; {@code build()} throws {@link IllegalStateException} when a required attribute is missing. */
    public static final class Builder extends ImmutableAmendApproval.Builder {
    }
}
