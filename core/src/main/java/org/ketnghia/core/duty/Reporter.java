package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

/**
 * Who owes a report: an administrative unit (a commune, district or province, by code) or a sponsor (by id).
 *
 * @param code the unit's code or the sponsor's id
 * @param sponsor whether {@code code} is a sponsor's id
 */
public record Reporter(String code, boolean sponsor) {

    /** Checks that no part is missing. */
    public Reporter {
        requireNonNull(code, "code");
    }

    /** An administrative unit as reporter. */
    public static Reporter unit(String unitCode) {
        return new Reporter(unitCode, false);
    }

    /** A sponsor as reporter, on its own part. */
    public static Reporter ofSponsor(String sponsorId) {
        return new Reporter(sponsorId, true);
    }

    /** {@code "unit:<code>"} or {@code "sponsor:<id>"}: a key unique among reporters. */
    public String key() {
        return (sponsor ? "sponsor:" : "unit:") + code;
    }

    @Override
    public String toString() {
        return key();
    }
}
