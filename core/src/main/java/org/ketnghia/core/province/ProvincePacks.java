package org.ketnghia.core.province;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.province.internal.PackFiles;
import org.ketnghia.core.province.internal.PackReader;

/**
 * Loads {@link ProvincePack province data packs}: a folder (on disk or on the class path) holding a
 * manifest {@code province.json} and the files it names.
 *
 * <p><b>Manifest.</b> Unknown fields are errors; paths are relative to the manifest's folder.
 * <pre>{@code
 * {
 *   "id": "quang-nam",
 *   "name": {"vi": "Quảng Nam", "en": "Quảng Nam province"},
 *   "units": ["units/structure.json", "units/villages.csv", "units/reorganisation-2025.json"],
 *   "flags": ["units/especially-difficult-2021.json"],
 *   "povertyStandards": "standards/poverty.json",
 *   "norms": [{"key": "livestock.cattle.price-per-head", "amountDong": 15000000,
 *              "unit": "con", "legalBasis": "Quyết định …/QĐ-UBND"}],
 *   "models": {"livestock": {…}, "village": "models/village.json"}
 * }
 * }</pre>
 * <ul>
 *   <li>{@code units}: any number of files, read in order into one registry. A {@code .json} file
 *       is in the {@link org.ketnghia.core.admin.AdministrativeData} format (levels, units,
 *       successions — a file may hold only successions, so each reorganisation can be its own file
 *       with its legal basis); a {@code .csv} file is the statistics office's flat list (see
 *       below). If no JSON file declares levels, the four levels province, district, commune and
 *       village (ranks 1–4, no end date) are used.</li>
 *   <li>{@code flags} (optional): files of dated flag assignments,
 *       {@code {"assignments": [{"unitCode": "…", "validFrom": "…", "validTo": "…",
 *       "flags": {…UnitFlags…}}]}}; each sets the given flags on the records of the unit it
 *       overlaps, and must lie within the unit's existence.</li>
 *   <li>{@code povertyStandards} (optional): a file in the {@link
 *       org.ketnghia.core.participant.poverty.PovertyStandards} format; without it the national
 *       standards apply.</li>
 *   <li>{@code norms} (optional): spending norms and reference prices ({@link Norm}).</li>
 *   <li>{@code models} (optional): per model id, its data inline or the name of a JSON file.</li>
 * </ul>
 *
 * <p><b>CSV.</b> UTF-8 (a byte-order mark is skipped), comma-separated, a header row, fields
 * quoted with {@code "} when needed ({@code ""} inside quotes is a quote). Columns, in any order and
 * by name (English, or Vietnamese with or without diacritics): {@code code} (<i>mã</i>), {@code name}
 * (<i>tên</i>), {@code level} (<i>cấp</i>), {@code parent code} (<i>mã cấp trên</i>), {@code valid from}
 * (<i>hiệu lực từ</i>), {@code valid to} (<i>hiệu lực đến</i>); other columns are ignored. Dates are
 * {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; empty means open. Each row's national code becomes both
 * the unit's {@link org.ketnghia.core.admin.AdministrativeUnit#code() code} and its {@link
 * org.ketnghia.core.admin.AdministrativeUnit#gsoCode() official code}, so codes from the statistics
 * office never need translating. A parent code is a unit code of the pack, or else the official code
 * of exactly one unit (so a CSV of communes can hang under districts of a JSON file). Levels map to
 * level ids and kinds: <i>tỉnh</i>, <i>thành phố</i> without parent → province; <i>huyện</i>,
 * <i>quận</i>, <i>thị xã</i>, <i>thành phố</i> with a parent → district; <i>xã</i>, <i>phường</i>,
 * <i>thị trấn</i>, <i>đặc khu</i> → commune; <i>thôn</i>, <i>bản</i>, <i>làng</i>, <i>buôn</i>,
 * <i>plei</i>, <i>tổ dân phố</i> → village; and the ids {@code province}, {@code district},
 * {@code commune}, {@code village}. A unit whose parent changed over time is several rows with the
 * same code, name and level, one per parent and period; contiguous rows become one unit with one
 * parent link per row, a gap starts a new record of the same code.
 *
 * <p><b>Validation.</b> Nothing is loaded from an invalid pack: one {@link KetnghiaException} lists
 * every problem of every file, each field in the form {@code "file:line:field"} ({@link
 * SourceLocation}) — the rules of {@link org.ketnghia.core.admin.AdministrativeRegistry#of} (missing
 * parent, duplicate code, overlapping periods, successors that do not exist on the effective date,
 * …), plus a succession cycle, an alias shared by two units of the same parent, a flag assignment
 * outside its unit's existence, a manifest naming a missing file or holding an unknown field.
 *
 * <p>Stateless and thread-safe; every call reads afresh (except {@link #quangNam()}, loaded once).
 */
public final class ProvincePacks {

    /** The file name of a pack's manifest. */
    public static final String MANIFEST = "province.json";

    /** The class-path folder of the shipped Quảng Nam reference pack. */
    public static final String QUANG_NAM_RESOURCE = "org/ketnghia/core/province/quang-nam";

    private ProvincePacks() {
    }

    /**
     * Loads the pack in {@code folder} (which holds {@value #MANIFEST}).
     *
     * @throws KetnghiaException listing every problem of the pack, or {@link
     *     ProvinceErrorCode#PROVINCE_PACK_UNREADABLE} if the manifest cannot be read
     */
    public static ProvincePack load(Path folder) {
        requireNonNull(folder, "folder");
        return new PackReader(PackFiles.folder(folder)).read();
    }

    /**
     * Loads the pack in the class-path folder {@code classpathFolder}, e.g. {@code
     * "org/ketnghia/core/province/quang-nam"}, through this library's class loader.
     *
     * @throws KetnghiaException as {@link #load(Path)}
     */
    public static ProvincePack loadResource(String classpathFolder) {
        return loadResource(classpathFolder, ProvincePacks.class.getClassLoader());
    }

    /**
     * Loads the pack in the class-path folder {@code classpathFolder} through {@code classLoader}
     * (a host's own packs in its own jar).
     *
     * @throws KetnghiaException as {@link #load(Path)}
     */
    public static ProvincePack loadResource(String classpathFolder, ClassLoader classLoader) {
        requireNonNull(classpathFolder, "classpathFolder");
        requireNonNull(classLoader, "classLoader");
        return new PackReader(PackFiles.classpath(classpathFolder, classLoader)).read();
    }

    /**
     * The Quảng Nam reference pack shipped with the core: the units of {@link
     * org.ketnghia.core.admin.AdministrativeRegistry#quangNamReference()} (Quảng Nam and Đà Nẵng,
     * with the reorganisation of 1 July 2025 as data) and the national poverty standards. An explicit
     * opt-in: nothing in the core falls back to it. Loaded once, on first use.
     *
     * @throws KetnghiaException if the shipped resource is invalid (a packaging error)
     */
    public static ProvincePack quangNam() {
        return QuangNam.PACK;
    }

    /** Loads the reference pack on first use (initialization-on-demand holder). */
    private static final class QuangNam {
        static final ProvincePack PACK = loadResource(QUANG_NAM_RESOURCE);
    }
}
