package org.ketnghia.core.privacy.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM from the JDK: a random 12-byte nonce, a 128-bit tag, associated data bound in. A sealed box is
 * the nonce followed by the ciphertext and tag. Thread-safe (one cipher per thread).
 */
public final class Aes {

    /** The nonce length in bytes. */
    public static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(Aes::newCipher);
    /**
     * For wrapping data keys under the one master key: a cipher of its own, so that it keeps the master key's
     * schedule (the JDK expands a key again only when a cipher is given another) between the data keys' uses.
     */
    private static final ThreadLocal<Cipher> WRAPPING_CIPHER = ThreadLocal.withInitial(Aes::newCipher);
    /** One DRBG per thread: the default NativePRNG reads one shared source under a lock, a contention on a hot path. */
    private static final ThreadLocal<RandomBuffer> RANDOM = ThreadLocal.withInitial(RandomBuffer::new);

    private Aes() {
    }

    /** {@code length} random bytes from this thread's generator (a fresh key, a nonce). */
    public static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.get().fill(bytes);
        return bytes;
    }

    /**
     * Encrypts {@code plain} under {@code key} with {@code aad}: nonce then ciphertext and tag. The first seal under a
     * key of {@link DataKeys#next} uses the cipher initialised with it beforehand.
     */
    public static byte[] seal(SecretKey key, byte[] plain, byte[] aad) {
        byte[] box = new byte[boxLength(plain.length)];
        sealInto(key, plain, 0, plain.length, aad, box, 0);
        return box;
    }

    /** The length of the box {@link #seal} makes of {@code plainLength} bytes: nonce, ciphertext and tag. */
    public static int boxLength(int plainLength) {
        return NONCE_LENGTH + plainLength + TAG_BITS / 8;
    }

    /**
     * As {@link #seal}, for {@code length} bytes of {@code plain} from {@code offset}, the box written into {@code out}
     * from {@code outOffset}; returns its length, {@link #boxLength}.
     */
    public static int sealInto(SecretKey key, byte[] plain, int offset, int length, byte[] aad, byte[] out,
            int outOffset) {
        DataKeys.FirstSeal first = key instanceof DataKeys.FreshKey fresh ? fresh.takeFirstSeal() : null;
        if (first != null) {
            return finishInto(first.cipher(), first.nonce(), plain, offset, length, aad, out, outOffset);
        }
        byte[] nonce = randomBytes(NONCE_LENGTH);
        return finishInto(encrypting(CIPHER.get(), key, nonce), nonce, plain, offset, length, aad, out, outOffset);
    }

    /** As {@link #seal}, for a data key wrapped under the master key. */
    public static byte[] wrap(SecretKey masterKey, byte[] dataKey, byte[] aad) {
        byte[] nonce = randomBytes(NONCE_LENGTH);
        byte[] box = new byte[boxLength(dataKey.length)];
        finishInto(encrypting(WRAPPING_CIPHER.get(), masterKey, nonce), nonce, dataKey, 0, dataKey.length, aad, box, 0);
        return box;
    }

    /** As {@link #open}, for a data key wrapped under the master key. */
    public static byte[] unwrap(SecretKey masterKey, byte[] box, byte[] aad) throws GeneralSecurityException {
        return open(WRAPPING_CIPHER.get(), masterKey, box, aad);
    }

    /** {@code cipher}, initialised to encrypt under {@code key} with {@code nonce}. */
    static Cipher encrypting(Cipher cipher, SecretKey key, byte[] nonce) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is available on every Java platform", e);
        }
    }

    /** Seals into {@code out} with {@code cipher}, initialised for encryption with {@code nonce}; the box's length. */
    private static int finishInto(Cipher cipher, byte[] nonce, byte[] plain, int offset, int length, byte[] aad,
            byte[] out, int outOffset) {
        try {
            cipher.updateAAD(aad);
            System.arraycopy(nonce, 0, out, outOffset, NONCE_LENGTH);
            return NONCE_LENGTH + cipher.doFinal(plain, offset, length, out, outOffset + NONCE_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM could not seal " + length + " bytes into an array of " + out.length
                    + " from " + outOffset + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decrypts a box made by {@link #seal}.
     *
     * @throws GeneralSecurityException when the key, the associated data or the box is not the one sealed
     */
    public static byte[] open(SecretKey key, byte[] box, byte[] aad) throws GeneralSecurityException {
        return open(CIPHER.get(), key, box, aad);
    }

    /**
     * As {@link #open}, for the box of {@code length} bytes of {@code box} from {@code offset}, the plain bytes written
     * into {@code out} from {@code outOffset}; returns their count.
     *
     * @throws GeneralSecurityException when the key, the associated data or the box is not the one sealed
     */
    public static int openInto(SecretKey key, byte[] box, int offset, int length, byte[] aad, byte[] out,
            int outOffset) throws GeneralSecurityException {
        return openInto(CIPHER.get(), key, box, offset, length, aad, out, outOffset);
    }

    private static byte[] open(Cipher cipher, SecretKey key, byte[] box, byte[] aad) throws GeneralSecurityException {
        byte[] plain = new byte[Math.max(0, box.length - boxLength(0))];
        openInto(cipher, key, box, 0, box.length, aad, plain, 0);
        return plain;
    }

    private static int openInto(Cipher cipher, SecretKey key, byte[] box, int offset, int length, byte[] aad,
            byte[] out, int outOffset) throws GeneralSecurityException {
        if (length < boxLength(0)) {
            throw new javax.crypto.AEADBadTagException("box too short");
        }
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, box, offset, NONCE_LENGTH));
        cipher.updateAAD(aad);
        return cipher.doFinal(box, offset + NONCE_LENGTH, length - NONCE_LENGTH, out, outOffset);
    }

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (GeneralSecurityException e) {
            return new SecureRandom();
        }
    }

    /** A new AES-GCM cipher, not initialised. */
    static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is available on every Java platform", e);
        }
    }

    /**
     * Random bytes from this thread's DRBG, drawn {@value #SIZE} at a time: one call to the DRBG costs about as much
     * as sealing a short field, and a registered household needs a key and a nonce per field. Each byte is handed
     * out once and wiped from the buffer as it is.
     */
    private static final class RandomBuffer {

        private static final int SIZE = 4096;
        private final SecureRandom random = newRandom();
        private final byte[] buffer = new byte[SIZE];
        private int next = SIZE;

        void fill(byte[] target) {
            int filled = 0;
            while (filled < target.length) {
                if (next == SIZE) {
                    random.nextBytes(buffer);
                    next = 0;
                }
                int count = Math.min(target.length - filled, SIZE - next);
                System.arraycopy(buffer, next, target, filled, count);
                Arrays.fill(buffer, next, next + count, (byte) 0);
                next += count;
                filled += count;
            }
        }
    }
}
