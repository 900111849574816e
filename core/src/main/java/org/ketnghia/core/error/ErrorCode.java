package org.ketnghia.core.error;

import org.ketnghia.core.value.BilingualText;

/**
 * A stable, machine-readable error code with its message in Vietnamese and English.
 *
 * <p>Each module (and each feature of the core) declares an enum implementing this interface
 * whose constants carry a module prefix ({@code LEDGER_…}, {@code ADMIN_…}, {@code LIVESTOCK_…}).
 * The constant name is the code: it is part of the public contract and never renamed. Message
 * templates use {@code {0}}, {@code {1}}, … placeholders filled from {@link Problem#arguments()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ErrorCode {

    /** The stable code, e.g. {@code "MONEY_OVERFLOW"}; the enum constant name. */
    String name();

    /** The message template in Vietnamese (with diacritics) and in English. */
    BilingualText message();
}
