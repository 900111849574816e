package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** What a person takes part in the programme as. */
public enum PersonRole {
    /** Cán bộ, công chức (officials trained by model 3, leaders of groups). */
    OFFICIAL("cán bộ, công chức", "official"),
    /** Người khởi nghiệp, chủ cơ sở sản xuất kinh doanh. */
    ENTREPRENEUR("người khởi nghiệp", "entrepreneur"),
    /** Người có uy tín, hội viên hoặc người tham gia khác. */
    OTHER("người tham gia khác", "other participant");

    private final String labelVi;
    private final String labelEn;

    PersonRole(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /** The Vietnamese label. */
    public String labelVi() {
        return labelVi;
    }

    /** The English label. */
    public String labelEn() {
        return labelEn;
    }

    /** The label in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String label(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? labelVi : labelEn;
    }
}
