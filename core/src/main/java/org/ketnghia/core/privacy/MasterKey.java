package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.privacy.internal.Aes;

/**
 * The host's master key (khóa chủ): 32 bytes that wrap every data subject's key in the {@link
 * SubjectKeyStore}, so that the key store alone reveals nothing. The host supplies it from the environment
 * variable {@value #ENVIRONMENT_VARIABLE}, from a file, or from its key-management service ({@link #of}); it
 * is never stored beside the ledger. A missing or malformed key fails at once with a coded error naming what
 * is missing ({@link PrivacyErrorCode#PRIVACY_MASTER_KEY_MISSING}, {@link
 * PrivacyErrorCode#PRIVACY_MASTER_KEY_INVALID}).
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the key.
 */
public final class MasterKey {

    /** The environment variable holding the master key in base64. */
    public static final String ENVIRONMENT_VARIABLE = "KETNGHIA_MASTER_KEY";

    /** The key length in bytes (AES-256). */
    public static final int LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HMAC_SHA256 = "HmacSHA256";

    private final SecretKeySpec key;
    private final String source;

    private MasterKey(byte[] bytes, String source) {
        if (bytes.length != LENGTH) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_INVALID, "masterKey", source);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.source = source;
    }

    /** A master key of the given 32 bytes (from a KMS, say); {@code source} names it in errors. */
    public static MasterKey of(byte[] bytes, String source) {
        requireNonNull(bytes, "bytes");
        requireNonNull(source, "source");
        return new MasterKey(bytes.clone(), source);
    }

    /** A new random master key, for tests and for a province setting up its first ledger. */
    public static MasterKey generate() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        return new MasterKey(bytes, "generated");
    }

    /**
     * The key in the environment variable {@value #ENVIRONMENT_VARIABLE}.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_MISSING} naming the variable when it
     *     is unset or blank, {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_INVALID} when it is not 32 bytes in base64
     */
    public static MasterKey fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, reading the given environment (for tests and launchers). */
    public static MasterKey fromEnvironment(Map<String, String> environment) {
        requireNonNull(environment, "environment");
        String value = environment.get(ENVIRONMENT_VARIABLE);
        if (value == null || value.isBlank()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING, "masterKey",
                    "environment variable " + ENVIRONMENT_VARIABLE + " is not set");
        }
        return decode(value, "environment variable " + ENVIRONMENT_VARIABLE);
    }

    /**
     * The key in {@code file}, in base64 (surrounding white space ignored).
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_MISSING} naming the file when it
     *     does not exist or cannot be read, {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_INVALID} when malformed
     */
    public static MasterKey fromFile(Path file) {
        requireNonNull(file, "file");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_MISSING, "masterKey",
                    "file " + file.toAbsolutePath() + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return decode(text.strip(), "file " + file.toAbsolutePath());
    }

    private static MasterKey decode(String base64, String source) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.strip()), source);
        } catch (IllegalArgumentException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_INVALID, "masterKey", source);
        }
    }

    /** The key in base64, to hand to a host's secret store once; never log it. */
    public String toBase64() {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Where the key came from, e.g. {@code "environment variable KETNGHIA_MASTER_KEY"}. */
    public String source() {
        return source;
    }

    /**
     * A key derived from this master key for one purpose only (khóa dẫn xuất), such as signing a backup's manifest:
     * HKDF-Expand of RFC 5869 with SHA-256, this master key as the pseudorandom key (it is 32 random bytes already, so
     * there is no extract step), the UTF-8 bytes of {@code purpose} as the info and 32 bytes of output, that is
     * HMAC-SHA256(master key, purpose ‖ 0x01). Keys for different purposes are unrelated, and none reveals the master
     * key or another; the same master key and purpose always give the same key.
     *
     * @param purpose what the key is for, naming its use and version, e.g. {@code
     *     "ketnghia-backup-manifest-signature-v1"}; not blank
     * @return a 32-byte key for {@code HmacSHA256}
     * @throws IllegalArgumentException for a blank purpose
     */
    public SecretKey derivedKey(String purpose) {
        requireNonNull(purpose, "purpose");
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("a derived key's purpose is not blank: \"" + purpose + "\"");
        }
        try {
            Mac expand = Mac.getInstance(HMAC_SHA256);
            byte[] master = key.getEncoded();
            try {
                expand.init(new SecretKeySpec(master, HMAC_SHA256));
            } finally {
                Arrays.fill(master, (byte) 0); // the spec keeps its own copy: this one is not left in memory
            }
            expand.update(purpose.getBytes(StandardCharsets.UTF_8));
            expand.update((byte) 0x01);
            return new SecretKeySpec(expand.doFinal(), HMAC_SHA256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + HMAC_SHA256, e);
        }
    }

    /** Encrypts a data key for {@code subject} (bound in as associated data). */
    byte[] wrap(String subject, byte[] dataKey) {
        return Aes.wrap(key, dataKey, wrapAad(subject));
    }

    /**
     * Decrypts a data key wrapped for {@code subject}.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_WRONG}
     */
    byte[] unwrap(String subject, byte[] wrapped) {
        try {
            return Aes.unwrap(key, wrapped, wrapAad(subject));
        } catch (GeneralSecurityException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG, "masterKey", subject);
        }
    }

    private static byte[] wrapAad(String subject) {
        return ("ketnghia-subject-key\n" + subject).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && Arrays.equals(key.getEncoded(), that.key.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key.getEncoded());
    }

    @Override
    public String toString() {
        return "MasterKey[" + source + "]";
    }
}
