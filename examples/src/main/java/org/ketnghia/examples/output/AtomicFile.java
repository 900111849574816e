package org.ketnghia.examples.output;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file replaced whole or not at all: its new content is written to a file aside, in the target's own folder
 * ({@code .<name>.<random>.partial}), which is then renamed over the target in one atomic step. A reader of the target
 * sees the earlier file or the new one, never half of either. There is no fallback to a plain move: a file system that
 * cannot rename atomically fails the write, and the target stays as it was. The file aside is deleted when the write
 * or the move fails, and by {@link #close()} when it was never moved. After {@link #moveIntoPlace()} the target is
 * the very file written aside (renamed, not copied).
 *
 * <p>Use {@link #write(Path, Access, byte[])} for content at hand; {@link #beside(Path, Access)} when the content is
 * streamed, or when several files are written first and moved into place afterwards. Not thread-safe: one writer per
 * instance.
 */
public final class AtomicFile implements AutoCloseable {

    /** Who may read the file written. */
    public enum Access {
        /** Its owner only ({@code rw-------} on a POSIX file system), as {@link Files#createTempFile} creates it. */
        OWNER_ONLY,
        /** As any new file of the process (its umask decides), e.g. a page of a site others may serve. */
        USUAL
    }

    private final Path target;
    private final Path aside;
    private boolean moved;

    private AtomicFile(Path target, Path aside) {
        this.target = target;
        this.aside = aside;
    }

    /**
     * Creates an empty file aside in {@code target}'s folder (creating the folder if needed), to be written and then
     * moved over {@code target} by {@link #moveIntoPlace()}.
     *
     * @throws IOException when the folder or the file aside cannot be created
     */
    public static AtomicFile beside(Path target, Access access) throws IOException {
        requireNonNull(target, "target");
        requireNonNull(access, "access");
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        String prefix = "." + absolute.getFileName() + ".";
        if (access == Access.OWNER_ONLY) {
            return new AtomicFile(absolute, Files.createTempFile(folder, prefix, ".partial"));
        }
        while (true) {
            // createTempFile would make it readable by its owner only
            Path aside = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".partial");
            try {
                return new AtomicFile(absolute, Files.createFile(aside));
            } catch (FileAlreadyExistsException taken) {
                // another writer's file aside: draw another name
            }
        }
    }

    /**
     * Writes {@code content} to {@code target} whole, through a file aside.
     *
     * @throws IOException when it cannot be written or moved; {@code target} is then as it was, and no file aside is left
     */
    public static void write(Path target, Access access, byte[] content) throws IOException {
        requireNonNull(content, "content");
        try (AtomicFile file = beside(target, access)) {
            Files.write(file.aside(), content);
            file.force();
            file.moveIntoPlace();
        }
    }

    /**
     * Writes {@code text} in UTF-8 to {@code target} whole, through a file aside.
     *
     * @throws IOException when it cannot be written or moved; {@code target} is then as it was, and no file aside is left
     */
    public static void write(Path target, Access access, String text) throws IOException {
        write(target, access, requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** The file to write the content to, in the target's folder. */
    public Path aside() {
        return aside;
    }

    /** The file the content replaces, as an absolute path. */
    public Path target() {
        return target;
    }

    /**
     * Writes the file aside through to the disk ({@link FileChannel#force}), so that once it is moved into place a
     * crash of the machine leaves the earlier file or the whole new one, never a new name over content not yet written.
     *
     * @throws IOException when the file aside cannot be written through
     */
    public void force() throws IOException {
        try (FileChannel channel = FileChannel.open(aside, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Renames the file aside over the target in one atomic step.
     *
     * @throws IOException when the file system refuses (an {@link java.nio.file.AtomicMoveNotSupportedException} among
     *     others); the file aside is then deleted and the target left as it was
     * @throws IllegalStateException when it was already moved
     */
    public void moveIntoPlace() throws IOException {
        if (moved) {
            throw new IllegalStateException("already moved into place: " + target);
        }
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (IOException e) {
            deleteAside(e);
            throw e;
        }
    }

    /** Deletes the file aside unless it was moved into place. */
    @Override
    public void close() throws IOException {
        if (!moved) {
            Files.deleteIfExists(aside);
        }
    }

    private void deleteAside(IOException failure) {
        try {
            Files.deleteIfExists(aside);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
