package org.ketnghia.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.util.Sha256;

/**
 * A part summarized as it is written is the part read back from its file: the same bytes, lines and SHA-256, whether
 * written in arrays or byte by byte, with or without a last line end, empty or not; and every byte reaches the file.
 */
class BackupPartOutputStreamTest {

    private static final String KEYS = "{\"subject\":\"household:HN-1\",\"note\":\"Hộ ông Nguyễn Văn Ánh\"}\n"
            + "{\"subject\":\"household:HN-2\",\"erased\":true}\n";

    @TempDir
    Path folder;

    @Test
    void aPartWrittenThroughAWriter_isSummarizedAsItsFileReadBack() throws Exception {
        Path file = folder.resolve("backup.jsonl.keys");
        BackupPartOutputStream bytes = new BackupPartOutputStream(Files.newOutputStream(file));
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(KEYS);
        }

        BackupPartSummary summary = bytes.summary("backup.jsonl.keys");

        assertThat(Files.readString(file)).isEqualTo(KEYS);
        assertThat(summary).isEqualTo(BackupPartSummary.of(file));
        assertThat(summary.lines()).isEqualTo(2);
        assertThat(summary.bytes()).isEqualTo(KEYS.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(KEYS.length());
        assertThat(summary.sha256()).isEqualTo(Sha256.hex(KEYS));
    }

    @Test
    void byteByByte_isTheSameAsInArrays() throws Exception {
        byte[] keys = KEYS.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream passedOn = new ByteArrayOutputStream();
        BackupPartOutputStream oneByOne = new BackupPartOutputStream(passedOn);
        for (byte each : keys) {
            oneByOne.write(each);
        }
        BackupPartOutputStream inArrays = new BackupPartOutputStream(OutputStream.nullOutputStream());
        inArrays.write(keys, 0, 10);
        inArrays.write(keys, 10, 0);
        inArrays.write(keys, 10, keys.length - 10);

        assertThat(passedOn.toByteArray()).isEqualTo(keys);
        assertThat(oneByOne.summary("k")).isEqualTo(inArrays.summary("k"));
    }

    @Test
    void aLastLineWithoutItsEnd_isALine_andNothingWritten_isNoLine() throws Exception {
        BackupPartOutputStream cut = new BackupPartOutputStream(OutputStream.nullOutputStream());
        cut.write("{}\n{\"sequ".getBytes(StandardCharsets.UTF_8));
        BackupPartOutputStream nothing = new BackupPartOutputStream(OutputStream.nullOutputStream());

        assertThat(cut.summary("cut").lines()).isEqualTo(2);
        assertThat(nothing.summary("empty")).isEqualTo(new BackupPartSummary("empty", 0, 0, Sha256.hex(new byte[0])));
    }
}
