package org.ketnghia.examples.compatibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The backup exported on 8 December 2026 with a master key, before manifests were signed ({@code
 * ketnghia-backup-manifest-1}): the six events of core's encrypted ledger of 6 December 2026, their wrapped keys, one
 * read in the access log, the manifest, and the fixed test master key. See the fixture's {@code README.md}.
 */
public final class RecordedBackup {

    /** The class-path folder of the fixture. */
    public static final String FOLDER = "/fixtures/backup-2026-12-08/";
    /** The events file; the other parts lie beside it. */
    public static final String EVENTS = "backup.jsonl";
    /** The fixed test master key, in base64: never a real key. */
    public static final String MASTER_KEY = "master.key";
    /** Every file of the fixture but its README. */
    public static final List<String> FILES = List.of(EVENTS, EVENTS + ".keys", EVENTS + ".access-log",
            EVENTS + ".manifest", MASTER_KEY);

    private RecordedBackup() {
    }

    /** Copies every file of the fixture into {@code folder}, as they were recorded; returns the copy of the events. */
    public static Path copyInto(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : FILES) {
                try (InputStream in = RecordedBackup.class.getResourceAsStream(FOLDER + name)) {
                    if (in == null) {
                        throw new IOException("no fixture file " + FOLDER + name);
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder.resolve(EVENTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
