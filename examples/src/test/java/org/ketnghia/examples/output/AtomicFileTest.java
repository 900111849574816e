package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file replaced whole or not at all: written aside in its folder, renamed over the target in one step. */
class AtomicFileTest {

    private static final String EARLIER = "trang cũ, đầy đủ\n".repeat(1_000);
    private static final String LATER = "trang mới, đầy đủ\n".repeat(2_000);

    @TempDir
    Path folder;

    @Test
    void untilTheMove_aReaderSeesTheEarlierFileWhole_andAfterIt_theFileWrittenAsideItself() throws IOException {
        Path target = folder.resolve("du-bao.html");
        Files.writeString(target, EARLIER);

        try (AtomicFile file = AtomicFile.beside(target, AtomicFile.Access.USUAL);
                InputStream openedBefore = Files.newInputStream(target)) {
            assertThat(file.aside().getParent()).isEqualTo(target.toAbsolutePath().getParent());
            Files.writeString(file.aside(), LATER.substring(0, LATER.length() / 2));
            assertThat(Files.readString(target)).isEqualTo(EARLIER);
            Files.writeString(file.aside(), LATER);
            Object writtenAside = fileKey(file.aside());

            file.moveIntoPlace();

            assertThat(Files.readString(target)).isEqualTo(LATER);
            // renamed, not copied: the file written whole aside is the one a reader now opens
            assertThat(fileKey(target)).isNotNull().isEqualTo(writtenAside);
            // and a reader of the earlier file reads it to its end, untouched by the new one
            assertThat(new String(openedBefore.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(EARLIER);
        }
        assertThat(names()).containsExactly("du-bao.html");
    }

    @Test
    void write_putsTheWholeContentInPlace_andLeavesNoFileAside() throws IOException {
        Path target = folder.resolve("disclosure").resolve("QNA.TAY-GIANG.A-XAN.csv");

        AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, EARLIER);
        AtomicFile.write(target, AtomicFile.Access.OWNER_ONLY, LATER);

        assertThat(Files.readString(target)).isEqualTo(LATER);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("QNA.TAY-GIANG.A-XAN.csv");
        }
    }

    @Test
    void aWriteThatFailsBeforeTheMove_leavesTheTargetAsItWas_andNoFileAside() throws IOException {
        Path target = folder.resolve("compare.html");
        Files.writeString(target, EARLIER);

        assertThatThrownBy(() -> {
            try (AtomicFile file = AtomicFile.beside(target, AtomicFile.Access.USUAL)) {
                Files.writeString(file.aside(), LATER.substring(0, 100));
                throw new IOException("the disk is full");
            }
        }).hasMessage("the disk is full");

        assertThat(Files.readString(target)).isEqualTo(EARLIER);
        assertThat(names()).containsExactly("compare.html");
    }

    @Test
    void aMoveTheFileSystemRefusesAsOneStep_isNotRetriedAsAPlainMove_andLeavesNoFileAside() throws IOException {
        // rename(2) will not put a file over a directory; a plain move would delete the empty directory and go on
        Path target = folder.resolve("forecast.html");
        Files.createDirectory(target);

        assertThatThrownBy(() -> AtomicFile.write(target, AtomicFile.Access.USUAL, LATER)).isInstanceOf(IOException.class);

        assertThat(target).isEmptyDirectory();
        assertThat(names()).containsExactly("forecast.html");
    }

    @Test
    void aFileForItsOwnerOnly_isReadByNoOtherAccount_andAUsualOne_asAnyNewFileOfTheProcess() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path usual = folder.resolve("index.html");
        Path privately = folder.resolve("ledger-backup.jsonl");
        Path plain = Files.createFile(folder.resolve("plain.txt"));

        AtomicFile.write(usual, AtomicFile.Access.USUAL, LATER);
        AtomicFile.write(privately, AtomicFile.Access.OWNER_ONLY, LATER);

        assertThat(Files.getPosixFilePermissions(privately)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(usual)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
