package org.ketnghia.core.participant.ethnicity;

import org.ketnghia.core.value.VietnameseText;

/**
 * The look-up key of an ethnic group name: {@link VietnameseText#fold(String)} (lower case, no
 * diacritics, đ → d, no apostrophes), then without spaces or any other non-letter, non-digit. So
 * "Cơ-tu", "co tu", "CƠ TU" and "Katu"/"Ka Tu" meet, and "Kinh (Việt)" becomes {@code "kinhviet"}.
 * Dropping the spaces, unlike plain folding, is safe here because the catalogue rejects any two
 * groups whose names share a key.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        String folded = VietnameseText.fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
