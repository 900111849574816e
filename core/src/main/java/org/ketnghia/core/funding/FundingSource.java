package org.ketnghia.core.funding;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A registered funding source (<i>nguồn vốn</i>) as the {@link FundingLedger} knows it.
 * Immutable and thread-safe.
 *
 * @param sourceId unique id
 * @param name display name
 * @param kind what kind of source
 * @param sponsorId the twinning sponsor it belongs to, if any
 */
public record FundingSource(String sourceId, String name, FundingSourceKind kind, Optional<String> sponsorId) {

    /** Checks that no part is missing. */
    public FundingSource {
        requireNonNull(sourceId, "sourceId");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        sponsorId = sponsorId == null ? Optional.empty() : sponsorId;
    }
}
