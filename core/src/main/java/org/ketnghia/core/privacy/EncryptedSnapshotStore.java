package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
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
 * any time without losing anything but opening time ({@link SnapshotStore}).
 *
 * <p><b>Stored form.</b> Each projection's state is sealed in <b>segments</b> of {@value #SEGMENT_LENGTH} bytes,
 * each its own AES-GCM box. The header is four lines: {@code ketnghia-sealed-2}, the key's subject, the segment
 * length in decimal, and a seal id (16 random bytes in hexadecimal, new at every save); then come the boxes one after
 * the other (nonce, ciphertext, tag; only the last may be shorter). Each box binds as associated data the projection's
 * type, fingerprint, the snapshot's sequence and event hash — so a state cannot be moved to another projection or
 * snapshot — the whole header, so that neither the segment length nor the seal id can be changed and segments of two
 * saves of the same snapshot cannot be mixed, and its own index and the number of segments, so segments cannot be
 * reordered, repeated or cut off. Each box has its own random nonce; a key reaches the 2<sup>32</sup> boxes NIST SP
 * 800-38D allows for random nonces only after some 64 TiB of snapshots. Segments keep every cipher call small: the
 * JDK's AES-GCM is fast only in code its compiler has seen often, and one call over a state of a hundred megabytes ran
 * some thirty times slower than the same bytes in segments (2.1 s against 0.06 s for 150 MB). Snapshots saved by
 * versions before 7 December 2026 are {@code ketnghia-sealed-1}: one box for the whole state, the same associated
 * data without the segment's; they are still opened. Thread-safe as the wrapped store and the keys are.
 */
public final class EncryptedSnapshotStore implements SnapshotStore {

    /** The reserved subject of the snapshot keys; the generation follows. */
    public static final String KEY_SUBJECT_PREFIX = "ledger-snapshots/";
    /** Bytes of a projection's state sealed in one box (a segment) of the stored form. */
    static final int SEGMENT_LENGTH = 16 * 1024;
    /** The first stored form, one box per state, saved until 7 December 2026: still opened, no longer written. */
    private static final byte[] ONE_BOX = "ketnghia-sealed-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEGMENTED = "ketnghia-sealed-2\n".getBytes(StandardCharsets.US_ASCII);
    /** The largest segment length read from a stored header; anything else is not a snapshot this class sealed. */
    private static final int LARGEST_SEGMENT = 1 << 24;
    /** Random bytes of a seal id. */
    private static final int SEAL_ID_BYTES = 16;
    /** The largest stored state: what a Java array holds, less a margin the JDK keeps for its own. */
    private static final long LARGEST_STORED = Integer.MAX_VALUE - 16;

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
        List<ProjectionSnapshot> sealedProjections = new ArrayList<>(snapshot.projections().size());
        for (ProjectionSnapshot projection : snapshot.projections()) {
            sealedProjections.add(ProjectionSnapshot.of(projection.projectionType(), projection.fingerprint(),
                    sealInSegments(key, header(subject), projection, aad(snapshot, projection))));
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

    /**
     * The stored bytes of {@code projection}'s state: {@code header}, then the state sealed segment by segment.
     *
     * @throws IllegalArgumentException when the sealed state would not fit in one array (a state of about 2 GB)
     */
    private static byte[] sealInSegments(SecretKey key, byte[] header, ProjectionSnapshot projection, byte[] aad) {
        byte[] state = projection.stateJson();
        int segments = (int) Math.max(1, (state.length + (long) SEGMENT_LENGTH - 1) / SEGMENT_LENGTH);
        int last = state.length - (segments - 1) * SEGMENT_LENGTH;
        long storedLength = header.length + (segments - 1) * (long) Aes.boxLength(SEGMENT_LENGTH) + Aes.boxLength(last);
        if (storedLength > LARGEST_STORED) {
            throw new IllegalArgumentException("The state of projection " + projection.projectionType() + " ("
                    + state.length + " bytes) is too large to seal: sealed it would take " + storedLength
                    + " bytes, more than one array holds");
        }
        byte[] stored = Arrays.copyOf(header, (int) storedLength);
        int at = header.length;
        for (int segment = 0; segment < segments; segment++) {
            int length = segment == segments - 1 ? last : SEGMENT_LENGTH;
            at += Aes.sealInto(key, state, segment * SEGMENT_LENGTH, length,
                    segmentAad(aad, stored, header.length, segment, segments), stored, at);
        }
        return stored;
    }

    /**
     * A segment's associated data: the projection's ({@code aad}), the stored header (the first {@code headerLength}
     * bytes of {@code stored}), the segment's index and the number of segments.
     */
    private static byte[] segmentAad(byte[] aad, byte[] stored, int headerLength, int segment, int segments) {
        byte[] suffix = (segment + "/" + segments).getBytes(StandardCharsets.US_ASCII);
        byte[] bound = new byte[aad.length + 1 + headerLength + suffix.length];
        System.arraycopy(aad, 0, bound, 0, aad.length);
        bound[aad.length] = '\n';
        System.arraycopy(stored, 0, bound, aad.length + 1, headerLength);
        System.arraycopy(suffix, 0, bound, aad.length + 1 + headerLength, suffix.length);
        return bound;
    }

    private Optional<byte[]> open(LedgerSnapshot snapshot, ProjectionSnapshot projection) {
        byte[] stored = projection.stateJson();
        boolean segmented = startsWith(stored, SEGMENTED);
        if (!segmented && !startsWith(stored, ONE_BOX)) {
            return Optional.empty(); // saved in the clear, before the ledger was encrypted
        }
        int subjectStart = (segmented ? SEGMENTED : ONE_BOX).length;
        int subjectEnd = lineEnd(stored, subjectStart);
        if (subjectEnd < 0) {
            return Optional.empty();
        }
        String subject = new String(stored, subjectStart, subjectEnd - subjectStart, StandardCharsets.UTF_8);
        Optional<SecretKey> key = subject.startsWith(KEY_SUBJECT_PREFIX) ? keys.forReading(subject) : Optional.empty();
        if (key.isEmpty()) {
            return Optional.empty(); // the key was destroyed by an erasure since
        }
        try {
            if (!segmented) {
                return Optional.of(Aes.open(key.get(), Arrays.copyOfRange(stored, subjectEnd + 1, stored.length),
                        aad(snapshot, projection)));
            }
            return openSegments(key.get(), stored, subjectEnd + 1, aad(snapshot, projection));
        } catch (GeneralSecurityException altered) {
            return Optional.empty();
        }
    }

    /**
     * The state sealed in segments, its header's segment length line from {@code from}; empty when not in that form.
     */
    private static Optional<byte[]> openSegments(SecretKey key, byte[] stored, int from, byte[] aad)
            throws GeneralSecurityException {
        int lengthEnd = lineEnd(stored, from);
        if (lengthEnd < 0 || lengthEnd == from || lengthEnd - from > 8) {
            return Optional.empty();
        }
        int headerEnd = lineEnd(stored, lengthEnd + 1); // the seal id's line
        if (headerEnd < 0 || headerEnd - lengthEnd - 1 != 2 * SEAL_ID_BYTES) {
            return Optional.empty();
        }
        int segmentLength = 0;
        for (int i = from; i < lengthEnd; i++) {
            if (stored[i] < '0' || stored[i] > '9') {
                return Optional.empty();
            }
            segmentLength = segmentLength * 10 + (stored[i] - '0');
        }
        int fullBox = Aes.boxLength(segmentLength);
        int boxes = stored.length - headerEnd - 1;
        int segments = (int) Math.max(1, (boxes + (long) fullBox - 1) / fullBox);
        int lastBox = boxes - (segments - 1) * fullBox;
        if (segmentLength == 0 || segmentLength > LARGEST_SEGMENT || lastBox < Aes.boxLength(0)) {
            return Optional.empty();
        }
        byte[] state = new byte[(segments - 1) * segmentLength + lastBox - Aes.boxLength(0)];
        int at = headerEnd + 1;
        for (int segment = 0; segment < segments; segment++) {
            int length = segment == segments - 1 ? lastBox : fullBox;
            Aes.openInto(key, stored, at, length, segmentAad(aad, stored, headerEnd + 1, segment, segments), state,
                    segment * segmentLength);
            at += length;
        }
        return Optional.of(state);
    }

    private static boolean startsWith(byte[] stored, byte[] magic) {
        return stored.length > magic.length && Arrays.equals(stored, 0, magic.length, magic, 0, magic.length);
    }

    /** The index of the first line feed from {@code from}, or -1. */
    private static int lineEnd(byte[] stored, int from) {
        for (int i = from; i < stored.length; i++) {
            if (stored[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A new header: the form's mark, the key's subject, the segment length and a new seal id, a line each. */
    private static byte[] header(String subject) {
        String sealId = HexFormat.of().formatHex(Aes.randomBytes(SEAL_ID_BYTES));
        byte[] rest = (subject + "\n" + SEGMENT_LENGTH + "\n" + sealId + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] header = Arrays.copyOf(SEGMENTED, SEGMENTED.length + rest.length);
        System.arraycopy(rest, 0, header, SEGMENTED.length, rest.length);
        return header;
    }

    private static byte[] aad(LedgerSnapshot snapshot, ProjectionSnapshot projection) {
        return (projection.projectionType() + "\n" + projection.fingerprint() + "\n" + snapshot.sequence() + "\n"
                + snapshot.eventHash()).getBytes(StandardCharsets.UTF_8);
    }
}
