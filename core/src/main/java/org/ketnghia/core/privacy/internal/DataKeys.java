package org.ketnghia.core.privacy.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * New data keys (<i>khóa dữ liệu mới</i>), each with a cipher already initialised for its first seal. Giving AES a new
 * key costs the JDK about as much as sealing a household's fields several times over: Java 17 expands the key for
 * encryption and for decryption, in Java, on every new key. A subject's key is new when its first event is recorded,
 * so a ledger registering households would pay it on the recording thread for every one of them. Instead one daemon
 * thread of the JVM ({@code ketnghia-data-keys}, started with the first key asked for) keeps up to {@value #READY}
 * keys ready — random bytes from its own generator, a random nonce, a cipher initialised with both — and the recording
 * thread takes one (the thread is woken when half of them are taken); when none is ready it makes one itself, the
 * same way. The thread ends after {@link #idleNanos} with nothing taken, and the next key asked for starts another. The key's first seal uses that cipher (once,
 * with that nonce; {@link Aes#seal}); every later one initialises a cipher as before. A key held ready belongs to no
 * subject yet and is never written anywhere.
 */
public final class DataKeys {

    /**
     * How many keys are held ready: enough for the recording thread not to run out while the thread that makes them
     * waits for a processor. At B2's pace (a new household every 15–20 µs) the 128 left when it is woken last about
     * 2 ms, a scheduler's time slice on a loaded machine; with 64 (1 ms), a profile of B2 on a busy two-core host found
     * about one household in twenty-five making its key on the recording thread. Each holds its key and an initialised
     * cipher: about 900 bytes, some 230 KB for all of them.
     */
    static final int READY = 256;
    /** When the keys held ready fall to this many, the thread is woken to make them up: once per 128 keys taken. */
    private static final int LOW = READY / 2;
    /** AES-256. */
    private static final int KEY_LENGTH = 32;
    private static final Queue<FreshKey> READY_KEYS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger HELD = new AtomicInteger();
    private static final AtomicReference<Thread> PREPARER = new AtomicReference<>();
    /**
     * How long the thread waits with every key ready before it ends, so that a host that stops recording (or unloads
     * the library) is not left with it; the next key asked for starts another.
     */
    static volatile long idleNanos = TimeUnit.SECONDS.toNanos(30);

    private DataKeys() {
    }

    /** A new random AES-256 data key, with a cipher initialised for its first seal. */
    public static SecretKey next() {
        Thread preparer = PREPARER.get();
        if (preparer == null) {
            preparer = start();
        }
        FreshKey ready = READY_KEYS.poll();
        if (ready == null) {
            LockSupport.unpark(preparer);
            return FreshKey.make();
        }
        if (HELD.decrementAndGet() == LOW) {
            LockSupport.unpark(preparer); // not on every key: waking a thread costs the waker a system call
        }
        return ready;
    }

    private static Thread start() {
        Thread preparer = new Thread(DataKeys::keepReady, "ketnghia-data-keys");
        preparer.setDaemon(true);
        if (PREPARER.compareAndSet(null, preparer)) {
            preparer.start();
            return preparer;
        }
        return PREPARER.get();
    }

    private static void keepReady() {
        Thread self = Thread.currentThread();
        while (true) {
            while (HELD.get() < READY) {
                READY_KEYS.add(FreshKey.make());
                HELD.incrementAndGet();
            }
            long idle = idleNanos;
            long parkedAt = System.nanoTime();
            LockSupport.parkNanos(DataKeys.class, idle);
            if (HELD.get() >= READY && System.nanoTime() - parkedAt >= idle) {
                PREPARER.compareAndSet(self, null); // the next key asked for starts another thread
                return;
            }
        }
    }

    /** Whether the thread keeping keys ready is running. */
    static boolean preparing() {
        Thread preparer = PREPARER.get();
        return preparer != null && preparer.isAlive();
    }

    /** A data key and, until its first seal takes it, the cipher initialised for that seal. */
    static final class FreshKey extends SecretKeySpec {

        /**
         * The cipher of the first seal until it is taken. A field, not an {@code AtomicReference}: the key stays in
         * its subject's cache as long as the ledger is open, so one object fewer for every household registered.
         */
        private transient volatile FirstSeal firstSeal;

        private FreshKey(byte[] key) {
            super(key, "AES");
        }

        static FreshKey make() {
            FreshKey key = new FreshKey(Aes.randomBytes(KEY_LENGTH));
            byte[] nonce = Aes.randomBytes(Aes.NONCE_LENGTH);
            key.firstSeal = new FirstSeal(Aes.encrypting(Aes.newCipher(), key, nonce), nonce);
            return key;
        }

        /** The cipher and nonce of this key's first seal, to one caller only; {@code null} once taken. */
        FirstSeal takeFirstSeal() {
            if (firstSeal == null) {
                return null; // every seal but the first: no lock
            }
            synchronized (this) {
                FirstSeal first = firstSeal;
                firstSeal = null;
                return first;
            }
        }
    }

    /** A cipher initialised for encryption with a key and {@code nonce}: for one seal. */
    record FirstSeal(Cipher cipher, byte[] nonce) {
    }
}
