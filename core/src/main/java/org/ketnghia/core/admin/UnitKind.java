package org.ketnghia.core.admin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.ketnghia.core.value.BilingualText;

/**
 * What a unit is called (<i>loại đơn vị</i>): the label in front of its name, with its English
 * equivalent. The kind is a label only; the hierarchy is given by {@link AdminLevel levels}, since
 * a <i>thành phố</i> can sit at the province level (Đà Nẵng) or the district level (Tam Kỳ).
 *
 * <p>JSON form: the lower-case {@link #id()}, e.g. {@code "commune"}, {@code "township"}.
 */
public enum UnitKind {
    /** Tỉnh. */
    PROVINCE("province", "tỉnh", "province"),
    /** Thành phố trực thuộc trung ương (Đà Nẵng). */
    CENTRAL_CITY("central-city", "thành phố", "centrally-governed city"),
    /** Thành phố thuộc tỉnh (Tam Kỳ, Hội An). */
    CITY("city", "thành phố", "provincial city"),
    /** Thị xã (Điện Bàn). */
    TOWN("town", "thị xã", "town"),
    /** Huyện. */
    DISTRICT("district", "huyện", "rural district"),
    /** Quận. */
    URBAN_DISTRICT("urban-district", "quận", "urban district"),
    /** Xã. */
    COMMUNE("commune", "xã", "commune"),
    /** Phường. */
    WARD("ward", "phường", "ward"),
    /** Thị trấn. */
    TOWNSHIP("township", "thị trấn", "township"),
    /** Đặc khu. */
    SPECIAL_ZONE("special-zone", "đặc khu", "special zone"),
    /** Thôn (also bản, làng, buôn, plei in other provinces). */
    VILLAGE("village", "thôn", "village"),
    /** Tổ dân phố. */
    RESIDENTIAL_GROUP("residential-group", "tổ dân phố", "residential group");

    private final String id;
    private final BilingualText label;

    UnitKind(String id, String labelVi, String labelEn) {
        this.id = id;
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The stable JSON id, e.g. {@code "township"}. */
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
