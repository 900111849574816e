package org.ketnghia.core.error;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One thing wrong with an input: the rule that was broken ({@link #code()}), the field that broke
 * it (a path such as {@code "members[2].birthYear"}, or {@code ""} for the input as a whole), and
 * the values quoted in the message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the rule that was broken; never null
 * @param field the offending field path; never null, empty for the whole input
 * @param arguments the values quoted in the message, already rendered as text; never null
 */
public record Problem(ErrorCode code, String field, List<String> arguments) {

    /** Creates a problem; arguments are rendered with {@link String#valueOf(Object)}. */
    public Problem {
        requireNonNull(code, "code");
        requireNonNull(field, "field");
        arguments = List.copyOf(requireNonNull(arguments, "arguments"));
    }

    /** Creates a problem quoting {@code arguments} in its message. */
    public static Problem of(ErrorCode code, String field, Object... arguments) {
        return new Problem(code, field, render(arguments));
    }

    /** The message in Vietnamese, with the arguments filled in. */
    public String messageVi() {
        return MessageTemplate.fill(code.message().vi(), arguments);
    }

    /** The message in English, with the arguments filled in. */
    public String messageEn() {
        return MessageTemplate.fill(code.message().en(), arguments);
    }

    /** The message in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String message(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? messageVi() : messageEn();
    }

    @Override
    public String toString() {
        return code.name() + (field.isEmpty() ? "" : " [" + field + "]") + ": " + messageEn();
    }

    private static List<String> render(Object... arguments) {
        String[] rendered = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            rendered[i] = String.valueOf(arguments[i]);
        }
        return List.of(rendered);
    }
}
