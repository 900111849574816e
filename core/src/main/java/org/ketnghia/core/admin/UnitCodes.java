package org.ketnghia.core.admin;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.ketnghia.core.value.VietnameseText;

/**
 * The code scheme of units in the shipped reference data, offered to hosts that add their own
 * units (villages) so that codes stay consistent.
 *
 * <p>A code is a dotted path of segments. Each segment is the unit's name {@link
 * VietnameseText#fold folded} (no diacritics, {@code đ → d}, no apostrophes), upper-cased, with
 * spaces replaced by hyphens: {@code "Ch'ơm" → "CHOM"}, {@code "Tây Giang" → "TAY-GIANG"}. The
 * first segment is the province: {@code "QNA"} for Quảng Nam (until 30 June 2025), {@code "DNG"}
 * for Đà Nẵng. Then:
 *
 * <ul>
 *   <li>units before 1 July 2025 keep the path of the three-tier structure:
 *       {@code "QNA.TAY-GIANG"} (district), {@code "QNA.TAY-GIANG.A-XAN"} (commune),
 *       {@code "QNA.DONG-GIANG.PRAO"} (township);</li>
 *   <li>communes and wards from 1 July 2025 hang directly under the province:
 *       {@code "DNG.HUNG-SON"}, {@code "DNG.AVUONG"};</li>
 *   <li>villages added by a host extend their commune's code: {@code "DNG.AVUONG.A-UR"};</li>
 *   <li>when two units under the same parent fold to the same segment, the one listed later takes
 *       the suffix {@code -2} ({@code -3}, …): Trà Don is {@code "QNA.NAM-TRA-MY.TRA-DON"}, Trà Dơn
 *       is {@code "QNA.NAM-TRA-MY.TRA-DON-2"}.</li>
 * </ul>
 *
 * <p>Codes are identifiers, not names: they never change when a spelling is corrected (add an
 * alias instead). Official GSO codes, where known, are kept beside them in
 * {@link AdministrativeUnit#gsoCode()}. Stateless and thread-safe.
 */
public final class UnitCodes {

    private UnitCodes() {
    }

    /** The code segment for {@code name}: {@code "Ch'ơm" → "CHOM"}, {@code "Tây Giang" → "TAY-GIANG"}. */
    public static String segment(String name) {
        return VietnameseText.fold(requireNonNull(name, "name")).toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    /** The code of a unit named {@code name} under {@code parentCode}: {@code child("DNG.AVUONG", "A Ur")} is {@code "DNG.AVUONG.A-UR"}. */
    public static String child(String parentCode, String name) {
        return requireNonNull(parentCode, "parentCode") + "." + segment(name);
    }
}
