package org.ketnghia.core.province.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeDataLoader;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyStandards;
import org.ketnghia.core.province.Norm;
import org.ketnghia.core.province.ProvinceErrorCode;
import org.ketnghia.core.province.ProvincePack;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.province.SourceLocation;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.value.BilingualText;

/**
 * Reads one pack: the manifest, then every file it names, collecting every problem; builds the
 * {@link ProvincePack} only when there is none. One instance per read; not thread-safe.
 */
public final class PackReader {

    static final String MANIFEST = ProvincePacks.MANIFEST;
    private static final Set<String> MANIFEST_FIELDS =
            Set.of("id", "name", "description", "units", "flags", "povertyStandards", "norms", "models");
    private static final Set<String> NAME_FIELDS = Set.of("vi", "en");
    private static final Set<String> NORM_FIELDS = Set.of("key", "amountDong", "unit", "legalBasis", "note");

    private final PackFiles files;
    private final ObjectMapper mapper = AdministrativeDataLoader.defaultMapper();
    private final Problems problems = new Problems();
    private final UnitSources sources = new UnitSources();
    private JsonLineIndex manifestLines;
    private boolean unitsComplete = true;

    /** A reader of the pack in {@code files}. */
    public PackReader(PackFiles files) {
        this.files = files;
    }

    /** @throws KetnghiaException listing every problem of the pack */
    public ProvincePack read() {
        try {
            return readChecked();
        } catch (UncheckedIOException io) {
            throw KetnghiaException.of(ProvinceErrorCode.PROVINCE_PACK_UNREADABLE, "", files.origin(), io.getCause().getMessage());
        }
    }

    private ProvincePack readChecked() {
        byte[] manifestBytes = files.read(MANIFEST).orElseThrow(() -> KetnghiaException.of(
                ProvinceErrorCode.PROVINCE_PACK_UNREADABLE, "", files.origin(), "no " + MANIFEST));
        manifestLines = JsonLineIndex.of(manifestBytes);
        JsonNode manifest = tree(MANIFEST, manifestBytes).orElse(null);
        if (manifest == null || !manifest.isObject()) {
            problems.check(manifest != null, ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(""), "a JSON object");
            problems.throwIfAny();
        }
        checkFields(manifest, "", MANIFEST_FIELDS);
        String id = requiredText(manifest, "id");
        BilingualText name = name(manifest);
        readUnitFiles(manifest);
        List<FlagSource> flagSources = readFlagFiles(manifest);
        PovertyStandards povertyStandards = povertyStandards(manifest);
        Map<String, Norm> norms = norms(manifest);
        Map<String, PlanSection> models = models(manifest);
        AdministrativeData data = null;
        if (unitsComplete) {
            data = sources.combine(problems, flagSources);
        }
        problems.throwIfAny();
        return new ProvincePack(id, name, files.origin(), AdministrativeRegistry.of(data), povertyStandards, norms, models);
    }

    // ---------------------------------------------------------------- manifest fields

    private BilingualText name(JsonNode manifest) {
        JsonNode name = manifest.get("name");
        if (name == null) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_MISSING_FIELD, at(""), "name");
            return BilingualText.of("?", "?");
        }
        if (!name.isObject()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at("name"), "{\"vi\": …, \"en\": …}");
            return BilingualText.of("?", "?");
        }
        checkFields(name, "name", NAME_FIELDS);
        String vi = requiredText(name, "name", "vi");
        String en = requiredText(name, "name", "en");
        return BilingualText.of(vi, en);
    }

    private void readUnitFiles(JsonNode manifest) {
        List<String> names = fileList(manifest, "units", true);
        for (int i = 0; i < names.size(); i++) {
            String file = names.get(i);
            String field = "units[" + i + "]";
            if (file == null) {
                unitsComplete = false;
                continue;
            }
            boolean json = file.endsWith(".json");
            if (!json && !file.endsWith(".csv")) {
                problems.add(ProvinceErrorCode.PROVINCE_FILE_TYPE_UNKNOWN, at(field), file);
                unitsComplete = false;
                continue;
            }
            Optional<byte[]> bytes = existing(file, field);
            if (bytes.isEmpty()) {
                unitsComplete = false;
            } else if (json) {
                Optional<AdministrativeData> data = mapped(file, bytes.get(), AdministrativeData.class);
                data.ifPresentOrElse(content -> sources.addJson(file, content, JsonLineIndex.of(bytes.get())),
                        () -> unitsComplete = false);
            } else {
                int before = problems.list().size();
                List<StatisticsCsv.CsvUnit> units = StatisticsCsv.read(file, bytes.get(), problems);
                unitsComplete &= problems.list().size() == before;
                sources.addCsv(file, units);
            }
        }
        sources.setDefaultLevelsToken(MANIFEST + UnitSources.TOKEN + "units", manifestLines);
    }

    /** A source of flag assignments: the file, its lines and its content. */
    record FlagSource(String file, JsonLineIndex lines, List<FlagAssignment> assignments) {
    }

    private List<FlagSource> readFlagFiles(JsonNode manifest) {
        List<FlagSource> flagSources = new ArrayList<>();
        List<String> names = fileList(manifest, "flags", false);
        for (int i = 0; i < names.size(); i++) {
            String file = names.get(i);
            if (file == null) {
                continue;
            }
            existing(file, "flags[" + i + "]").ifPresent(bytes -> mapped(file, bytes, FlagAssignment.File.class)
                    .ifPresent(content -> flagSources.add(new FlagSource(file, JsonLineIndex.of(bytes), content.assignments()))));
        }
        return flagSources;
    }

    private PovertyStandards povertyStandards(JsonNode manifest) {
        JsonNode node = manifest.get("povertyStandards");
        if (node == null) {
            return PovertyStandards.official();
        }
        if (!node.isTextual()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at("povertyStandards"), "a file name");
            return PovertyStandards.official();
        }
        String file = node.asText();
        Optional<byte[]> bytes = existing(file, "povertyStandards");
        if (bytes.isEmpty()) {
            return PovertyStandards.official();
        }
        try {
            return PovertyStandards.fromJson(new String(bytes.get(), StandardCharsets.UTF_8));
        } catch (KetnghiaException invalid) {
            JsonLineIndex lines = JsonLineIndex.of(bytes.get());
            for (Problem problem : invalid.problems()) {
                problems.add(new Problem(problem.code(),
                        new SourceLocation(file, lines.lineOf(problem.field()), problem.field()).toField(), problem.arguments()));
            }
            return PovertyStandards.official();
        }
    }

    private Map<String, Norm> norms(JsonNode manifest) {
        Map<String, Norm> norms = new LinkedHashMap<>();
        JsonNode node = manifest.get("norms");
        if (node == null) {
            return norms;
        }
        if (!node.isArray()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at("norms"), "a list of norms");
            return norms;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "norms[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(path), "a norm object");
                continue;
            }
            checkFields(entry, path, NORM_FIELDS);
            String key = requiredText(entry, path, "key");
            String unit = requiredText(entry, path, "unit");
            String legalBasis = requiredText(entry, path, "legalBasis");
            JsonNode amount = entry.get("amountDong");
            if (amount == null) {
                problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_MISSING_FIELD, at(path), "amountDong");
            } else if (!amount.canConvertToLong() || !amount.isIntegralNumber()) {
                problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(path + ".amountDong"), "a whole number of đồng");
            } else if (amount.asLong() < 0) {
                problems.add(ProvinceErrorCode.PROVINCE_NEGATIVE_NORM, at(path + ".amountDong"), amount.asLong());
            } else if (!key.isEmpty() && norms.putIfAbsent(key, new Norm(key, Money.ofDong(amount.asLong()), unit, legalBasis)) != null) {
                problems.add(ProvinceErrorCode.PROVINCE_DUPLICATE_NORM, at(path + ".key"), key);
            }
        }
        return norms;
    }

    private Map<String, PlanSection> models(JsonNode manifest) {
        Map<String, PlanSection> models = new LinkedHashMap<>();
        JsonNode node = manifest.get("models");
        if (node == null) {
            return models;
        }
        if (!node.isObject()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at("models"), "an object of model data by model id");
            return models;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String path = "models." + entry.getKey();
            JsonNode section = entry.getValue();
            if (section.isObject()) {
                models.put(entry.getKey(), new PlanSection(entry.getKey(), at(path), section));
            } else if (section.isTextual()) {
                String file = section.asText();
                existing(file, path).flatMap(bytes -> tree(file, bytes))
                        .ifPresent(content -> models.put(entry.getKey(), new PlanSection(entry.getKey(), file + ":1:", content)));
            } else {
                problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(path), "a JSON object or a file name");
            }
        }
        return models;
    }

    // ---------------------------------------------------------------- helpers

    /** The file names of a manifest list; null in place of an entry that is not a text. */
    private List<String> fileList(JsonNode manifest, String field, boolean required) {
        JsonNode node = manifest.get(field);
        if (node == null) {
            problems.check(required, ProvinceErrorCode.PROVINCE_MANIFEST_MISSING_FIELD, at(""), field);
            unitsComplete &= !required;
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(field), "a list of file names");
            unitsComplete &= !required;
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            boolean text = entry.isTextual() && !entry.asText().isBlank();
            problems.check(!text, ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(field + "[" + i + "]"), "a file name");
            names.add(text ? entry.asText() : null);
        }
        return names;
    }

    private Optional<byte[]> existing(String file, String manifestField) {
        Optional<byte[]> bytes = files.read(file);
        problems.check(bytes.isEmpty(), ProvinceErrorCode.PROVINCE_FILE_NOT_FOUND, at(manifestField), file);
        return bytes;
    }

    private void checkFields(JsonNode object, String path, Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_UNKNOWN_FIELD, at(path.isEmpty() ? name : path + "." + name),
                        name, String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    private String requiredText(JsonNode object, String field) {
        return requiredText(object, "", field);
    }

    private String requiredText(JsonNode object, String path, String field) {
        JsonNode value = object.get(field);
        String fieldPath = path.isEmpty() ? field : path + "." + field;
        if (value == null) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_MISSING_FIELD, at(path), field);
            return "";
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(ProvinceErrorCode.PROVINCE_MANIFEST_BAD_VALUE, at(fieldPath), "a text that is not blank");
            return "";
        }
        return value.asText();
    }

    private Optional<JsonNode> tree(String file, byte[] bytes) {
        return mapped(file, bytes, JsonNode.class);
    }

    private <T> Optional<T> mapped(String file, byte[] bytes, Class<T> type) {
        try {
            return Optional.ofNullable(mapper.readValue(bytes, type));
        } catch (JsonMappingException mapping) {
            String path = path(mapping);
            int line = mapping.getLocation() == null ? 0 : mapping.getLocation().getLineNr();
            problems.add(ProvinceErrorCode.PROVINCE_JSON_UNREADABLE, new SourceLocation(file, Math.max(line, 0), path).toField(),
                    mapping.getOriginalMessage());
        } catch (JsonProcessingException syntax) {
            int line = syntax.getLocation() == null ? 0 : syntax.getLocation().getLineNr();
            problems.add(ProvinceErrorCode.PROVINCE_JSON_UNREADABLE, new SourceLocation(file, Math.max(line, 0), "").toField(),
                    syntax.getOriginalMessage());
        } catch (java.io.IOException io) {
            throw new UncheckedIOException(io);
        }
        return Optional.empty();
    }

    private static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A manifest field, located. */
    private String at(String field) {
        return new SourceLocation(MANIFEST, manifestLines.lineOf(field), field).toField();
    }

    /** The levels used when no unit file declares any. */
    static List<AdminLevel> defaultLevels() {
        return List.of(
                level(AdminLevel.PROVINCE, "Cấp tỉnh", "Province", 1),
                level(AdminLevel.DISTRICT, "Cấp huyện", "District", 2),
                level(AdminLevel.COMMUNE, "Cấp xã", "Commune", 3),
                level(AdminLevel.VILLAGE, "Thôn, tổ dân phố", "Village", 4));
    }

    private static AdminLevel level(String id, String nameVi, String nameEn, int rank) {
        return AdminLevel.builder().id(id).nameVi(nameVi).nameEn(nameEn).rank(rank).build();
    }
}
