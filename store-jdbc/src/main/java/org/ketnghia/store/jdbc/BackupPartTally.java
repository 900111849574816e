package org.ketnghia.store.jdbc;

import java.security.MessageDigest;
import org.ketnghia.core.util.Sha256;

/**
 * What a manifest records of the bytes of a part, kept as they pass (written by {@link BackupPartOutputStream}, read by
 * {@link BackupPartInputStream}): their count, their line ends and their SHA-256. Lines are counted as {@link
 * BackupPartSummary} counts them: every line end ({@code \n}), and a last line without one. Used by one thread at a
 * time.
 */
final class BackupPartTally {

    private final MessageDigest digest = Sha256.newDigest();
    private long bytes;
    private long lineEnds;
    /** The last byte passed; a line end before any, so that no byte is no line. */
    private byte last = '\n';

    /** Counts {@code oneByte}, as a stream's single-byte read or write gives it. */
    void add(int oneByte) {
        last = (byte) oneByte;
        digest.update(last);
        if (last == '\n') {
            lineEnds++;
        }
        bytes++;
    }

    /** Counts {@code length} bytes of {@code buffer} from {@code offset}. */
    void add(byte[] buffer, int offset, int length) {
        if (length <= 0) {
            return;
        }
        digest.update(buffer, offset, length);
        for (int index = offset; index < offset + length; index++) {
            if (buffer[index] == '\n') {
                lineEnds++;
            }
        }
        bytes += length;
        last = buffer[offset + length - 1];
    }

    /** The summary of every byte counted, under the name {@code file}; finishes the digest, so call it once. */
    BackupPartSummary summary(String file) {
        long lines = last == '\n' ? lineEnds : lineEnds + 1; // a last line cut before its end is a line too
        return new BackupPartSummary(file, bytes, lines, Sha256.hexOf(digest));
    }
}
