package org.ketnghia.training.course;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;

/**
 * Issue numbered certificates (<i>giấy chứng nhận hoàn thành khóa học</i>) to officials who attended at least the class's completion threshold of its sessions.
 *
 * <p>JSON type id {@value #TYPE}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonTypeName(IssueCertificates.TYPE)
@JsonSerialize(as = ImmutableIssueCertificates.class)
@JsonDeserialize(as = ImmutableIssueCertificates.class)
public abstract class IssueCertificates implements Command {

    /** The stable JSON type id. */
    public static final String TYPE = "training.issue-certificates";

    IssueCertificates() {
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public abstract Actor actor();

    /** The unit recording it (for a class: the class's unit). */
    @Override
    public abstract String unitCode();

    @Override
    public abstract LocalDate occurredOn();

    /** The class. */
    public abstract String classId();

    /** Certificate number by official id; at least one. */
    public abstract Map<String, String> certificateNumbers();

    /** Builds a {@link IssueCertificates}. */
    public static final class Builder extends ImmutableIssueCertificates.Builder {
    }
}
