package org.ketnghia.core.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.ketnghia.core.duty.ReportContent;
import org.ketnghia.core.ledger.InMemorySnapshotStore;
import org.ketnghia.core.ledger.LedgerSnapshot;
import org.ketnghia.core.ledger.ProjectionSnapshot;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A snapshot of the recorded encrypted ledger ({@link EncryptedFixture}) as {@link EncryptedSnapshotStore} sealed it
 * on 7 December 2026, in its first stored form ({@code ketnghia-sealed-1}: one AES-GCM box per projection), before
 * snapshots were sealed in segments. {@code snapshot.json} holds the snapshot as stored (each projection's sealed
 * bytes in base64) with the SHA-256 of each projection's state as it was before sealing; {@code snapshot.keys} the
 * subjects' keys and the snapshot key, wrapped by the fixture's master key. {@link #record} is how it was made ({@link EncryptedFixtureRecorderTest}).
 */
final class EncryptedSnapshotFixture {

    /** The class-path folder of the fixture. */
    static final String FOLDER = "/fixtures/encrypted-snapshot-2026-12-07/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EncryptedSnapshotFixture() {
    }

    /** The snapshot as stored, and the digest of each projection's state before sealing, in the same order. */
    record Stored(LedgerSnapshot snapshot, List<String> stateSha256) {
    }

    /** Reads the stored snapshot from the class path. */
    static Stored stored() {
        try (BufferedReader in = EncryptedFixture.resource(FOLDER, "snapshot.json")) {
            JsonNode root = JSON.readTree(in);
            List<ProjectionSnapshot> projections = new ArrayList<>();
            List<String> digests = new ArrayList<>();
            for (JsonNode projection : root.get("projections")) {
                projections.add(ProjectionSnapshot.of(projection.get("projectionType").asText(),
                        projection.get("fingerprint").asText(),
                        Base64.getDecoder().decode(projection.get("stored").asText())));
                digests.add(projection.get("stateSha256").asText());
            }
            return new Stored(new LedgerSnapshot(root.get("sequence").asLong(), root.get("eventHash").asText(),
                    Instant.parse(root.get("savedAt").asText()), projections), digests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys the snapshot was sealed with, restored into a key store and opened with the fixture's master key. */
    static SubjectKeys keys() {
        return EncryptedFixture.restoredKeys(EncryptedFixture.resource(FOLDER, "snapshot.keys"));
    }

    /**
     * Records the fixture into {@code folder}: the recorded encrypted ledger ({@link EncryptedFixture}) opened with its
     * keys, its snapshot saved through the runtime's {@link EncryptedSnapshotStore}, and written out with the keys.
     */
    static void record(Path folder) throws IOException {
        SubjectKeys keys = EncryptedFixture.restoredKeys();
        PayloadProtection protection = PayloadProtection.withKeys(keys);
        InMemorySnapshotStore sealed = new InMemorySnapshotStore();
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(Participants.units())
                .clock(Fixtures.CLOCK).personalDataProtection(protection).eventStore(EncryptedFixture.events(protection))
                .snapshotStore(sealed).snapshotEvery(0).build();
        runtime.ledger().saveSnapshot();
        LedgerSnapshot stored = sealed.latest().orElseThrow();
        LedgerSnapshot opened = new EncryptedSnapshotStore(sealed, keys).latest().orElseThrow();
        ObjectNode root = JSON.createObjectNode();
        root.put("sequence", stored.sequence());
        root.put("eventHash", stored.eventHash());
        root.put("savedAt", stored.savedAt().toString());
        ArrayNode projections = root.putArray("projections");
        for (int i = 0; i < stored.projections().size(); i++) {
            ProjectionSnapshot projection = stored.projections().get(i);
            projections.addObject().put("projectionType", projection.projectionType())
                    .put("fingerprint", projection.fingerprint())
                    .put("stateSha256", ReportContent.sha256(opened.projections().get(i).stateJson()))
                    .put("stored", Base64.getEncoder().encodeToString(projection.stateJson()));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(folder.resolve("snapshot.json").toFile(), root);
        try (Writer keyFile = Files.newBufferedWriter(folder.resolve("snapshot.keys"))) {
            SubjectKeyBackup.export(keys.store(), keyFile);
        }
    }
}
