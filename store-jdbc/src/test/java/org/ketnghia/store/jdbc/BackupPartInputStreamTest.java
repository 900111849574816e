package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.util.Sha256;

/**
 * A part summarized as it is read is the part as {@link BackupPartSummary#of} reads it from its file: the same bytes,
 * lines and SHA-256, whether read in arrays, byte by byte or skipped, whether the reader over it read to the end or
 * stopped at its first line; and it gives its reader every byte.
 */
class BackupPartInputStreamTest {

    private static final String KEYS = "{\"subject\":\"household:HN-1\",\"note\":\"Hộ ông Nguyễn Văn Ánh\"}\n"
            + "{\"subject\":\"household:HN-2\",\"erased\":true}\n";

    @TempDir
    Path folder;

    @Test
    void aPartReadThroughAReader_isSummarizedAsItsFile() throws Exception {
        Path file = Files.writeString(folder.resolve("backup.jsonl.keys"), KEYS);
        BackupPartInputStream bytes = new BackupPartInputStream(Files.newInputStream(file));
        StringBuilder read = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
            reader.lines().forEach(line -> read.append(line).append('\n'));
            BackupPartSummary summary = bytes.summary("backup.jsonl.keys");

            assertThat(read.toString()).isEqualTo(KEYS);
            assertThat(summary).isEqualTo(BackupPartSummary.of(file));
            assertThat(summary.lines()).isEqualTo(2);
            assertThat(summary.sha256()).isEqualTo(Sha256.hex(KEYS));
        }
    }

    @Test
    void aReaderThatStoppedAtItsFirstLine_stillGivesTheWholePartsSummary() throws Exception {
        Path file = Files.writeString(folder.resolve("big.keys"), KEYS.repeat(2_000));
        try (BackupPartInputStream bytes = new BackupPartInputStream(Files.newInputStream(file))) {
            new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8)).readLine();

            assertThat(bytes.summary("big.keys")).isEqualTo(BackupPartSummary.of(file));
        }
    }

    @Test
    void byteByByte_andSkipped_isTheSameAsInArrays() throws Exception {
        byte[] keys = KEYS.getBytes(StandardCharsets.UTF_8);
        BackupPartInputStream oneByOne = new BackupPartInputStream(new ByteArrayInputStream(keys));
        byte[] readOneByOne = new byte[keys.length];
        for (int index = 0; index < keys.length; index++) {
            readOneByOne[index] = (byte) oneByOne.read();
        }
        BackupPartInputStream skipped = new BackupPartInputStream(new ByteArrayInputStream(keys));
        skipped.read(new byte[10], 0, 10);
        assertThat(skipped.skip(15)).isEqualTo(15);

        assertThat(oneByOne.read()).isEqualTo(-1);
        assertThat(readOneByOne).isEqualTo(keys);
        assertThat(skipped.summary("k")).isEqualTo(oneByOne.summary("k"))
                .isEqualTo(new BackupPartSummary("k", keys.length, 2, Sha256.hex(KEYS)));
    }

    @Test
    void aLastLineWithoutItsEnd_isALine_nothingRead_isNoLine_andAResetIsRefused() throws Exception {
        BackupPartInputStream cut = new BackupPartInputStream(
                new ByteArrayInputStream("{}\n{\"sequ".getBytes(StandardCharsets.UTF_8)));
        BackupPartInputStream nothing = new BackupPartInputStream(new ByteArrayInputStream(new byte[0]));

        assertThat(cut.summary("cut").lines()).isEqualTo(2);
        assertThat(nothing.summary("empty")).isEqualTo(new BackupPartSummary("empty", 0, 0, Sha256.hex(new byte[0])));
        assertThat(cut.markSupported()).isFalse();
        assertThatThrownBy(cut::reset).isInstanceOf(IOException.class);
    }
}
