package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.util.Sha256;

/**
 * What a manifest records of one part of a backup (tóm tắt một phần của bản sao lưu): its file's name, its size in
 * bytes, its lines and the SHA-256 of its bytes. The lines are counted as a reader counts them: every line end
 * ({@code \n}), and a last line without one. Two parts are the same part when their bytes, lines and SHA-256 agree;
 * the file's name only says what was written, so that a backup renamed whole, its manifest with it, still checks.
 *
 * @param file the file's name, without its folder; never null
 * @param bytes the file's size in bytes
 * @param lines the number of lines
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hexadecimal digits
 */
public record BackupPartSummary(String file, long bytes, long lines, String sha256) {

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException for a negative size or line count, or a SHA-256 that is not 64 lower-case
     *     hexadecimal digits, quoting the value
     */
    public BackupPartSummary {
        requireNonNull(file, "file");
        requireNonNull(sha256, "sha256");
        if (bytes < 0 || lines < 0 || lines > bytes) {
            throw new IllegalArgumentException("a part holds at least as many bytes as lines, neither negative: "
                    + bytes + " bytes, " + lines + " lines");
        }
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hexadecimal digits: \"" + sha256 + "\"");
        }
    }

    /**
     * The summary of {@code file} as it is now, read whole.
     *
     * @throws IOException if the file cannot be read
     */
    public static BackupPartSummary of(Path file) throws IOException {
        requireNonNull(file, "file");
        BackupPartOutputStream counted = new BackupPartOutputStream(OutputStream.nullOutputStream());
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(counted);
        }
        return counted.summary(file.getFileName().toString());
    }

    /**
     * What differs between this part, as found, and {@code expected}, as a manifest records it: each of the size, the
     * lines and the SHA-256 that differ, this part's value then the manifest's, e.g. {@code "1200 bytes (manifest:
     * 1240), 9 lines (manifest: 10), SHA-256 3f2a9c0b… (manifest: 77d01e4a…)"}; empty when the part is the one
     * recorded. The file's name is not compared.
     */
    public Optional<String> differenceFrom(BackupPartSummary expected) {
        return differenceFrom(expected, "manifest");
    }

    /**
     * What differs between this part and {@code expected}, as {@link #differenceFrom(BackupPartSummary)} says it, the
     * expected value named by {@code expectedAs} rather than {@code manifest}: {@code "1200 bytes (checked: 1240)"}.
     */
    public Optional<String> differenceFrom(BackupPartSummary expected, String expectedAs) {
        requireNonNull(expected, "expected");
        requireNonNull(expectedAs, "expectedAs");
        List<String> differences = new ArrayList<>();
        if (bytes != expected.bytes) {
            differences.add(bytes + " bytes (" + expectedAs + ": " + expected.bytes + ")");
        }
        if (lines != expected.lines) {
            differences.add(lines + " lines (" + expectedAs + ": " + expected.lines + ")");
        }
        if (!sha256.equals(expected.sha256)) {
            differences.add("SHA-256 " + sha256.substring(0, 8) + "… (" + expectedAs + ": " + expected.sha256.substring(0, 8)
                    + "…)");
        }
        return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
    }
}
