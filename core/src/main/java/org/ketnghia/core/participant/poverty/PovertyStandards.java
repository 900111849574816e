package org.ketnghia.core.participant.poverty;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.participant.ethnicity.ParticipantErrorCode;

/**
 * The catalogue of poverty standards (rule sets), each in force over a period, and the selection
 * of the one that applies on a date ({@link #ruleSetAt(LocalDate)}).
 *
 * <p>{@link #official()} holds the national standards, read from the resource {@code
 * org/ketnghia/core/participant/poverty-standards.json}: Decree 07/2021/NĐ-CP from 2022-01-01 to
 * 2026-12-31 (extended by Decree 351/2025/NĐ-CP) and Decree 351/2025/NĐ-CP from 2027-01-01. A
 * host with a provincial standard builds its own with {@link #of(Collection)} or {@link
 * #fromJson(InputStream)}. Periods are inclusive of both ends; two standards whose periods share a
 * day are rejected, so at most one standard is in force on any date.
 *
 * <p>JSON: {@code {"standards":[{…PovertyStandard…}, …]}}. Immutable and thread-safe.
 */
public final class PovertyStandards {

    /** Class-path location of the national standards. */
    public static final String OFFICIAL_RESOURCE = "/org/ketnghia/core/participant/poverty-standards.json";

    private final List<PovertyStandard> standards;

    private PovertyStandards(List<PovertyStandard> standards) {
        this.standards = standards;
    }

    /**
     * The national standards bundled with the library.
     *
     * @throws KetnghiaException if the bundled resource is missing or invalid (a packaging bug)
     */
    public static PovertyStandards official() {
        return Official.STANDARDS;
    }

    /**
     * A catalogue of the given standards, ordered by start date.
     *
     * @throws KetnghiaException listing every duplicate id ({@link CoreErrorCode#VALUE_DUPLICATE})
     *     and every pair of standards in force on a common day ({@link
     *     ParticipantErrorCode#PARTICIPANT_OVERLAPPING_POVERTY_STANDARDS})
     */
    public static PovertyStandards of(Collection<PovertyStandard> standards) {
        requireNonNull(standards, "standards");
        List<PovertyStandard> sorted = new ArrayList<>(standards);
        sorted.forEach(standard -> requireNonNull(standard, "standard"));
        sorted.sort(Comparator.comparing(PovertyStandard::validFrom).thenComparing(PovertyStandard::id));
        Problems problems = new Problems();
        Set<String> ids = new HashSet<>();
        for (PovertyStandard standard : sorted) {
            problems.check(!ids.add(standard.id()), CoreErrorCode.VALUE_DUPLICATE, "standards[" + standard.id() + "].id", standard.id());
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                PovertyStandard earlier = sorted.get(i);
                PovertyStandard later = sorted.get(j);
                problems.check(overlap(earlier, later), ParticipantErrorCode.PARTICIPANT_OVERLAPPING_POVERTY_STANDARDS,
                        "standards[" + later.id() + "].validFrom",
                        earlier.id(), earlier.validity(), later.id(), later.validity());
            }
        }
        problems.throwIfAny();
        return new PovertyStandards(List.copyOf(sorted));
    }

    /**
     * Reads standards from JSON. The stream is not closed.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if the JSON cannot be read,
     *     every problem of a {@link PovertyStandard} that breaks its invariants, or any problem of
     *     {@link #of(Collection)}
     */
    public static PovertyStandards fromJson(InputStream json) {
        requireNonNull(json, "json");
        try {
            return fromFile(PovertyJson.MAPPER.readValue(json, StandardsFile.class));
        } catch (IOException e) {
            throw PovertyJson.translate(e);
        }
    }

    /**
     * Reads standards from a JSON text.
     *
     * @throws KetnghiaException as {@link #fromJson(InputStream)}
     */
    public static PovertyStandards fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return fromFile(PovertyJson.MAPPER.readValue(json, StandardsFile.class));
        } catch (IOException e) {
            throw PovertyJson.translate(e);
        }
    }

    /** This catalogue as JSON text, readable by {@link #fromJson(String)}. */
    public String toJson() {
        try {
            return PovertyJson.MAPPER.writeValueAsString(new StandardsFile(standards));
        } catch (IOException e) {
            throw PovertyJson.translate(e);
        }
    }

    /** Every standard, ordered by start date; immutable. */
    public List<PovertyStandard> all() {
        return standards;
    }

    /** The standard with the given id, e.g. {@code "07/2021/NĐ-CP"}. */
    public Optional<PovertyStandard> byId(String id) {
        requireNonNull(id, "id");
        return standards.stream().filter(standard -> standard.id().equals(id)).findFirst();
    }

    /** The standard in force on {@code date}, if any (at most one is). */
    public Optional<PovertyStandard> ruleSetAt(LocalDate date) {
        requireNonNull(date, "date");
        return standards.stream().filter(standard -> standard.isInForceOn(date)).findFirst();
    }

    /**
     * The standard in force on {@code date}.
     *
     * @throws KetnghiaException {@link ParticipantErrorCode#PARTICIPANT_NO_POVERTY_STANDARD} on
     *     field {@code "assessmentDate"} if none is
     */
    public PovertyStandard requireRuleSetAt(LocalDate date) {
        return ruleSetAt(date).orElseThrow(() -> KetnghiaException.of(
                ParticipantErrorCode.PARTICIPANT_NO_POVERTY_STANDARD, "assessmentDate", date));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PovertyStandards that && that.standards.equals(standards);
    }

    @Override
    public int hashCode() {
        return standards.hashCode();
    }

    @Override
    public String toString() {
        return "PovertyStandards" + standards.stream().map(s -> s.id() + " [" + s.validity() + "]").toList();
    }

    private static PovertyStandards fromFile(StandardsFile file) {
        if (file == null || file.standards == null) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, "standards");
        }
        return of(file.standards);
    }

    private static boolean overlap(PovertyStandard first, PovertyStandard second) {
        return !first.validFrom().isAfter(lastDay(second)) && !second.validFrom().isAfter(lastDay(first));
    }

    private static LocalDate lastDay(PovertyStandard standard) {
        return standard.validUntil().orElse(LocalDate.MAX);
    }

    /** The JSON file layout. */
    static final class StandardsFile {
        @JsonProperty("standards")
        final List<PovertyStandard> standards;

        @JsonCreator
        StandardsFile(@JsonProperty("standards") List<PovertyStandard> standards) {
            this.standards = standards;
        }
    }

    /** Lazy holder: the national standards are read on first use, once. */
    private static final class Official {
        static final PovertyStandards STANDARDS = load();

        private static PovertyStandards load() {
            try (InputStream json = PovertyStandards.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
                if (json == null) {
                    throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, OFFICIAL_RESOURCE);
                }
                return fromJson(json);
            } catch (IOException e) {
                throw PovertyJson.translate(e);
            }
        }
    }
}
