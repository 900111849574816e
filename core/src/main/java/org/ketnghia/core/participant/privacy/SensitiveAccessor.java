package org.ketnghia.core.participant.privacy;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * One accessor found to carry personal data.
 *
 * @param path where it was found from the inspected type, e.g. {@code "members.idNumber"}
 * @param declaringType the type that declares the accessor
 * @param kinds the kinds of personal data it carries; never empty
 */
public record SensitiveAccessor(String path, Class<?> declaringType, Set<SensitiveKind> kinds) {

    /** Checks that no part is missing and copies the kinds. */
    public SensitiveAccessor {
        requireNonNull(path, "path");
        requireNonNull(declaringType, "declaringType");
        kinds = Set.copyOf(kinds);
    }
}
