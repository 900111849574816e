package org.ketnghia.core.admin;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * "From {@link #effectiveDate()}, the territory of {@link #predecessorCode()} (or part of it) belongs
 * to {@link #successorCode()}." A merger of four communes into one is four links; a split is one
 * link per new unit. Links chain: a commune merged in 2020 and again in 2025 resolves to the 2025
 * unit ({@link AdministrativeRegistry#successorsAsOf}).
 *
 * <p>JSON: {@code {"predecessorCode": "QNA.TAY-GIANG.CHOM", "successorCode": "DNG.HUNG-SON",
 * "effectiveDate": "2025-07-01", "kind": "MERGER", "legalBasis": "Nghị quyết 1659/NQ-UBTVQH15"}}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuccession.class)
@JsonDeserialize(as = ImmutableSuccession.class)
public abstract class Succession {

    /** The code of the unit whose territory passed on. */
    public abstract String predecessorCode();

    /** The code of the unit that received it. */
    public abstract String successorCode();

    /** The first day the successor holds the territory. */
    public abstract LocalDate effectiveDate();

    /** How the territory passed. */
    public abstract SuccessionKind kind();

    /** The legal act, e.g. {@code "Nghị quyết 1659/NQ-UBTVQH15"}. */
    public abstract Optional<String> legalBasis();

    /** A free note ({@code "(check)"} when unverified). */
    public abstract Optional<String> note();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Succession}; obtain one with {@link Succession#builder()}. */
    public static final class Builder extends ImmutableSuccession.Builder {
    }
}
