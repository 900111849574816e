package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.KetnghiaException;

/**
 * Backs up and restores a {@link SubjectKeyStore} as JSON Lines, beside a ledger's backup: one line per subject,
 * {@code {"subject":"household:HN-1","wrappedKey":"<base64>"}}, or {@code {"subject":…,"erased":true}} for an
 * erased one. The keys stay wrapped by the master key, so the file holds no key in the clear; restored with the
 * ledger's backup, it gives a ledger that the same master key reads. Stateless and thread-safe.
 */
public final class SubjectKeyBackup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SubjectKeyBackup() {
    }

    /**
     * Writes every entry of {@code store} to {@code out}.
     *
     * @return the number of subjects written
     */
    public static long export(SubjectKeyStore store, Writer out) {
        requireNonNull(store, "store");
        requireNonNull(out, "out");
        long written = 0;
        try {
            for (SubjectKeyStore.Entry entry : store.entries()) {
                ObjectNode line = JSON.createObjectNode().put("subject", entry.subject());
                if (entry.erased()) {
                    line.put("erased", true);
                } else {
                    line.put("wrappedKey", Base64.getEncoder().encodeToString(entry.wrappedKey().get()));
                }
                out.write(JSON.writeValueAsString(line));
                out.write('\n');
                written++;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Puts every line of {@code in} back into {@code store} ({@link SubjectKeyStore#restore}): {@link #read} then
     * {@link #restore(List, SubjectKeyStore)}, so that a line that cannot be read leaves {@code store} as it was.
     *
     * @return the number of subjects restored
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE} for a line that cannot be read
     */
    public static long restore(BufferedReader in, SubjectKeyStore store) {
        requireNonNull(store, "store");
        return restore(read(in, "keys"), store);
    }

    /**
     * Reads every line of a key backup, writing nothing anywhere, so that a host checks this part of a backup before it
     * writes any part. Blank lines are skipped. A line lost whole cannot be told (the file has no hash chain); a line
     * cut short, an altered one that is no longer a key, is refused.
     *
     * @param part names the backup's part in errors (its file)
     * @return the entries, in file order; immutable
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE} naming {@code part} and the line,
     *     for the first line that is not JSON, has no subject, has neither a wrapped key nor {@code "erased"}, or whose
     *     wrapped key is not Base64; or naming {@code part} when {@code in} cannot be read
     */
    public static List<SubjectKeyStore.Entry> read(BufferedReader in, String part) {
        requireNonNull(in, "in");
        requireNonNull(part, "part");
        List<SubjectKeyStore.Entry> entries = new ArrayList<>();
        long lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (!line.isBlank()) {
                    entries.add(entryOf(line, part, lineNumber, entries.size()));
                }
            }
        } catch (IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "keys", part + ": " + e.getMessage());
        }
        return List.copyOf(entries);
    }

    /**
     * Checks, writing nothing anywhere, that {@code masterKey} unwraps the data key of every subject of {@code entries}
     * (as {@link #read} gives them; erased subjects have none), so that a host refuses a wrong master key before it
     * restores any part of a backup, rather than when it first reads an event, after the keys are written. Each key
     * unwrapped is wiped at once.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_MASTER_KEY_WRONG} (field {@code masterKey}) naming the
     *     first subject whose key {@code masterKey} cannot unwrap: a master key that is not the backup's, or a key that
     *     another master key wrapped
     */
    public static void checkMasterKey(List<SubjectKeyStore.Entry> entries, MasterKey masterKey) {
        requireNonNull(entries, "entries");
        requireNonNull(masterKey, "masterKey");
        for (SubjectKeyStore.Entry entry : entries) {
            if (!entry.erased()) {
                Arrays.fill(masterKey.unwrap(entry.subject(), entry.wrappedKey().get()), (byte) 0);
            }
        }
    }

    /**
     * Puts {@code entries} (as {@link #read} gives them) into {@code store} ({@link SubjectKeyStore#restore}).
     *
     * @return the number of subjects restored
     */
    public static long restore(List<SubjectKeyStore.Entry> entries, SubjectKeyStore store) {
        requireNonNull(entries, "entries");
        requireNonNull(store, "store");
        entries.forEach(store::restore);
        return entries.size();
    }

    private static SubjectKeyStore.Entry entryOf(String line, String part, long lineNumber, int index) {
        String field = "keys[" + index + "]";
        String where = part + ", line " + lineNumber + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, field,
                    where + "not a key backup line (cut short or altered?): " + e.getOriginalMessage());
        }
        String subject = node.path("subject").asText("");
        boolean erased = node.path("erased").asBoolean(false);
        String wrapped = node.path("wrappedKey").asText("");
        if (subject.isEmpty() || (!erased && wrapped.isEmpty())) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, field,
                    where + "a key backup line needs a subject and a wrapped key or \"erased\"");
        }
        if (erased) {
            return new SubjectKeyStore.Entry(subject, Optional.empty());
        }
        try {
            return new SubjectKeyStore.Entry(subject, Optional.of(Base64.getDecoder().decode(wrapped)));
        } catch (IllegalArgumentException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, field,
                    where + "the wrapped key of " + subject + " is not Base64: " + e.getMessage());
        }
    }
}
