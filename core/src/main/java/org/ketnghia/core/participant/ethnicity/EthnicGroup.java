package org.ketnghia.core.participant.ethnicity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.value.BilingualText;

/**
 * One of Vietnam's 54 ethnic groups (dân tộc) as listed by the General Statistics Office
 * (Decision 121-TCTK/PPCĐ of 2 March 1979): the two-digit official code ({@code "01"} Kinh …
 * {@code "54"} Rơ Măm), the Vietnamese name with diacritics, the English or common name, and
 * other names — sub-groups and spelling variants — that officials meet on forms ("Ca Dong" is a
 * Xơ Đăng sub-group, "Katu" a spelling of Cơ Tu).
 *
 * <p>Obtain groups from {@link EthnicGroupCatalogue}; build one with {@link #builder()} only for a
 * custom catalogue. Equality is by value. Immutable and thread-safe.
 *
 * <p>JSON: {@code {"code":"26","nameVi":"Cơ Tu","nameEn":"Katu","otherNames":["Ka Tu", …]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEthnicGroup.class)
@JsonDeserialize(as = ImmutableEthnicGroup.class)
public abstract class EthnicGroup {

    /** The official code of the Kinh (Việt), the majority group. */
    public static final String KINH_CODE = "01";

    EthnicGroup() {
    }

    /** A builder for a group of a custom catalogue. */
    public static Builder builder() {
        return new Builder();
    }

    /** The two-digit official code, {@code "01"} to {@code "54"}. */
    public abstract String code();

    /** The name in Vietnamese with diacritics, e.g. {@code "Xơ Đăng"}. */
    public abstract String nameVi();

    /** The English or internationally common name, e.g. {@code "Sedang"}. */
    public abstract String nameEn();

    /**
     * Other names (tên gọi khác, aliases): sub-groups and spelling variants, e.g. {@code "Ca Dong"}
     * for Xơ Đăng. A name shared by two groups must not appear here.
     */
    public abstract List<String> otherNames();

    /** Whether the group is an ethnic minority (dân tộc thiểu số): every group but the Kinh. */
    @JsonIgnore
    public boolean isEthnicMinority() {
        return isMinorityCode(code());
    }

    /**
     * Whether {@code code} is the code of an ethnic minority (dân tộc thiểu số): a group's code ({@link
     * #isGroupCode}) other than the Kinh's {@value #KINH_CODE}. An ethnicity that is not known — the stand-in an erased
     * or masked person or household reads as ({@code "[đã xóa]"}, {@code "[ẩn]"}), or null — is no group's code and
     * counts as neither, so that erasing a household's data never makes it a minority household in a ranking or a
     * share.
     */
    public static boolean isMinorityCode(String code) {
        return isGroupCode(code) && !KINH_CODE.equals(code);
    }

    /**
     * Whether {@code code} has the form of a group's code: two ASCII digits, as the official catalogue ({@code "01"} to
     * {@code "54"}) and a custom one record them ({@link #code()}).
     */
    public static boolean isGroupCode(String code) {
        return code != null && code.length() == 2 && isAsciiDigit(code.charAt(0)) && isAsciiDigit(code.charAt(1));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The name in Vietnamese with its code, e.g. {@code "Cơ Tu (26)"}. */
    @Override
    public String toString() {
        return nameVi() + " (" + code() + ")";
    }

    @Value.Check
    void check() {
        Problems problems = new Problems();
        problems.check(!isGroupCode(code()), ParticipantErrorCode.PARTICIPANT_INVALID_ETHNICITY_CODE, "code", code());
        problems.check(nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, "nameVi");
        problems.check(nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, "nameEn");
        for (int i = 0; i < otherNames().size(); i++) {
            problems.check(NameKey.of(otherNames().get(i)).isEmpty(), CoreErrorCode.VALUE_BLANK, "otherNames[" + i + "]");
        }
        problems.throwIfAny();
    }

    /** Builds an {@link EthnicGroup}; {@link #build()} throws {@code KetnghiaException} on invalid values. */
    public static final class Builder extends ImmutableEthnicGroup.Builder {
    }

    /** The name in Vietnamese and English, as one value (the data files keep {@code nameVi} and {@code nameEn}). */
    @JsonIgnore
    public BilingualText name() {
        return BilingualText.of(nameVi(), nameEn());
    }
}
