package org.ketnghia.core.util;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 as ketnghia writes it (mã băm SHA-256): a new digest, and a hash as 64 lower-case hexadecimal digits. The
 * one place that asks the platform for the algorithm, so that every hash of the ledger's chain, the access log, a
 * submitted report's content and a backup part is made the same way. Stateless and thread-safe; a digest it returns is
 * not, and belongs to its caller.
 */
public final class Sha256 {

    /** The length of a hash's text: 32 bytes, two hexadecimal digits each. */
    private static final int HEX_LENGTH = 64;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + HEX_LENGTH + "}");

    private Sha256() {
    }

    /**
     * A new SHA-256 digest, for a caller that feeds it piece by piece.
     *
     * @throws IllegalStateException never on a Java platform, which must provide SHA-256
     */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java platform provides SHA-256", absent);
        }
    }

    /** The SHA-256 of {@code bytes}, as 64 lower-case hexadecimal digits. */
    public static String hex(byte[] bytes) {
        requireNonNull(bytes, "bytes");
        return lowerHex(newDigest().digest(bytes));
    }

    /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 lower-case hexadecimal digits. */
    public static String hex(String text) {
        requireNonNull(text, "text");
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** What {@code digest} has been fed, as 64 lower-case hexadecimal digits; the digest is reset for reuse. */
    public static String hexOf(MessageDigest digest) {
        requireNonNull(digest, "digest");
        return lowerHex(digest.digest());
    }

    /** Whether {@code hash} has the form this class writes: 64 lower-case hexadecimal digits. */
    public static boolean isHex(String hash) {
        requireNonNull(hash, "hash");
        return HEX.matcher(hash).matches();
    }

    private static String lowerHex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}
