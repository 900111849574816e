package org.ketnghia.core.ledger;

import static java.util.Objects.requireNonNull;

/**
 * An event's payload exactly as it was recorded, kept on an {@link EventEnvelope} whose payload was read
 * in an older shape and upcast ({@link EventUpcaster}) to the current one, or whose personal fields are stored
 * encrypted ({@link org.ketnghia.core.privacy.PayloadProtection}) while the payload holds them in plain text
 * (or erased). The hash chain is computed over these bytes, and stores and backups write them, so that neither
 * upcasting nor decryption ever changes what the ledger holds.
 *
 * @param typeId the type id as recorded
 * @param version the schema version as recorded, 1 for events recorded before the type had a version
 * @param json the payload's JSON as recorded, with its {@code "type"} property
 */
public record RecordedPayload(String typeId, int version, String json) {

    /** Checks that no part is missing. */
    public RecordedPayload {
        requireNonNull(typeId, "typeId");
        requireNonNull(json, "json");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
    }
}
