package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The saved state of one projection in a {@link LedgerSnapshot}.
 *
 * @param projectionType the projection's type id: its class name
 * @param fingerprint the {@link CodeFingerprint} of the code that saved it; a projection whose code now has
 *     another fingerprint is rebuilt by replay instead of restored
 * @param stateJson the state ({@link SnapshotForm#stateType()}) as UTF-8 JSON written by the runtime's mapper
 */
public record ProjectionSnapshot(String projectionType, String fingerprint, byte[] stateJson) {

    /** Checks the parts and copies the bytes. */
    public ProjectionSnapshot {
        requireNonNull(projectionType, "projectionType");
        requireNonNull(fingerprint, "fingerprint");
        stateJson = requireNonNull(stateJson, "stateJson").clone();
    }

    /** A copy of the state's JSON bytes. */
    @Override
    public byte[] stateJson() {
        return stateJson.clone();
    }

    /** Size of the state's JSON in bytes. */
    public int stateBytes() {
        return stateJson.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectionSnapshot that && that.projectionType.equals(projectionType)
                && that.fingerprint.equals(fingerprint) && Arrays.equals(that.stateJson, stateJson);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * projectionType.hashCode() + fingerprint.hashCode()) + Arrays.hashCode(stateJson);
    }

    @Override
    public String toString() {
        return "ProjectionSnapshot[" + projectionType + ", " + fingerprint + ", "
                + new String(stateJson, 0, Math.min(stateJson.length, 200), StandardCharsets.UTF_8) + "]";
    }
}
