package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.error.KetnghiaException;

/**
 * A data subject (chủ thể dữ liệu) whose personal data has a key of its own: a household or a person.
 * Its {@link #key()} ({@code household:HN-A-012}, {@code person:P-7}) names the data key in the key store
 * and is bound into every ciphertext as associated data.
 *
 * @param kind {@code household} or {@code person}
 * @param id the household's or person's id in the ledger
 */
public record DataSubject(String kind, String id) {

    /** The kind of a household subject. */
    public static final String HOUSEHOLD = "household";
    /** The kind of a person subject. */
    public static final String PERSON = "person";

    /** Checks the kind and that the id is not blank. */
    public DataSubject {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        if (!(HOUSEHOLD.equals(kind) || PERSON.equals(kind)) || id.isBlank()) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_INVALID, "subject", kind + ":" + id);
        }
    }

    /** The household {@code id}. */
    public static DataSubject household(String id) {
        return new DataSubject(HOUSEHOLD, id);
    }

    /** The person {@code id}. */
    public static DataSubject person(String id) {
        return new DataSubject(PERSON, id);
    }

    /**
     * Reads a subject's {@link #key()}.
     *
     * @throws KetnghiaException {@link PrivacyErrorCode#PRIVACY_SUBJECT_INVALID}
     */
    public static DataSubject parse(String key) {
        requireNonNull(key, "key");
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw KetnghiaException.of(PrivacyErrorCode.PRIVACY_SUBJECT_INVALID, "subject", key);
        }
        return new DataSubject(key.substring(0, colon), key.substring(colon + 1));
    }

    /** {@code kind:id}, the subject's name in the key store and in ciphertexts. */
    public String key() {
        return kind + ":" + id;
    }

    @Override
    public String toString() {
        return key();
    }
}
