package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that keeps what a manifest records of the bytes read through it (tóm tắt khi đọc): their count,
 * their lines and their SHA-256, so that an import checks a part against its {@link BackupManifest} from the very read
 * that checks the part's lines, without reading it a second time just to hash it. Counts lines as {@link
 * BackupPartSummary} does. Bytes skipped are read and counted; marks are not supported. Used by one thread at a time.
 */
public final class BackupPartInputStream extends FilterInputStream {

    private final BackupPartTally tally = new BackupPartTally();

    /** A stream reading from {@code in}, which it closes when closed. */
    public BackupPartInputStream(InputStream in) {
        super(requireNonNull(in, "in"));
    }

    @Override
    public int read() throws IOException {
        int oneByte = in.read();
        if (oneByte >= 0) {
            tally.add(oneByte);
        }
        return oneByte;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        tally.add(buffer, offset, read);
        return read;
    }

    /** Skips by reading, so that the bytes skipped are counted. */
    @Override
    public long skip(long length) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8_192, Math.max(0, length))];
        long skipped = 0;
        while (skipped < length) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, length - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readLimit) {
        // not supported: a reset would count bytes twice
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("a backup part is read once: mark and reset are not supported");
    }

    /**
     * The summary of the whole part, under the name {@code file}: what is left of it is read first (a reader stopped
     * at a bad line, or ahead of what it gave), so that the summary is always of every byte of the part, as {@link
     * BackupPartSummary#of} would give it. Call it once: it finishes the digest.
     *
     * @param file the part's file name, without its folder
     * @throws IOException if the rest of the part cannot be read
     */
    public BackupPartSummary summary(String file) throws IOException {
        requireNonNull(file, "file");
        skip(Long.MAX_VALUE);
        return tally.summary(file);
    }
}
