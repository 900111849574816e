package org.ketnghia.startup.catalogue;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.internal.StartupJson;

/**
 * The catalogue of sectors, products and support items, as data. {@link #quangNam2021()} is the
 * Quảng Nam 2021 plan's list (section II.2.5), named explicitly by the hosts that use it; a host reads
 * its own with {@link #read}, or adds to or replaces sectors and items of another with {@link #with} and
 * {@link #withExtension}.
 *
 * <p>Immutable and thread-safe; two catalogues with the same items and sectors are equal. Every
 * catalogue is validated when made: unique ids, every allowed item known, products narrowing only to
 * items of their sector.
 */
public final class SectorCatalogue {

    /** The class-path resource of the Quảng Nam 2021 catalogue. */
    public static final String QUANG_NAM_2021_RESOURCE = "/org/ketnghia/startup/sector-catalogue.json";

    private final Map<String, SupportItem> items;
    private final Map<String, Sector> sectors;

    private SectorCatalogue(Map<String, SupportItem> items, Map<String, Sector> sectors) {
        this.items = items;
        this.sectors = sectors;
    }

    /** The JSON shape of a catalogue file: {@code {"items": [...], "sectors": [...]}}. */
    record Data(List<SupportItem> items, List<Sector> sectors) {
        Data {
            items = items == null ? List.of() : items;
            sectors = sectors == null ? List.of() : sectors;
        }
    }

    /** The catalogue of the Quảng Nam 2021 plan (section II.2.5): fruit, medicinal plants, short-cycle crops, livestock, processing. */
    public static SectorCatalogue quangNam2021() {
        return Holder.QUANG_NAM_2021;
    }

    /**
     * A catalogue read from JSON (closed afterwards).
     *
     * @throws org.ketnghia.core.error.KetnghiaException with every problem found
     */
    public static SectorCatalogue read(InputStream json, String sourceName) {
        Data data = StartupJson.read(json, Data.class, sourceName);
        return of(data.items(), data.sectors());
    }

    /**
     * A catalogue of the given items and sectors.
     *
     * @throws org.ketnghia.core.error.KetnghiaException with every problem found
     */
    public static SectorCatalogue of(List<SupportItem> items, List<Sector> sectors) {
        Problems problems = new Problems();
        Map<String, SupportItem> itemsById = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            SupportItem item = items.get(i);
            if (!problems.check(item.id().isBlank(), CoreErrorCode.VALUE_BLANK, "items[" + i + "].id")) {
                problems.check(itemsById.putIfAbsent(item.id(), item) != null, CoreErrorCode.VALUE_DUPLICATE,
                        "items[" + i + "].id", item.id());
            }
        }
        Map<String, Sector> sectorsById = new LinkedHashMap<>();
        for (int i = 0; i < sectors.size(); i++) {
            Sector sector = sectors.get(i);
            String field = "sectors[" + i + "]";
            if (!problems.check(sector.id().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".id")) {
                problems.check(sectorsById.putIfAbsent(sector.id(), sector) != null, CoreErrorCode.VALUE_DUPLICATE,
                        field + ".id", sector.id());
            }
            problems.check(sector.products().isEmpty(), StartupErrorCode.STARTUP_CONFIG_INVALID, field + ".products",
                    "sector " + sector.id() + " has no product");
            problems.check(sector.allowedItems().isEmpty(), StartupErrorCode.STARTUP_CONFIG_INVALID,
                    field + ".allowedItems", "sector " + sector.id() + " allows no support item");
            for (String itemId : sector.allowedItems()) {
                problems.check(!itemsById.containsKey(itemId), CoreErrorCode.VALUE_UNKNOWN, field + ".allowedItems",
                        "item " + itemId);
            }
            Set<String> productIds = new HashSet<>();
            for (int p = 0; p < sector.products().size(); p++) {
                Product product = sector.products().get(p);
                String productField = field + ".products[" + p + "]";
                if (!problems.check(product.id().isBlank(), CoreErrorCode.VALUE_BLANK, productField + ".id")) {
                    problems.check(!productIds.add(product.id()), CoreErrorCode.VALUE_DUPLICATE, productField + ".id",
                            product.id());
                }
                for (String itemId : product.allowedItems()) {
                    problems.check(!sector.allowedItems().contains(itemId), StartupErrorCode.STARTUP_CONFIG_INVALID,
                            productField + ".allowedItems",
                            "product " + product.id() + " narrows to item " + itemId + " that its sector does not allow");
                }
            }
        }
        problems.throwIfAny();
        return new SectorCatalogue(Map.copyOf(itemsById), java.util.Collections.unmodifiableMap(sectorsById));
    }

    /**
     * This catalogue extended by a host's: the host's items and sectors are added, and one with the
     * same id as one of this catalogue replaces it.
     *
     * @throws org.ketnghia.core.error.KetnghiaException if the result is inconsistent
     */
    public SectorCatalogue with(SectorCatalogue extension) {
        requireNonNull(extension, "extension");
        Map<String, SupportItem> mergedItems = new LinkedHashMap<>(items);
        mergedItems.putAll(extension.items);
        Map<String, Sector> mergedSectors = new LinkedHashMap<>(sectors);
        mergedSectors.putAll(extension.sectors);
        return of(new ArrayList<>(mergedItems.values()), new ArrayList<>(mergedSectors.values()));
    }

    /**
     * This catalogue extended by a host's JSON file, whose sectors may use this catalogue's items;
     * validated once, merged (closed afterwards).
     *
     * @throws org.ketnghia.core.error.KetnghiaException with every problem found
     */
    public SectorCatalogue withExtension(InputStream json, String sourceName) {
        Data data = StartupJson.read(json, Data.class, sourceName);
        Map<String, SupportItem> mergedItems = new LinkedHashMap<>(items);
        data.items().forEach(item -> mergedItems.put(item.id(), item));
        Map<String, Sector> mergedSectors = new LinkedHashMap<>(sectors);
        data.sectors().forEach(sector -> mergedSectors.put(sector.id(), sector));
        return of(new ArrayList<>(mergedItems.values()), new ArrayList<>(mergedSectors.values()));
    }

    /** The sector with that id. */
    public Optional<Sector> sector(String sectorId) {
        return Optional.ofNullable(sectors.get(requireNonNull(sectorId, "sectorId")));
    }

    /** The support item with that id. */
    public Optional<SupportItem> item(String itemId) {
        return Optional.ofNullable(items.get(requireNonNull(itemId, "itemId")));
    }

    /** Every sector in catalogue order; immutable. */
    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    /** Every support item; immutable. */
    public List<SupportItem> items() {
        return items.values().stream().sorted(java.util.Comparator.comparing(SupportItem::id)).toList();
    }

    /** Whether some sector has a product of that id. */
    public boolean hasProduct(String productId) {
        return sectors.values().stream().anyMatch(sector -> sector.product(productId).isPresent());
    }

    /** Equal when both have the same items and the same sectors (in the same order). */
    @Override
    public boolean equals(Object other) {
        return other instanceof SectorCatalogue catalogue && items.equals(catalogue.items)
                && sectors().equals(catalogue.sectors());
    }

    @Override
    public int hashCode() {
        return 31 * items.hashCode() + sectors.hashCode();
    }

    @Override
    public String toString() {
        return "SectorCatalogue" + sectors.keySet();
    }

    private static final class Holder {
        static final SectorCatalogue QUANG_NAM_2021 = read(requireNonNull(
                SectorCatalogue.class.getResourceAsStream(QUANG_NAM_2021_RESOURCE), QUANG_NAM_2021_RESOURCE),
                QUANG_NAM_2021_RESOURCE);
    }
}
