package org.ketnghia.livestock.simulation;

import java.util.Optional;

/**
 * A scenario shock in one programme year (<i>cú sốc kịch bản</i>): an epidemic that adds annual
 * mortality (e.g. lumpy skin disease, <i>viêm da nổi cục</i>, killed 13 % of infected cattle in a 2021
 * outbreak) or a drought that lowers fertility.
 *
 * <p>An epidemic multiplies every monthly survival in the year by {@code (1 − extraMortality)^(1/12)};
 * a drought multiplies the monthly parturition probability by {@code fertilityFactor}.
 *
 * @param kind epidemic or drought
 * @param year programme year affected (1-based)
 * @param districtCode the district affected; empty = every district
 * @param extraMortality added annual mortality in [0, 1) (epidemics)
 * @param fertilityFactor multiplier of fertility in [0, 1] (droughts)
 */
public record Shock(Kind kind, int year, Optional<String> districtCode, double extraMortality,
        double fertilityFactor) {

    /** Checks the shock. */
    public Shock {
        if (kind == null || year < 1 || districtCode == null || !(extraMortality >= 0 && extraMortality < 1)
                || !(fertilityFactor >= 0 && fertilityFactor <= 1)) {
            throw new IllegalArgumentException("invalid shock: " + kind + " year " + year + " mortality "
                    + extraMortality + " fertility " + fertilityFactor);
        }
    }

    /** An epidemic (<i>dịch bệnh</i>) adding {@code extraMortality} in {@code districtCode} in {@code year}. */
    public static Shock epidemic(int year, String districtCode, double extraMortality) {
        return new Shock(Kind.EPIDEMIC, year, Optional.of(districtCode), extraMortality, 1.0);
    }

    /** A drought (<i>hạn hán</i>) multiplying fertility by {@code fertilityFactor} everywhere in {@code year}. */
    public static Shock drought(int year, double fertilityFactor) {
        return new Shock(Kind.DROUGHT, year, Optional.empty(), 0, fertilityFactor);
    }

    /** Whether the shock touches {@code district} in programme year {@code inYear}. */
    public boolean applies(String district, int inYear) {
        return year == inYear && districtCode.map(district::equals).orElse(true);
    }

    /** The kind of shock. */
    public enum Kind {
        /** Dịch bệnh: extra mortality. */
        EPIDEMIC,
        /** Hạn hán: lower fertility. */
        DROUGHT
    }
}
