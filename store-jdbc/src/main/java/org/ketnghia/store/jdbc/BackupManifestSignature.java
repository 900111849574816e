package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import org.ketnghia.core.privacy.MasterKey;

/**
 * The signature of a backup's manifest (chữ ký của bảng kê, {@link BackupManifest}): HMAC-SHA256 over the manifest's
 * signed content ({@link BackupManifest#signedContent()}), keyed by the key the host's master key derives for this one
 * purpose ({@link MasterKey#derivedKey} with {@value #KEY_PURPOSE}: HKDF-Expand, RFC 5869, SHA-256). Whoever holds the
 * backup but not the master key cannot write a manifest that verifies for parts they rewrote; whoever holds the master
 * key can. In a manifest, a small object:
 *
 * <pre>{@code
 * "signature" : {
 *   "algorithm" : "hmac-sha256",
 *   "keyDerivation" : "hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1",
 *   "value" : "5c0e…"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param algorithm the algorithm, {@value #ALGORITHM}; this version knows no other
 * @param keyDerivation how the key is derived from the master key, {@value #KEY_DERIVATION}; this version knows no other
 * @param value the HMAC, 64 lower-case hexadecimal digits
 */
public record BackupManifestSignature(String algorithm, String keyDerivation, String value) {

    /** The signature's algorithm, as a manifest names it. */
    public static final String ALGORITHM = "hmac-sha256";
    /** The purpose the signing key is derived from the master key for ({@link MasterKey#derivedKey}). */
    public static final String KEY_PURPOSE = "ketnghia-backup-manifest-signature-v1";
    /** How the signing key is derived from the master key, as a manifest names it. */
    public static final String KEY_DERIVATION = "hkdf-sha256-expand/" + KEY_PURPOSE;

    private static final HexFormat HEX = HexFormat.of();
    private static final int HMAC_LENGTH = 32;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException for an algorithm or a key derivation this version does not know, or a value
     *     that is not 64 lower-case hexadecimal digits, quoting it
     */
    public BackupManifestSignature {
        requireNonNull(algorithm, "algorithm");
        requireNonNull(keyDerivation, "keyDerivation");
        requireNonNull(value, "value");
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("a signature algorithm this version does not know: \"" + algorithm
                    + "\", where it knows " + ALGORITHM);
        }
        if (!KEY_DERIVATION.equals(keyDerivation)) {
            throw new IllegalArgumentException("a key derivation this version does not know: \"" + keyDerivation
                    + "\", where it knows " + KEY_DERIVATION);
        }
        if (value.length() != 2 * HMAC_LENGTH || !value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("a signature's value is 64 lower-case hexadecimal digits: \"" + value + "\"");
        }
    }

    /** The signature of {@code signedContent} with the key {@code masterKey} derives for manifests. */
    static BackupManifestSignature of(byte[] signedContent, MasterKey masterKey) {
        return new BackupManifestSignature(ALGORITHM, KEY_DERIVATION, HEX.formatHex(hmac(signedContent, masterKey)));
    }

    /**
     * Whether this is the signature of {@code signedContent} with the key {@code masterKey} derives, compared in
     * constant time ({@link MessageDigest#isEqual}), so that the time taken tells nothing of the right value.
     */
    boolean verifies(byte[] signedContent, MasterKey masterKey) {
        return MessageDigest.isEqual(hmac(signedContent, masterKey), HEX.parseHex(value));
    }

    private static byte[] hmac(byte[] signedContent, MasterKey masterKey) {
        requireNonNull(signedContent, "signedContent");
        requireNonNull(masterKey, "masterKey");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(masterKey.derivedKey(KEY_PURPOSE));
            return mac.doFinal(signedContent);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }
}
