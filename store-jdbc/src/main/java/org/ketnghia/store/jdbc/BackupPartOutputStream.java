package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import org.ketnghia.core.util.Sha256;

/**
 * An output stream that passes every byte on and keeps what a manifest records of them (tóm tắt khi ghi): their count,
 * their lines and their SHA-256, so that an export knows the {@link BackupPartSummary} of a part once it has written
 * it, without reading the part back. Counts lines as {@link BackupPartSummary} does: every line end ({@code \n}), and
 * a last line without one. Used by one thread at a time.
 */
public final class BackupPartOutputStream extends FilterOutputStream {

    private final MessageDigest digest = Sha256.newDigest();
    private long bytes;
    private long lineEnds;
    /** The last byte written; a line end before any, so that nothing written is no line. */
    private byte last = '\n';

    /** A stream passing every byte to {@code out}, which it closes when closed. */
    public BackupPartOutputStream(OutputStream out) {
        super(requireNonNull(out, "out"));
    }

    @Override
    public void write(int oneByte) throws IOException {
        out.write(oneByte);
        last = (byte) oneByte;
        digest.update(last);
        if (last == '\n') {
            lineEnds++;
        }
        bytes++;
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length); // not byte by byte, as FilterOutputStream would
        counted(buffer, offset, length);
    }

    private void counted(byte[] buffer, int offset, int length) {
        if (length == 0) {
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

    /**
     * The summary of every byte written so far, under the name {@code file}. Call it once, when the last byte is
     * written (after the writer over this stream is flushed or closed): it finishes the digest.
     *
     * @param file the part's file name, without its folder
     */
    public BackupPartSummary summary(String file) {
        requireNonNull(file, "file");
        long lines = last == '\n' ? lineEnds : lineEnds + 1; // a last line cut before its end is a line too
        return new BackupPartSummary(file, bytes, lines, Sha256.hexOf(digest));
    }
}
