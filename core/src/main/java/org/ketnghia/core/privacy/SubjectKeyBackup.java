package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Base64;
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
     * Puts every line of {@code in} back into {@code store} ({@link SubjectKeyStore#restore}).
     *
     * @return the number of subjects restored
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_KEY_STORE_UNAVAILABLE} for a line that cannot be read
     */
    public static long restore(BufferedReader in, SubjectKeyStore store) {
        requireNonNull(in, "in");
        requireNonNull(store, "store");
        long restored = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String subject = node.path("subject").asText("");
                boolean erased = node.path("erased").asBoolean(false);
                String wrapped = node.path("wrappedKey").asText("");
                if (subject.isEmpty() || (!erased && wrapped.isEmpty())) {
                    throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "keys[" + restored + "]",
                            "a key backup line needs a subject and a wrapped key or \"erased\"");
                }
                store.restore(new SubjectKeyStore.Entry(subject,
                        erased ? Optional.empty() : Optional.of(Base64.getDecoder().decode(wrapped))));
                restored++;
            }
        } catch (IOException e) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_KEY_STORE_UNAVAILABLE, "keys", e.getMessage());
        }
        return restored;
    }
}
