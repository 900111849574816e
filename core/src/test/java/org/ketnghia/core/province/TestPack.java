package org.ketnghia.core.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test pack of the class path, copied into a folder where a test can break one thing. */
final class TestPack {

    static final String RESOURCE = "org/ketnghia/core/province/test-pack";
    static final List<String> FILES = List.of(
            "province.json", "units/structure.json", "units/west.csv", "units/reorganisation.json",
            "units/especially-difficult.json", "standards/poverty.json", "models/village.json");

    private final Path folder;

    private TestPack(Path folder) {
        this.folder = folder;
    }

    /** A copy of the test pack in {@code folder}. */
    static TestPack copyTo(Path folder) {
        try {
            for (String file : FILES) {
                Path target = folder.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = TestPack.class.getClassLoader().getResourceAsStream(RESOURCE + "/" + file)) {
                    Files.write(target, in.readAllBytes());
                }
            }
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new TestPack(folder);
    }

    /** Replaces {@code text} (which must occur once) by {@code replacement} in {@code file}. */
    TestPack replace(String file, String text, String replacement) {
        String content = read(file);
        assertThat(content).as(file).containsOnlyOnce(text);
        return write(file, content.replace(text, replacement));
    }

    /** Appends {@code lines} to {@code file}. */
    TestPack append(String file, String lines) {
        return write(file, read(file) + lines);
    }

    TestPack write(String file, String content) {
        try {
            Path target = folder.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** The line (from 1) of the first line of {@code file} containing {@code text}. */
    int lineOf(String file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    ProvincePack load() {
        return ProvincePacks.load(folder);
    }

    Path folder() {
        return folder;
    }
}
