package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * "This unit belonged to the unit {@link #code()} during this period." A unit lists one link per
 * period: a commune of Tây Giang district until 30 June 2025 has one link, a unit moved from one
 * district to another has two. The links of one unit must not overlap; a link's effective period is
 * its own validity cut to the unit's.
 *
 * <p>JSON: {@code {"code": "QNA.TAY-GIANG", "validTo": "2025-06-30"}}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParentLink.class)
@JsonDeserialize(as = ImmutableParentLink.class)
public abstract class ParentLink {

    /** The code of the parent unit. */
    public abstract String code();

    /** The first day of the link; empty when open (as long as the unit exists). */
    public abstract Optional<LocalDate> validFrom();

    /** The last day of the link; empty when open. */
    public abstract Optional<LocalDate> validTo();

    /** The period of the link. */
    public Validity validity() {
        return Validity.of(validFrom(), validTo());
    }

    /** Whether the link is in force on {@code date}. Allocates nothing. */
    public boolean isValidOn(LocalDate date) {
        Optional<LocalDate> from = validFrom();
        Optional<LocalDate> to = validTo();
        return (from.isEmpty() || !date.isBefore(from.get())) && (to.isEmpty() || !date.isAfter(to.get()));
    }

    /** A link to {@code parentCode} for as long as the child exists. */
    public static ParentLink to(String parentCode) {
        return builder().code(requireNonNull(parentCode, "parentCode")).build();
    }

    /** A link to {@code parentCode} during {@code validity}. */
    public static ParentLink to(String parentCode, Validity validity) {
        requireNonNull(validity, "validity");
        return builder().code(requireNonNull(parentCode, "parentCode"))
                .validFrom(validity.from()).validTo(validity.to()).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ParentLink}; obtain one with {@link ParentLink#builder()}. */
    public static final class Builder extends ImmutableParentLink.Builder {
    }
}
