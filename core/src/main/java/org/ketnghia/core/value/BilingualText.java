package org.ketnghia.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A text in Vietnamese (with diacritics) and in English, kept together: model names, labels of
 * categories and statuses, message templates. Every display label of the library is one of these,
 * so that no Vietnamese label can exist without its English counterpart (and the reverse).
 *
 * <p>Immutable and thread-safe.
 *
 * @param vi the Vietnamese text, never blank (e.g. "Chăn nuôi bò, dê sinh sản quay vòng")
 * @param en the English text, never blank (e.g. "Revolving cattle and goat breeding")
 */
public record BilingualText(String vi, String en) {

    /**
     * Checks that neither text is blank. Bilingual texts are written by developers (labels, message
     * templates, model names), so a blank one is a programming error, not an official's input: it is
     * an {@link IllegalArgumentException}, thrown when the class holding the text is loaded. (The
     * error codes themselves hold bilingual texts, so this check cannot use them.)
     *
     * @throws IllegalArgumentException naming {@code vi} or {@code en} if it is blank
     */
    public BilingualText {
        requireNonNull(vi, "vi");
        requireNonNull(en, "en");
        if (vi.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException((vi.isBlank() ? "vi" : "en") + ": a bilingual text needs both its"
                    + " Vietnamese and its English text (vi=\"" + vi + "\", en=\"" + en + "\")");
        }
    }

    /** The text in Vietnamese and English. */
    public static BilingualText of(String vi, String en) {
        return new BilingualText(vi, en);
    }

    /** The text in {@code locale}'s language: Vietnamese for {@code vi}, English otherwise. */
    public String in(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? vi : en;
    }

    /** Both texts, as the library's bilingual outputs print them: {@code "vi / en"}. */
    public String both() {
        return vi.equals(en) ? vi : vi + " / " + en;
    }

    /** {@link #both()}. */
    @Override
    public String toString() {
        return both();
    }
}
