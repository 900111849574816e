package org.ketnghia.core.province.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The files of a pack, by path relative to its folder ({@code /} separators, {@code ..} allowed). */
public abstract class PackFiles {

    /** Where the pack is, for messages. */
    public abstract String origin();

    /** The bytes of {@code relativePath}; empty when there is no such file. */
    public abstract Optional<byte[]> read(String relativePath);

    /** The files of a folder on disk. */
    public static PackFiles folder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        return new PackFiles() {
            @Override
            public String origin() {
                return root.toString();
            }

            @Override
            public Optional<byte[]> read(String relativePath) {
                Path file = root.resolve(normalize(relativePath)).normalize();
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (NoSuchFileException gone) {
                    return Optional.empty();
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        };
    }

    /** The resources under a class-path folder. */
    public static PackFiles classpath(String folder, ClassLoader loader) {
        String root = normalize(folder.startsWith("/") ? folder.substring(1) : folder);
        return new PackFiles() {
            @Override
            public String origin() {
                return "classpath:" + root;
            }

            @Override
            public Optional<byte[]> read(String relativePath) {
                String resource = normalize(root + "/" + relativePath);
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        };
    }

    /** {@code "a/b/../c/./d"} → {@code "a/c/d"}; a leading {@code ..} that cannot be resolved is kept. */
    static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !segments.isEmpty() && !segments.peekLast().equals("..")) {
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
