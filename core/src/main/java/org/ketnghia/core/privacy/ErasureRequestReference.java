package org.ketnghia.core.privacy;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problem;

/**
 * The rule for who asked for an erasure ({@link EraseDataSubject#requestedBy()}): a <b>reference</b> to the
 * request, never a name. {@link DataSubjectErased} stays in the clear for ever, so a name written there (often the
 * erased person's own) would outlive the erasure.
 *
 * <p>Write the number of the request as the unit registered it (<i>số hiệu đơn, văn bản đề nghị xóa</i>), e.g.
 * {@code 12/ĐN-UBND} or {@code 045/2026/VBĐ}, or an official's account id that carries a number, e.g. {@code
 * cb-0123}. A reference:
 *
 * <ul>
 *   <li>has 1 to {@value #MAX_LENGTH} characters;
 *   <li>has only letters (with or without diacritics), digits and the symbols {@value #SYMBOLS}: no spaces, no
 *       brackets, no {@code @} (an e-mail address is personal data);
 *   <li>has at least one letter and at least one digit, as a document number does: a name has no digit, and a
 *       phone or ID number has no letter.
 * </ul>
 *
 * <p>The rule is checked on new commands only: an erasure recorded before it, whatever its {@code requestedBy},
 * still replays. It cannot tell a name run together with a number ({@code Mai1980}) from a reference: the official
 * writing it is told what to write, and the rule refuses what a name is usually written as. Stateless and
 * thread-safe.
 */
public final class ErasureRequestReference {

    /** The most characters a reference may have. */
    public static final int MAX_LENGTH = 64;

    /** The symbols a reference may contain besides letters and digits. */
    public static final String SYMBOLS = "/-._";

    /** The field the problems name. */
    static final String FIELD = "requestedBy";

    private ErasureRequestReference() {
    }

    /**
     * The problems of {@code requestedBy} as the reference of a new erasure request, each naming the field {@code
     * requestedBy}; empty when it is a reference. All are found in one pass: {@link CoreErrorCode#VALUE_BLANK} alone
     * when blank, else any of {@link PrivacyErrorCode#PRIVACY_REQUESTED_BY_TOO_LONG}, {@link
     * PrivacyErrorCode#PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED} (the first such character, with its position) and
     * {@link PrivacyErrorCode#PRIVACY_REQUESTED_BY_NOT_A_REFERENCE}. No problem quotes the value: it may be the very
     * name the erasure removes. Letters with diacritics count as one character however they were typed (the check
     * reads the value in Unicode normal form C).
     *
     * @param requestedBy the value to check; not null
     * @return the problems, immutable
     */
    public static List<Problem> problemsOf(String requestedBy) {
        requireNonNull(requestedBy, "requestedBy");
        if (requestedBy.isBlank()) {
            return List.of(Problem.of(CoreErrorCode.VALUE_BLANK, FIELD));
        }
        String composed = Normalizer.normalize(requestedBy, Normalizer.Form.NFC);
        List<Problem> problems = new ArrayList<>();
        int length = composed.codePointCount(0, composed.length());
        if (length > MAX_LENGTH) {
            problems.add(Problem.of(PrivacyErrorCode.PRIVACY_REQUESTED_BY_TOO_LONG, FIELD, length, MAX_LENGTH));
        }
        boolean letter = false;
        boolean digit = false;
        boolean refusedOne = false;
        int position = 0;
        for (int character : composed.codePoints().toArray()) {
            position++;
            letter |= Character.isLetter(character);
            digit |= Character.isDigit(character);
            if (!refusedOne && !isAllowed(character)) {
                refusedOne = true;
                problems.add(Problem.of(PrivacyErrorCode.PRIVACY_REQUESTED_BY_CHARACTER_NOT_ALLOWED, FIELD, position,
                        shown(character)));
            }
        }
        if (!letter || !digit) {
            problems.add(Problem.of(PrivacyErrorCode.PRIVACY_REQUESTED_BY_NOT_A_REFERENCE, FIELD));
        }
        return List.copyOf(problems);
    }

    /** Whether {@code requestedBy} is a reference: {@link #problemsOf} finds nothing. */
    public static boolean isReference(String requestedBy) {
        return problemsOf(requestedBy).isEmpty();
    }

    private static boolean isAllowed(int character) {
        int type = Character.getType(character);
        boolean diacritic = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        return Character.isLetterOrDigit(character) || diacritic || SYMBOLS.indexOf(character) >= 0;
    }

    /** The character as an official can see it in a message: in quotes, or by its code when invisible. */
    private static String shown(int character) {
        boolean visible = !Character.isWhitespace(character) && !Character.isISOControl(character)
                && !Character.isSpaceChar(character);
        return visible ? "\"" + Character.toString(character) + "\"" : String.format("U+%04X", character);
    }
}
