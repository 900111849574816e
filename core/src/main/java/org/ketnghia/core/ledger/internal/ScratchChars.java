package org.ketnghia.core.ledger.internal;

/**
 * A char array per thread for the text of one event being read or written ({@link CanonicalEnvelope}, {@link
 * CanonicalEnvelopeWriter}), so that reading or writing a million events does not allocate a million of them. A
 * buffer taken is the taker's until given back; a thread that takes a second one before (it cannot happen today, but
 * nothing depends on it) gets a new array. Buffers above {@link #KEPT_LENGTH} are not kept.
 */
final class ScratchChars {

    /** The longest buffer a thread keeps: 64 K characters, 128 KiB. */
    static final int KEPT_LENGTH = 1 << 16;

    private static final ThreadLocal<char[]> KEPT = new ThreadLocal<>();

    private ScratchChars() {
    }

    /** A buffer of at least {@code length} characters, its content undefined; give it back when done. */
    static char[] take(int length) {
        char[] kept = KEPT.get();
        if (kept != null && kept.length >= length) {
            KEPT.set(null);
            return kept;
        }
        return new char[Math.max(length, 1_024)];
    }

    /** Gives back a buffer taken, for the thread's next event. */
    static void giveBack(char[] buffer) {
        if (buffer.length <= KEPT_LENGTH) {
            KEPT.set(buffer);
        }
    }
}
