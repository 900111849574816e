package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.LedgerEvent;

/**
 * An official completed a class and received a numbered certificate.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(CertificateIssued.TYPE)
@JsonSerialize(as = ImmutableCertificateIssued.class)
@JsonDeserialize(as = ImmutableCertificateIssued.class)
public abstract class CertificateIssued implements LedgerEvent {

    /** The stable JSON type id. */
    public static final String TYPE = "training.certificate-issued";

    CertificateIssued() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The class. */
    public abstract String classId();

    /** The official. */
    public abstract String personId();

    /** The certificate number. */
    public abstract String certificateNumber();

    /** Sessions the official attended. */
    public abstract int sessionsAttended();

    /** Sessions of the class. */
    public abstract int sessions();

    /** Builds a {@link CertificateIssued}. */
    public static final class Builder extends ImmutableCertificateIssued.Builder {
    }
}
