package org.ketnghia.examples.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staged output folder: it appears whole, and is its owner's alone. */
class StagedDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void theCommittedFolder_isItsOwnersAlone_forTheLedgerInsideMayHoldPersonalData() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path target = parent.resolve("output");

        try (StagedDirectory staged = StagedDirectory.of(target)) {
            Files.createDirectories(staged.path().resolve("ledger"));
            staged.commit();
        }

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(target.resolve("ledger")).isDirectory();
    }

    @Test
    void aCommit_replacesTheFolderThatWasThere_andClosingWithoutOne_leavesNothingBehind() throws Exception {
        Path target = parent.resolve("reports");
        Files.createDirectories(target);
        Files.writeString(target.resolve("old.csv"), "old");

        try (StagedDirectory staged = StagedDirectory.of(target)) {
            Files.writeString(staged.path().resolve("new.csv"), "new");
            staged.commit();
        }
        try (StagedDirectory abandoned = StagedDirectory.of(target)) {
            Files.writeString(abandoned.path().resolve("half.csv"), "half");
        }

        assertThat(target).isDirectoryContaining("glob:**/new.csv").isDirectoryNotContaining("glob:**/old.csv");
        try (var left = Files.list(parent)) {
            assertThat(left).containsExactly(target);
        }
    }
}
