package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder written in full before it appears: work goes into a hidden sibling ({@code .name.partial-…});
 * {@link #commit()} replaces the target with it, {@link #close()} without a commit deletes it. So a
 * failed run never leaves outputs that look complete.
 *
 * <p>The folder is its owner's alone (on a POSIX file system {@code rwx------}, as {@link Files#createTempDirectory}
 * creates it), on purpose: a run's output holds the ledger, whose personal data other accounts on the machine must not
 * read. What is inside gets the process's usual permissions; to publish the site or the reports, copy them out.
 */
public final class StagedDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts staging {@code target}. */
    public static StagedDirectory of(Path target) {
        requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
            return new StagedDirectory(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + absolute, e);
        }
    }

    /** Where to write. */
    public Path path() {
        return staging;
    }

    /** The folder that appears on commit. */
    public Path target() {
        return target;
    }

    /** Replaces the target with what was written. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                Files.move(target, old);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target, e);
        }
    }

    /** Deletes the staging folder unless committed. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /** Deletes a folder and everything in it, ignoring what is already gone. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
