package org.ketnghia.core.participant;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** The kind of an organisation that takes part in the programme (loại tổ chức). */
public enum OrganisationKind {
    /** Hợp tác xã: needs business registration. */
    COOPERATIVE("hợp tác xã", "cooperative"),
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP("tổ hợp tác", "cooperative group"),
    /** Doanh nghiệp: needs business registration. */
    ENTERPRISE("doanh nghiệp", "enterprise"),
    /** Câu lạc bộ. */
    CLUB("câu lạc bộ", "club"),
    /** Tổ, nhóm hộ (the unit that receives breeding animals in model 1). */
    HOUSEHOLD_GROUP("tổ, nhóm hộ", "household group");

    /** Whether this kind must show a business registration (đăng ký kinh doanh) to be registered. */
    public boolean requiresBusinessRegistration() {
        return this == COOPERATIVE || this == ENTERPRISE;
    }

    private final String labelVi;
    private final String labelEn;

    OrganisationKind(String labelVi, String labelEn) {
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
