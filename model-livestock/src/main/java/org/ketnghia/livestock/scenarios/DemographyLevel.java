package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;
import org.ketnghia.livestock.simulation.Demography;

/**
 * A named demography (<i>bộ tham số đàn</i>): e.g. {@code "assumed"} (<i>giả định</i>, the
 * planning defaults) or {@code "calibrated"} (<i>hiệu chỉnh</i>, estimated from what the ledger
 * recorded). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DemographyLevel {

    /** Name of the assumed demography level. */
    public static final String ASSUMED = "assumed";
    /** Name of the calibrated demography level. */
    public static final String CALIBRATED = "calibrated";

    /** The level's name: unique in its grid. */
    public abstract String name();

    /** The demography. */
    public abstract Demography demography();

    /** The label in Vietnamese, e.g. {@code "giả định"}. */
    @Value.Default
    public String labelVi() {
        return switch (name()) {
            case ASSUMED -> "giả định";
            case CALIBRATED -> "hiệu chỉnh";
            default -> name();
        };
    }

    /** A level named {@code name}. */
    public static DemographyLevel of(String name, Demography demography) {
        return builder().name(requireNonNull(name, "name")).demography(requireNonNull(demography, "demography"))
                .build();
    }

    /** The assumed demography {@code demography}, named {@value #ASSUMED}. */
    public static DemographyLevel assumed(Demography demography) {
        return of(ASSUMED, demography);
    }

    /** A calibrated demography, named {@value #CALIBRATED}. */
    public static DemographyLevel calibrated(Demography demography) {
        return of(CALIBRATED, demography);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DemographyLevel}. */
    public static final class Builder extends ImmutableDemographyLevel.Builder {
    }
}
