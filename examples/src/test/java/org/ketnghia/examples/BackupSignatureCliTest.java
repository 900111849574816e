package org.ketnghia.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketnghia.core.ledger.EventChain;
import org.ketnghia.core.ledger.EventCodec;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.privacy.MasterKey;
import org.ketnghia.core.privacy.PayloadProtection;
import org.ketnghia.core.privacy.PrivacyErrorCode;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.examples.cli.ExitCodes;
import org.ketnghia.examples.compatibility.RecordedBackup;
import org.ketnghia.examples.compatibility.RecordedFixture;
import org.ketnghia.examples.guice.ExamplesInjector;
import org.ketnghia.examples.host.ProgrammeHost;
import org.ketnghia.examples.host.ProvinceData;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammeModels;
import org.ketnghia.store.jdbc.BackupManifest;
import org.ketnghia.store.jdbc.BackupPart;
import org.ketnghia.store.jdbc.BackupPartSummary;
import org.ketnghia.store.jdbc.StoreErrorCode;

/**
 * {@code export} with a master key signs the backup's manifest, and {@code import} with the master key checks the
 * signature: so a backup whose cleartext amount of public money was changed, its hash chain and manifest recomputed
 * (anyone holding the backup can do both: the chain is plain SHA-256), is refused, where an unsigned manifest cannot
 * tell. A wrong master key fails the signature too; an unsigned manifest imports with a notice, and is refused with
 * {@code --require-signature}; without the master key a signed manifest is checked for all but its signature.
 */
class BackupSignatureCliTest {

    /** Enough of the recorded ledger of 4 December 2026 to hold a receipt of public money (event 71). */
    private static final int EVENTS = 100;
    private static final String AMOUNT_LINE = "\"amount\":130000000,";
    private static final String UNSIGNED_NOTICE = "the manifest is unsigned: the backup's parts could have been rewritten";
    private static final String UNCHECKED_NOTICE = "no master key: the manifest's signature could not be checked";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Path plan;
    static Path masterKey;
    /** The recorded ledger's first events, in plain text, exported with the master key: a signed manifest. */
    static Path signed;
    /** The same ledger exported without a master key: an unsigned manifest. */
    static Path unsigned;
    /** The encrypted backup of 8 December 2026 imported, and exported again with its master key: every part, signed. */
    static Path signedEncrypted;
    static Path encryptedKey;

    @TempDir
    Path temp;

    @BeforeAll
    static void aLedgerExported_withAndWithoutTheMasterKey() throws Exception {
        assumeTrue(System.getenv(MasterKey.ENVIRONMENT_VARIABLE) == null, MasterKey.ENVIRONMENT_VARIABLE + " is set");
        plan = Files.writeString(shared.resolve("programme.json"), RecordedFixture.programmeInTodaysFormat());
        masterKey = Files.writeString(shared.resolve("master.key"), MasterKey.generate().toBase64());
        Path recorded = shared.resolve("recorded.jsonl");
        try (InputStream in = new GZIPInputStream(RecordedFixture.open("ledger.jsonl.gz"))) {
            Files.copy(in, recorded);
        }
        Path firstEvents = Files.write(shared.resolve("first-events.jsonl"),
                Files.readAllLines(recorded).subList(0, EVENTS));
        assertThat(Files.readAllLines(firstEvents).get(70)).contains(AMOUNT_LINE);
        Path ledger = shared.resolve("ledger");
        assertSucceeds(Cli.run("import", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                firstEvents.toString()));
        signed = shared.resolve("signed").resolve("backup.jsonl");
        Cli export = Cli.run("export", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                signed.toString(), "--master-key-file", masterKey.toString());
        assertSucceeds(export);
        assertThat(export.out()).contains("manifest signed with the master key (hmac-sha256,"
                + " hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1)");
        unsigned = shared.resolve("unsigned").resolve("backup.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", ledger.toString(), "--file",
                unsigned.toString()));

        Path recordedBackup = RecordedBackup.copyInto(shared.resolve("recorded-backup"));
        encryptedKey = recordedBackup.resolveSibling(RecordedBackup.MASTER_KEY);
        Path encrypted = shared.resolve("encrypted");
        assertSucceeds(Cli.run("import", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                recordedBackup.toString(), "--master-key-file", encryptedKey.toString()));
        signedEncrypted = shared.resolve("signed-encrypted").resolve("backup.jsonl");
        assertSucceeds(Cli.run("export", "--plan", plan.toString(), "--ledger", encrypted.toString(), "--file",
                signedEncrypted.toString(), "--master-key-file", encryptedKey.toString()));
    }

    @Test
    void export_withAMasterKey_writesASignedManifest_andWithoutOne_theFirstFormat() throws Exception {
        JsonNode manifest = JSON.readTree(manifestOf(signed).toFile());
        assertThat(manifest.path("format").asText()).isEqualTo("ketnghia-backup-manifest-2");
        assertThat(manifest.path("signature").path("algorithm").asText()).isEqualTo("hmac-sha256");
        assertThat(manifest.path("signature").path("keyDerivation").asText())
                .isEqualTo("hkdf-sha256-expand/ketnghia-backup-manifest-signature-v1");
        assertThat(manifest.path("signature").path("value").asText()).matches("[0-9a-f]{64}");

        JsonNode plain = JSON.readTree(manifestOf(unsigned).toFile());
        assertThat(plain.path("format").asText()).isEqualTo("ketnghia-backup-manifest-1");
        assertThat(plain.has("signature")).isFalse();
        assertThat(Files.mismatch(signed, unsigned)).as("the parts are the same").isEqualTo(-1L);
    }

    @Test
    void aSignedBackup_importsWithItsMasterKey_everyPartWithIt_withoutANotice() {
        Cli restore = importInto(temp.resolve("target"), signedEncrypted, "--master-key-file", encryptedKey.toString(),
                "--require-signature");

        assertSucceeds(restore);
        assertThat(restore.out()).contains("restored 6 sự kiện", "1 lượt đọc / reads");
        assertThat(restore.err()).doesNotContain(UNSIGNED_NOTICE, UNCHECKED_NOTICE);
        assertSucceeds(Cli.run("verify", "--plan", plan.toString(), "--ledger", temp.resolve("target").toString(),
                "--master-key-file", encryptedKey.toString()));
    }

    @Test
    void anAmountOfPublicMoneyChanged_theChainAndManifestRecomputed_isRefusedWithTheMasterKey() throws Exception {
        Path forged = copyOfTheBackup(signed, "forged");
        rewriteLine(forged, 70, event -> ((ObjectNode) event.get("payload")).put("amount", 13_000_000L));
        Path target = temp.resolve("target");

        Cli refused = importInto(target, forged, "--master-key-file", masterKey.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_SIGNATURE_INVALID.name(),
                "The signature of the manifest " + manifestOf(forged) + " does not verify")
                .doesNotContain(StoreErrorCode.STORE_CHAIN_BROKEN.name(), StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name());
        assertThat(target).as("nothing written").doesNotExist();
        // what the signature adds: every other check passes, and without the master key the forgery imports
        Cli unchecked = importInto(temp.resolve("unchecked"), forged);
        assertSucceeds(unchecked);
        assertThat(unchecked.err()).contains(UNCHECKED_NOTICE);
    }

    @Test
    void anAmountChanged_withAnUnsignedManifestWrittenToMatch_importsWithANotice_andIsRefusedWithRequireSignature()
            throws Exception {
        Path forged = copyOfTheBackup(signed, "forged-unsigned");
        rewriteLine(forged, 70, event -> ((ObjectNode) event.get("payload")).put("amount", 13_000_000L));
        BackupManifest manifest = readManifest(forged);
        writeManifest(forged, new BackupManifest(manifest.exportedAt(), manifest.lastSequence(), manifest.lastHash(),
                manifest.parts()));

        Cli imported = importInto(temp.resolve("imported"), forged, "--master-key-file", masterKey.toString());
        assertSucceeds(imported);
        assertThat(imported.err()).contains(UNSIGNED_NOTICE);

        Path target = temp.resolve("target");
        Cli refused = importInto(target, forged, "--master-key-file", masterKey.toString(), "--require-signature");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_UNSIGNED.name(),
                "The manifest " + manifestOf(forged) + " has no signature, and one was required");
        assertThat(target).doesNotExist();
    }

    @Test
    void anotherMasterKey_failsTheSignature_andTheKeys_beforeAnythingIsWritten() throws Exception {
        Path wrongKey = Files.writeString(temp.resolve("wrong.key"), MasterKey.generate().toBase64());
        Path target = temp.resolve("target");

        Cli refused = importInto(target, signedEncrypted, "--master-key-file", wrongKey.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_SIGNATURE_INVALID.name(),
                manifestOf(signedEncrypted).toString(), PrivacyErrorCode.PRIVACY_MASTER_KEY_WRONG.name());
        assertThat(target).doesNotExist();
    }

    @Test
    void anUnsignedManifest_importsWithANotice_andWithRequireSignature_isRefused() {
        Cli imported = importInto(temp.resolve("imported"), unsigned, "--master-key-file", masterKey.toString());
        assertSucceeds(imported);
        assertThat(imported.out()).contains("restored " + EVENTS + " sự kiện");
        assertThat(imported.err()).contains(UNSIGNED_NOTICE);

        Path target = temp.resolve("target");
        Cli refused = importInto(target, unsigned, "--master-key-file", masterKey.toString(), "--require-signature");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_UNSIGNED.name());
        assertThat(target).doesNotExist();
    }

    @Test
    void withRequireSignature_aBackupWithoutAManifest_isRefused_andWithoutAMasterKey_theOptionIsAMistake()
            throws Exception {
        Path noManifest = copyOfTheBackup(signed, "no-manifest");
        Files.delete(manifestOf(noManifest));
        Path target = temp.resolve("target");

        Cli refused = importInto(target, noManifest, "--master-key-file", masterKey.toString(), "--require-signature");
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_MANIFEST_MISSING.name());

        Cli withoutKey = importInto(target, signed, "--require-signature");
        assertThat(withoutKey.exitCode()).as(withoutKey.toString()).isEqualTo(2);
        assertThat(withoutKey.err()).contains("--require-signature needs the master key");
        assertThat(target).doesNotExist();
    }

    @Test
    void withoutAMasterKey_aSignedManifest_isCheckedForAllButItsSignature_withANotice() throws Exception {
        Cli imported = importInto(temp.resolve("imported"), signed);
        assertSucceeds(imported);
        assertThat(imported.err()).contains(UNCHECKED_NOTICE);

        Path cut = copyOfTheBackup(signed, "cut");
        Files.write(cut, Files.readAllLines(cut).subList(0, 50));
        Cli refused = importInto(temp.resolve("target"), cut);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.LEDGER);
        assertThat(refused.err()).contains(StoreErrorCode.STORE_BACKUP_PART_DIFFERS.name(), "50 lines (manifest: 100)");
    }

    /**
     * Changes the event on line {@code index} (from 0) of a backup's events as {@code change} says, then does what
     * anyone holding the backup can: recomputes the hash of that event and of every one after it (the library's own
     * {@link EventChain}, as the ledger computes it) and the manifest's summary of the events and its last hash,
     * keeping the manifest's signature, since that cannot be recomputed without the master key.
     */
    private static void rewriteLine(Path backup, int index, Consumer<JsonNode> change)
            throws Exception {
        ProgrammeFile programme = ProgrammeFile.read(plan);
        ProvinceData province = ProvinceData.resolve(programme, Optional.empty(), Optional.empty());
        try (KetnghiaRuntime types = ExamplesInjector.runtime(ProgrammeHost.clockOf(programme.plan()), null,
                province.units(), ProgrammeModels.of(programme, province))) {
            EventCodec codec = new EventCodec(types.objectMapper(), PayloadProtection.masked());
            EventChain chain = new EventChain(types.objectMapper());
            List<String> lines = new ArrayList<>();
            String previousHash = EventChain.GENESIS_HASH;
            try (BufferedReader reader = Files.newBufferedReader(backup)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    ObjectNode event = (ObjectNode) JSON.readTree(line);
                    if (number++ == index) {
                        change.accept(event);
                    }
                    event.put("previousHash", previousHash);
                    EventEnvelope unhashed = codec.read(event.toString());
                    previousHash = chain.expectedHash(unhashed);
                    event.put("hash", previousHash);
                    lines.add(codec.write(codec.read(event.toString())));
                }
            }
            try (Writer out = Files.newBufferedWriter(backup)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            BackupManifest manifest = readManifest(backup);
            Map<BackupPart, BackupPartSummary> parts = new EnumMap<>(manifest.parts());
            parts.put(BackupPart.EVENTS, BackupPartSummary.of(backup));
            writeManifest(backup, new BackupManifest(manifest.exportedAt(), manifest.lastSequence(), previousHash, parts,
                    manifest.signature()));
        }
        assertThat(Files.readAllLines(backup).get(index)).contains("\"amount\":13000000,");
    }

    private static BackupManifest readManifest(Path backup) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(manifestOf(backup))) {
            return BackupManifest.read(reader, manifestOf(backup).toString());
        }
    }

    private static void writeManifest(Path backup, BackupManifest manifest) throws Exception {
        try (Writer out = Files.newBufferedWriter(manifestOf(backup))) {
            manifest.write(out);
        }
    }

    private static Cli importInto(Path ledger, Path backupFile, String... more) {
        List<String> args = new ArrayList<>(List.of("import", "--plan", plan.toString(), "--ledger", ledger.toString(),
                "--file", backupFile.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static void assertSucceeds(Cli cli) {
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
    }

    /** A copy of every file of a backup, under this test's folder. */
    private Path copyOfTheBackup(Path original, String name) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        Path copy = folder.resolve(original.getFileName());
        for (String suffix : List.of("", ".keys", ".access-log", ".manifest")) {
            Path part = original.resolveSibling(original.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.copy(part, folder.resolve(part.getFileName()));
            }
        }
        return copy;
    }

    private static Path manifestOf(Path backupFile) {
        return BackupManifest.fileOf(backupFile);
    }
}
