package org.ketnghia.core.duty;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint of a submitted document (<i>mã băm nội dung</i>): the SHA-256 of its exact bytes, in
 * lower-case hex. The ledger keeps the hash, not the document: whoever holds the document can show it is the
 * one submitted. Stateless and thread-safe.
 */
public final class ReportContent {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private ReportContent() {
    }

    /** The SHA-256 of {@code content}, 64 lower-case hex digits. */
    public static String sha256(byte[] content) {
        requireNonNull(content, "content");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform has SHA-256", absent);
        }
    }

    /** Whether {@code hash} has the form of {@link #sha256}: 64 lower-case hex digits. */
    public static boolean isSha256(String hash) {
        return SHA_256.matcher(requireNonNull(hash, "hash")).matches();
    }
}
