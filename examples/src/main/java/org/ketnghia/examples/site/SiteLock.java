package org.ketnghia.examples.site;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;

/**
 * The turn a writer takes on the site in one folder: the lock of the file {@value SitePaths#LOCK} in the site's root,
 * held while {@code run} puts its site in place and while {@code forecast} or {@code compare} writes a page and the
 * list of them, so that two commands, in one process or in several, never interleave their writes. Thread-safe.
 *
 * <p>{@code run} replaces the folder the lock file is in, so a writer that waited checks, once it holds the lock, that
 * the file is still the one in the folder, and locks the new one if not. A lock file beside the site folder would not
 * spare that check: with several programmes each site is a subfolder ({@code output/<programme id>/}) of the folder
 * {@code run} replaces, so its neighbour is replaced too; and it would need a folder's parent to be writable, and be
 * two files for two spellings of one folder through a symbolic link.
 */
public final class SiteLock {

    /** A file lock belongs to the whole process, so the threads of one process take their turns here first. */
    private static final Object TURNS = new Object();

    /** What {@link #fileKey} says of a file that is not there. */
    private static final Object GONE = new Object();

    private SiteLock() {
    }

    /**
     * Runs {@code work} holding the lock of the site in {@code siteFolder}, which is created when missing; waits while
     * another writer holds it.
     *
     * @throws UncheckedIOException when the lock file cannot be created or locked
     */
    public static void holding(Path siteFolder, Runnable work) {
        holding(List.of(siteFolder), work);
    }

    /**
     * Runs {@code work} holding the locks of the sites in {@code siteFolders} (each created when missing), taken in
     * the order of their paths so that two writers of the same sites cannot wait for each other.
     *
     * @throws UncheckedIOException when a lock file cannot be created or locked
     */
    public static void holding(List<Path> siteFolders, Runnable work) {
        requireNonNull(work, "work");
        List<Path> ordered = siteFolders.stream().map(folder -> requireNonNull(folder, "siteFolder").toAbsolutePath()
                .normalize()).distinct().sorted().toList();
        synchronized (TURNS) {
            holdingFrom(ordered, 0, work);
        }
    }

    private static void holdingFrom(List<Path> siteFolders, int next, Runnable work) {
        if (next == siteFolders.size()) {
            work.run();
            return;
        }
        Path file = siteFolders.get(next).resolve(SitePaths.LOCK);
        try {
            while (true) {
                Files.createDirectories(file.getParent());
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    Object opened = fileKey(file);
                    try (FileLock lock = channel.lock()) {
                        // run replaces the whole folder, lock file included: a lock on the file it replaced guards nothing
                        if (opened != GONE && Objects.equals(opened, fileKey(file))) {
                            holdingFrom(siteFolders, next + 1, work);
                            return;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The identity of the file at {@code file} (its device and inode on Linux), {@link #GONE} when there is none, null
     * where the file system tells no identity (then a replaced lock file goes unnoticed).
     */
    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return GONE;
        }
    }
}
