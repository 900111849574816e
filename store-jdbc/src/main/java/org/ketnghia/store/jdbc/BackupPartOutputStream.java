package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that passes every byte on and keeps what a manifest records of them (tóm tắt khi ghi): their count,
 * their lines and their SHA-256, so that an export knows the {@link BackupPartSummary} of a part once it has written
 * it, without reading the part back. Counts lines as {@link BackupPartSummary} does: every line end ({@code \n}), and
 * a last line without one. Used by one thread at a time.
 */
public final class BackupPartOutputStream extends FilterOutputStream {

    private final BackupPartTally tally = new BackupPartTally();

    /** A stream passing every byte to {@code out}, which it closes when closed. */
    public BackupPartOutputStream(OutputStream out) {
        super(requireNonNull(out, "out"));
    }

    @Override
    public void write(int oneByte) throws IOException {
        out.write(oneByte);
        tally.add(oneByte);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length); // not byte by byte, as FilterOutputStream would
        tally.add(buffer, offset, length);
    }

    /**
     * The summary of every byte written so far, under the name {@code file}. Call it once, when the last byte is
     * written (after the writer over this stream is flushed or closed): it finishes the digest.
     *
     * @param file the part's file name, without its folder
     */
    public BackupPartSummary summary(String file) {
        requireNonNull(file, "file");
        return tally.summary(file);
    }
}
