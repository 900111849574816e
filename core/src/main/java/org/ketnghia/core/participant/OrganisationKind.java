package org.ketnghia.core.participant;

import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

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

    private final BilingualText label;

    OrganisationKind(String labelVi, String labelEn) {
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
