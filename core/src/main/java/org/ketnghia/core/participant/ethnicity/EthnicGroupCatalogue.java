package org.ketnghia.core.participant.ethnicity;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;

/**
 * The catalogue of ethnic groups: look-up by official code and by name, ignoring case, diacritics,
 * spaces and hyphens, over the Vietnamese name, the English name and every other name (alias).
 *
 * <pre>{@code
 * EthnicGroupCatalogue groups = EthnicGroupCatalogue.official();
 * groups.byName("Ca Dong");          // Optional[Xơ Đăng (14)]
 * groups.requireByName("GIE TRIENG"); // Giẻ Triêng (27)
 * groups.requireByCode("26");         // Cơ Tu (26)
 * }</pre>
 *
 * <p>{@link #official()} is the list of Decision 121-TCTK/PPCĐ (1979) loaded from the resource
 * {@code org/ketnghia/core/participant/ethnic-groups.json}. A catalogue is built only if every code
 * is unique and every name and alias resolves to exactly one group; a name shared by two groups
 * (e.g. "Thổ" is both a group and an old name of some Tày) is left out of the data rather than
 * guessed.
 *
 * <p>Immutable and thread-safe; {@link #official()} is loaded once and shared.
 */
public final class EthnicGroupCatalogue {

    /** Class-path location of the official list. */
    public static final String OFFICIAL_RESOURCE = "/org/ketnghia/core/participant/ethnic-groups.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final List<EthnicGroup> groups;
    private final Map<String, EthnicGroup> byCode;
    private final Map<String, EthnicGroup> byNameKey;
    /** By name or alias spelled as in the list: most names given are, and need no folding. */
    private final Map<String, EthnicGroup> byListedName = new HashMap<>();

    private EthnicGroupCatalogue(List<EthnicGroup> groups, Map<String, EthnicGroup> byCode,
            Map<String, EthnicGroup> byNameKey) {
        this.groups = groups;
        this.byCode = byCode;
        this.byNameKey = byNameKey;
        for (EthnicGroup group : groups) {
            for (String name : namesOf(group)) {
                EthnicGroup folded = byNameKey.get(NameKey.of(name));
                if (folded != null) {
                    byListedName.putIfAbsent(name, folded); // the group its folded key finds, as before
                }
            }
        }
    }

    /**
     * The official list of the 54 ethnic groups.
     *
     * @throws KetnghiaException if the bundled resource is missing or invalid (a packaging bug)
     */
    public static EthnicGroupCatalogue official() {
        return Official.CATALOGUE;
    }

    /**
     * A catalogue of the given groups, e.g. for a test or a locally extended list.
     *
     * @throws KetnghiaException listing every duplicate code ({@link CoreErrorCode#VALUE_DUPLICATE})
     *     and every name or alias shared by two groups ({@link
     *     ParticipantErrorCode#PARTICIPANT_AMBIGUOUS_ETHNICITY_NAME})
     */
    public static EthnicGroupCatalogue of(Collection<EthnicGroup> groups) {
        requireNonNull(groups, "groups");
        Problems problems = new Problems();
        List<EthnicGroup> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(EthnicGroup::code));
        Map<String, EthnicGroup> byCode = new HashMap<>();
        Map<String, EthnicGroup> byNameKey = new HashMap<>();
        for (EthnicGroup group : sorted) {
            requireNonNull(group, "group");
            if (byCode.putIfAbsent(group.code(), group) != null) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, "groups[" + group.code() + "].code", group.code());
            }
            for (String name : namesOf(group)) {
                EthnicGroup previous = byNameKey.putIfAbsent(NameKey.of(name), group);
                if (previous != null && !previous.code().equals(group.code())) {
                    problems.add(ParticipantErrorCode.PARTICIPANT_AMBIGUOUS_ETHNICITY_NAME,
                            "groups[" + group.code() + "].otherNames", name, previous, group);
                }
            }
        }
        problems.throwIfAny();
        return new EthnicGroupCatalogue(List.copyOf(sorted), Map.copyOf(byCode), Map.copyOf(byNameKey));
    }

    /**
     * Reads a catalogue from JSON of the form {@code {"source":"…","groups":[{"code":"01", …}, …]}}
     * ({@code "source"}, optional, cites where the list comes from). The stream is not closed.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if the JSON cannot be read, or
     *     any problem of {@link #of(Collection)} or of an {@link EthnicGroup}
     */
    public static EthnicGroupCatalogue fromJson(InputStream json) {
        requireNonNull(json, "json");
        CatalogueFile file;
        try {
            file = MAPPER.readValue(json, CatalogueFile.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (file == null || file.groups == null) {
            throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, "groups");
        }
        return of(file.groups);
    }

    /** Every group, ordered by code; immutable. */
    public List<EthnicGroup> all() {
        return groups;
    }

    /** The number of groups (54 for the official list). */
    public int size() {
        return groups.size();
    }

    /**
     * The group with the given official code. Surrounding spaces are ignored and a one-digit code
     * is read as its two-digit form ({@code "8"} = {@code "08"}).
     */
    public Optional<EthnicGroup> byCode(String code) {
        requireNonNull(code, "code");
        String trimmed = code.strip();
        String padded = trimmed.length() == 1 ? "0" + trimmed : trimmed;
        return Optional.ofNullable(byCode.get(padded));
    }

    /**
     * The group with the given Vietnamese name, English name or alias, ignoring case, diacritics,
     * đ/d, spaces, hyphens and apostrophes: {@code "co tu"}, {@code "Cơ-tu"} and {@code "KATU"}
     * all give Cơ Tu.
     */
    public Optional<EthnicGroup> byName(String name) {
        requireNonNull(name, "name");
        EthnicGroup listed = byListedName.get(name);
        return Optional.ofNullable(listed != null ? listed : byNameKey.get(NameKey.of(name)));
    }

    /**
     * The group with the given official code.
     *
     * @throws KetnghiaException {@link ParticipantErrorCode#PARTICIPANT_UNKNOWN_ETHNICITY} on field
     *     {@code "ethnicity"} if no group has that code
     */
    public EthnicGroup requireByCode(String code) {
        return byCode(code).orElseThrow(() -> unknown(code));
    }

    /**
     * The group with the given name or alias, as {@link #byName(String)}.
     *
     * @throws KetnghiaException {@link ParticipantErrorCode#PARTICIPANT_UNKNOWN_ETHNICITY} on field
     *     {@code "ethnicity"} if no group has that name
     */
    public EthnicGroup requireByName(String name) {
        return byName(name).orElseThrow(() -> unknown(name));
    }

    private static KetnghiaException unknown(String value) {
        return KetnghiaException.of(ParticipantErrorCode.PARTICIPANT_UNKNOWN_ETHNICITY, "ethnicity", value);
    }

    private static Set<String> namesOf(EthnicGroup group) {
        Set<String> names = new LinkedHashSet<>();
        names.add(group.nameVi());
        names.add(group.nameEn());
        names.addAll(group.otherNames());
        return names;
    }

    private static KetnghiaException unreadable(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof KetnghiaException invalid) {
                return invalid;
            }
        }
        return new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, "", message(e))), e);
    }

    private static String message(IOException e) {
        return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    /** The JSON file layout. */
    static final class CatalogueFile {
        final String source;
        final List<EthnicGroup> groups;

        @JsonCreator
        CatalogueFile(@JsonProperty("source") String source, @JsonProperty("groups") List<EthnicGroup> groups) {
            this.source = source;
            this.groups = groups;
        }
    }

    /** Lazy holder: the official list is read on first use, once. */
    private static final class Official {
        static final EthnicGroupCatalogue CATALOGUE = load();

        private static EthnicGroupCatalogue load() {
            try (InputStream json = EthnicGroupCatalogue.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
                if (json == null) {
                    throw KetnghiaException.of(CoreErrorCode.VALUE_REQUIRED, OFFICIAL_RESOURCE);
                }
                return fromJson(json);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
    }
}
