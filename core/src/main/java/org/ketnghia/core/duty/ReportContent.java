package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.util.Sha256;

/**
 * The fingerprint of a submitted document (<i>mã băm nội dung</i>): the SHA-256 of its exact bytes, in
 * lower-case hex. The ledger keeps the hash, not the document: whoever holds the document can show it is the
 * one submitted. Stateless and thread-safe.
 */
public final class ReportContent {

    private ReportContent() {
    }

    /** The SHA-256 of {@code content}, 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        requireNonNull(content, "content");
        return Sha256.hex(content);
    }

    /** Whether {@code hash} has the form of {@link #sha256}: 64 lower-case hex digits. */
    public static boolean isSha256(String hash) {
        return Sha256.isHex(requireNonNull(hash, "hash"));
    }
}
