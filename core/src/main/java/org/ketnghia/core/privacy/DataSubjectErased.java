package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonTypeName;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * A data subject's personal data was erased (xóa dữ liệu cá nhân): its key was destroyed, so its encrypted
 * fields read as erased from then on, while the events themselves, and the hash chain, stay. Records the
 * legal basis and who asked, as Decree 13/2023/NĐ-CP and Law 91/2025/QH15 require of a controller.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 *
 * @param subject the subject's {@link DataSubject#key()}, e.g. {@code household:HN-A-012}
 * @param legalBasis the legal basis, e.g. {@code "Điều 16 Luật 91/2025/QH15 — yêu cầu của chủ thể"}
 * @param requestedBy who asked for the erasure (the subject, a guardian, an authority), as the reference of the
 *     request ({@link ErasureRequestReference}, checked on {@link EraseDataSubject}); in the clear, never encrypted.
 *     An erasure recorded before that rule may hold free text, even a name: it is read and replayed as recorded.
 * @param reason why, in the official's words
 */
@JsonTypeName(DataSubjectErased.TYPE)
public record DataSubjectErased(String subject, String legalBasis, String requestedBy, String reason)
        implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "privacy.data-subject-erased";

    /** Checks that no part is missing. */
    public DataSubjectErased {
        requireNonNull(subject, "subject");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(reason, "reason");
    }
}
