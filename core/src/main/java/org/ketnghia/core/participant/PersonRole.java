package org.ketnghia.core.participant;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/** What a person takes part in the programme as. */
public enum PersonRole {
    /** Cán bộ, công chức (officials trained by model 3, leaders of groups). */
    OFFICIAL("cán bộ, công chức", "official"),
    /** Người khởi nghiệp, chủ cơ sở sản xuất kinh doanh. */
    ENTREPRENEUR("người khởi nghiệp", "entrepreneur"),
    /** Người có uy tín, hội viên hoặc người tham gia khác. */
    OTHER("người tham gia khác", "other participant");

    private final BilingualText label;

    PersonRole(String labelVi, String labelEn) {
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
