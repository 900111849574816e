package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.ledger.SnapshotStore;
import org.ketnghia.core.privacy.internal.Aes;

/**
 * Snapshots of an encrypted ledger (<i>ảnh chụp trạng thái của sổ cái mã hóa</i>), sealed before they reach the
 * store they wrap. A snapshot holds the projections' state, personal data decrypted, so each projection's state is
 * stored as AES-256-GCM ciphertext under a <b>snapshot key</b>: a key of the {@link SubjectKeyStore} like a data
 * subject's, wrapped by the master key, under the reserved subject {@code ledger-snapshots/<generation>}.
 *
 * <p><b>Erasure.</b> A snapshot saved before a data subject was erased holds that subject's values. {@link
 * DataErasure} therefore destroys the current snapshot key with the subject's key ({@link #destroyCurrentKey}):
 * every snapshot saved under it becomes unreadable, {@link #latest()} reports none, the ledger replays its events
 * (which now read erased), and the next snapshot is sealed under the next generation's key. The same
 * crypto-shredding as for a subject, so no snapshot needs finding or deleting.
 *
 * <p>A snapshot whose key is gone, whose bytes were not sealed by this class (one saved in the clear before the
 * ledger was encrypted), or whose ciphertext does not open is treated as absent: snapshots may be discarded at
 * any time without losing anything but opening time ({@link SnapshotStore}). The stored bytes of each projection
 * are {@code ketnghia-sealed-1}, a line feed, the key's subject, a line feed, then the nonce and ciphertext; the
 * projection's type, fingerprint, the snapshot's sequence and event hash are bound in as associated data, so a
 * state cannot be moved to another projection or snapshot. Thread-safe as the wrapped store and the keys are.
 */
public final class EncryptedSnapshotStore implements SnapshotStore {

    /** The reserved subject of the snapshot keys; the generation follows. */
    public static final String KEY_SUBJECT_PREFIX = "ledger-snapshots/";
    private static final byte[] MAGIC = "ketnghia-sealed-1\n".getBytes(StandardCharsets.US_ASCII);

    private final SnapshotStore sealed;
    private final SubjectKeys keys;

    /** Seals the snapshots saved into {@code sealed} with snapshot keys kept in {@code keys}. */
    public EncryptedSnapshotStore(SnapshotStore sealed, SubjectKeys keys) {
        this.sealed = requireNonNull(sealed, "sealed");
        this.keys = requireNonNull(keys, "keys");
    }

    /**
     * Destroys the snapshot key in use, if any, so that every snapshot saved under it is unreadable; the next
     * snapshot is sealed under a new key. Idempotent between two saves.
     */
    public static void destroyCurrentKey(SubjectKeys keys) {
        keys.destroy(currentSubject(keys));
    }

    /** The subject of the key in use: that of the first generation whose key was not destroyed. */
    static String currentSubject(SubjectKeys keys) {
        int generation = 1;
        while (keys.isErased(KEY_SUBJECT_PREFIX + generation)) {
            generation++;
        }
        return KEY_SUBJECT_PREFIX + generation;
    }

    @Override
    public void save(LedgerSnapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        String subject = currentSubject(keys);
        SecretKey key = keys.forWriting(subject);
        byte[] header = header(subject);
        List<ProjectionSnapshot> sealedProjections = new ArrayList<>(snapshot.projections().size());
        for (ProjectionSnapshot projection : snapshot.projections()) {
            byte[] box = Aes.seal(key, projection.stateJson(), aad(snapshot, projection));
            byte[] stored = Arrays.copyOf(header, header.length + box.length);
            System.arraycopy(box, 0, stored, header.length, box.length);
            sealedProjections.add(ProjectionSnapshot.of(projection.projectionType(), projection.fingerprint(), stored));
        }
        keys.flushPending(); // the snapshots' key is durable before anything sealed with it is
        sealed.save(new LedgerSnapshot(snapshot.sequence(), snapshot.eventHash(), snapshot.savedAt(), sealedProjections));
    }

    /** The latest snapshot, opened; empty when there is none or it cannot be opened (its key was destroyed). */
    @Override
    public Optional<LedgerSnapshot> latest() {
        Optional<LedgerSnapshot> stored = sealed.latest();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        LedgerSnapshot snapshot = stored.get();
        List<ProjectionSnapshot> opened = new ArrayList<>(snapshot.projections().size());
        for (ProjectionSnapshot projection : snapshot.projections()) {
            Optional<byte[]> state = open(snapshot, projection);
            if (state.isEmpty()) {
                return Optional.empty();
            }
            opened.add(ProjectionSnapshot.of(projection.projectionType(), projection.fingerprint(), state.get()));
        }
        return Optional.of(new LedgerSnapshot(snapshot.sequence(), snapshot.eventHash(), snapshot.savedAt(), opened));
    }

    @Override
    public void close() {
        sealed.close();
    }

    private Optional<byte[]> open(LedgerSnapshot snapshot, ProjectionSnapshot projection) {
        byte[] stored = projection.stateJson();
        if (stored.length <= MAGIC.length || !Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return Optional.empty(); // saved in the clear, before the ledger was encrypted
        }
        int end = MAGIC.length;
        while (end < stored.length && stored[end] != '\n') {
            end++;
        }
        if (end == stored.length) {
            return Optional.empty();
        }
        String subject = new String(stored, MAGIC.length, end - MAGIC.length, StandardCharsets.UTF_8);
        Optional<SecretKey> key = subject.startsWith(KEY_SUBJECT_PREFIX) ? keys.forReading(subject) : Optional.empty();
        if (key.isEmpty()) {
            return Optional.empty(); // the key was destroyed by an erasure since
        }
        try {
            return Optional.of(Aes.open(key.get(), Arrays.copyOfRange(stored, end + 1, stored.length),
                    aad(snapshot, projection)));
        } catch (GeneralSecurityException altered) {
            return Optional.empty();
        }
    }

    private static byte[] header(String subject) {
        byte[] name = (subject + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] header = Arrays.copyOf(MAGIC, MAGIC.length + name.length);
        System.arraycopy(name, 0, header, MAGIC.length, name.length);
        return header;
    }

    private static byte[] aad(LedgerSnapshot snapshot, ProjectionSnapshot projection) {
        return (projection.projectionType() + "\n" + projection.fingerprint() + "\n" + snapshot.sequence() + "\n"
                + snapshot.eventHash()).getBytes(StandardCharsets.UTF_8);
    }
}
