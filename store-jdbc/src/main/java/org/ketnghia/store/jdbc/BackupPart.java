package org.ketnghia.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A part of a ledger backup (một phần của bản sao lưu) and where it lies beside the events file: the events themselves
 * ({@link LedgerBackup}), the subjects' wrapped keys ({@code <file>.keys}, {@link
 * org.ketnghia.core.privacy.SubjectKeyBackup}) and the access log of personal-data reads ({@code <file>.access-log},
 * {@link org.ketnghia.core.privacy.AccessLogBackup}). {@link BackupManifest} names each part written by its {@link
 * #id()}, which is stable: it is written in every manifest and never renamed.
 */
public enum BackupPart {
    /** The events, one envelope per line: the file the backup is named by. */
    EVENTS("events", ""),
    /** The subjects' keys, wrapped by the master key: {@code <file>.keys}. */
    KEYS("keys", ".keys"),
    /** The access log of personal-data reads, one entry per line with its hash: {@code <file>.access-log}. */
    ACCESS_LOG("access-log", ".access-log");

    private final String id;
    private final String suffix;

    BackupPart(String id, String suffix) {
        this.id = id;
        this.suffix = suffix;
    }

    /** The part's name in a manifest and in errors: {@code events}, {@code keys}, {@code access-log}. */
    public String id() {
        return id;
    }

    /** Where this part of the backup whose events are in {@code events} lies: that file, or one beside it. */
    public Path fileOf(Path events) {
        requireNonNull(events, "events");
        return suffix.isEmpty() ? events : events.resolveSibling(events.getFileName() + suffix);
    }

    /** The part named {@code id} in a manifest; empty for a name this version does not know. */
    public static Optional<BackupPart> withId(String id) {
        requireNonNull(id, "id");
        for (BackupPart part : values()) {
            if (part.id.equals(id)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }
}
