package org.ketnghia.core.participant.privacy;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/**
 * The kind of personal data an accessor marked {@link Sensitive} carries. None of them may appear
 * on a public list (niêm yết công khai).
 */
public enum SensitiveKind {
    /** Dân tộc: sensitive personal data. */
    ETHNICITY("dân tộc", "ethnicity"),
    /** Thu nhập: the household's income per person. */
    INCOME("thu nhập", "income"),
    /** Các chỉ số thiếu hụt dịch vụ xã hội cơ bản (multidimensional poverty deprivations). */
    DEPRIVATION("chỉ số thiếu hụt", "deprivations"),
    /** Tình trạng sức khỏe: sensitive personal data. */
    HEALTH("sức khỏe", "health"),
    /** Số định danh cá nhân, căn cước công dân, mã số thuế cá nhân… */
    ID_NUMBER("số định danh", "identity number"),
    /** Năm sinh, ngày sinh. */
    BIRTH_DATE("ngày, năm sinh", "birth date or year"),
    /**
     * Họ tên of a person who is not shown on a public list by right (a complainant, say); a household head's
     * name on a support list is public by the plan's own rule and is not marked.
     */
    PERSON_NAME("họ tên", "name"),
    /** Số điện thoại, thư điện tử. */
    CONTACT("số điện thoại, thư điện tử", "contact details"),
    /** Địa chỉ nơi ở. */
    ADDRESS("địa chỉ", "address");

    private final BilingualText label;

    SensitiveKind(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
