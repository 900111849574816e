package org.ketnghia.examples.host;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeDataLoader;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.province.ProvincePack;
import org.ketnghia.core.province.ProvincePacks;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.examples.programme.PlanException;
import org.ketnghia.examples.programme.ProgrammeFile;

/**
 * What the host knows of the province a programme runs in: its administrative units (with their
 * reorganisations) and, per pilot model, the province's own data for it (a catalogue, a criteria
 * set…), usually both from a province data pack. Immutable.
 *
 * @param id the province's id (the pack's), for messages
 * @param units the administrative units
 * @param modelData per model id, the province's data section for that model
 * @param norms the province's spending norms (<i>định mức</i>) by key
 */
public record ProvinceData(String id, AdministrativeRegistry units, Map<String, PlanSection> modelData,
        Map<String, org.ketnghia.core.province.Norm> norms) {

    private static final String CLASSPATH = "classpath:";

    /** Checks and copies. */
    public ProvinceData {
        requireNonNull(id, "id");
        requireNonNull(units, "units");
        modelData = Map.copyOf(modelData);
        norms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(norms));
    }

    /** The units and model data of {@code pack}. */
    public static ProvinceData of(ProvincePack pack) {
        requireNonNull(pack, "pack");
        Map<String, PlanSection> sections = new java.util.LinkedHashMap<>();
        pack.modelIds().forEach(modelId -> pack.modelData(modelId).ifPresent(section -> sections.put(modelId, section)));
        return new ProvinceData(pack.id(), pack.units(), sections, pack.norms());
    }

    /** Units alone, without any model data (a units file given on the command line). */
    public static ProvinceData unitsOnly(String id, AdministrativeRegistry units) {
        return new ProvinceData(id, units, Map.of(), Map.of());
    }

    /**
     * The province {@code file} runs in: the data pack folder given; otherwise the units file given
     * (units alone, no model data); otherwise the pack the programme file names ({@code
     * programme.provincePack}: {@code classpath:<folder>} or a folder relative to the programme file).
     * Nothing about one province is built in: a programme that names no pack, given none, is refused.
     *
     * @throws PlanException if the programme names no pack and none is given
     * @throws org.ketnghia.core.error.KetnghiaException listing every problem of the pack or units file
     */
    public static ProvinceData resolve(ProgrammeFile file, Optional<Path> packFolder, Optional<Path> unitsFile) {
        requireNonNull(file, "file");
        if (packFolder.isPresent()) {
            return of(ProvincePacks.load(packFolder.get()));
        }
        if (unitsFile.isPresent()) {
            try (InputStream in = Files.newInputStream(unitsFile.get())) {
                return unitsOnly(unitsFile.get().getFileName().toString(),
                        new AdministrativeDataLoader().load(in, unitsFile.get().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the units file " + unitsFile.get() + ": " + e.getMessage(), e);
            }
        }
        String pack = file.plan().programme().provincePack();
        if (pack == null || pack.isBlank()) {
            throw new PlanException(List.of(file.error("programme.provincePack", "PLAN_PROVINCE_PACK_MISSING",
                    "Tệp kế hoạch không nêu gói dữ liệu tỉnh (programme.provincePack); hãy nêu hoặc dùng --province",
                    "The programme file names no province data pack (programme.provincePack); name one or use --province")));
        }
        if (pack.startsWith(CLASSPATH)) {
            return of(ProvincePacks.loadResource(pack.substring(CLASSPATH.length())));
        }
        return of(ProvincePacks.load(Path.of(file.name()).toAbsolutePath().getParent().resolve(pack).normalize()));
    }

    /** The province's data for model {@code modelId}, if it has any. */
    public Optional<PlanSection> modelData(String modelId) {
        return Optional.ofNullable(modelData.get(requireNonNull(modelId, "modelId")));
    }
}
