package org.ketnghia.core.twinning;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/**
 * What kind of unit a sponsor (<i>đơn vị kết nghĩa</i>) is. JSON form: the lower-case {@link #id()},
 * e.g. {@code "lowland-locality"}.
 */
public enum SponsorKind {
    /** Sở, ban, ngành: a provincial department or agency. */
    DEPARTMENT("department", "sở, ban, ngành", "department or agency"),
    /** Huyện, thị xã, thành phố đồng bằng: a lowland locality, usually twinned district to district. */
    LOWLAND_LOCALITY("lowland-locality", "huyện, thị xã, thành phố đồng bằng", "lowland locality"),
    /** Doanh nghiệp. */
    ENTERPRISE("enterprise", "doanh nghiệp", "enterprise"),
    /** Đoàn thể: Mặt trận, Hội Liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên, … */
    MASS_ORGANISATION("mass-organisation", "đoàn thể", "mass organisation"),
    /** Any other sponsor (tổ chức, cá nhân khác). */
    OTHER("other", "khác", "other");

    private final String id;
    private final BilingualText label;

    SponsorKind(String id, String labelVi, String labelEn) {
        this.id = id;
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The stable JSON id, e.g. {@code "mass-organisation"}. */
    @JsonValue
    public String id() {
        return id;
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
