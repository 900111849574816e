package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The saved state of one projection in a {@link LedgerSnapshot}: its type id (the projection's class name), the
 * {@link CodeFingerprint} of the code that saved it — a projection whose code now has another fingerprint is
 * rebuilt by replay instead of restored — and the state ({@link SnapshotForm#stateType()}) as UTF-8 JSON written by
 * the runtime's mapper.
 *
 * <p>Immutable. The state of a large projection runs to tens of megabytes, so it is copied once, when the value is
 * made, and read without copying through {@link #stateStream()}.
 */
public final class ProjectionSnapshot {

    private final String projectionType;
    private final String fingerprint;
    private final byte[] stateJson;

    private ProjectionSnapshot(String projectionType, String fingerprint, byte[] stateJson) {
        this.projectionType = requireNonNull(projectionType, "projectionType");
        this.fingerprint = requireNonNull(fingerprint, "fingerprint");
        this.stateJson = stateJson;
    }

    /**
     * A saved state; {@code stateJson} is copied.
     *
     * @param projectionType the projection's type id: its class name
     * @param fingerprint the code fingerprint of the projection and its state type
     * @param stateJson the state as UTF-8 JSON
     */
    public static ProjectionSnapshot of(String projectionType, String fingerprint, byte[] stateJson) {
        return new ProjectionSnapshot(projectionType, fingerprint, requireNonNull(stateJson, "stateJson").clone());
    }

    /** A saved state holding {@code stateJson} itself, which the caller must not change: the ledger's own, fresh bytes. */
    static ProjectionSnapshot owning(String projectionType, String fingerprint, byte[] stateJson) {
        return new ProjectionSnapshot(projectionType, fingerprint, requireNonNull(stateJson, "stateJson"));
    }

    /** The projection's type id: its class name. */
    public String projectionType() {
        return projectionType;
    }

    /** The code fingerprint of the projection and its state type when it was saved. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A copy of the state's JSON bytes. */
    public byte[] stateJson() {
        return stateJson.clone();
    }

    /** The state's JSON bytes as a stream, without copying them. */
    public InputStream stateStream() {
        return new ByteArrayInputStream(stateJson);
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
        return "ProjectionSnapshot[" + projectionType + ", " + fingerprint + ", " + stateJson.length + " bytes: "
                + new String(stateJson, 0, Math.min(stateJson.length, 200), StandardCharsets.UTF_8) + "]";
    }
}
