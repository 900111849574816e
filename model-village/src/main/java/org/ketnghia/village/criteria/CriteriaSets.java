package org.ketnghia.village.criteria;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.village.VillageErrorCode;

/**
 * Loads and validates criteria sets. A host loads the province's set when it is issued with {@link
 * #load(InputStream, String)}; {@link #sample()} is the shipped sample (labelled as such: transport
 * thresholds from the 2021 plan's brief, the other criteria modelled on the national new-rural
 * framework). Validation lists every problem at once: missing or duplicate ids, a zone missing a
 * threshold, a threshold for a zone the set does not have, thresholds out of range for their kind,
 * sub-indicators misused, an inverted validity.
 *
 * <p>Stateless and thread-safe.
 */
public final class CriteriaSets {

    /** Classpath location of the shipped sample set. */
    public static final String SAMPLE_RESOURCE = "/org/ketnghia/village/criteria/sample-criteria-set.json";

    private static final ObjectMapper MAPPER = KetnghiaJson.newObjectMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaSets() {
    }

    /** The shipped sample set (<i>bộ tiêu chí mẫu</i>), {@link CriteriaSet#sample()} true. */
    public static CriteriaSet sample() {
        try (InputStream in = CriteriaSets.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw KetnghiaException.of(CoreErrorCode.VALUE_UNKNOWN, "resource", SAMPLE_RESOURCE);
            }
            return load(in, SAMPLE_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and validates a set from JSON.
     *
     * @param json the set
     * @param sourceName where it comes from, for messages
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if it is not a set, or every
     *     problem {@link #validate} finds
     */
    public static CriteriaSet load(InputStream json, String sourceName) {
        requireNonNull(json, "json");
        requireNonNull(sourceName, "sourceName");
        CriteriaSet set;
        try {
            set = MAPPER.readValue(json, CriteriaSet.class);
        } catch (JsonProcessingException e) {
            throw unreadable(sourceName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = validate(set);
        if (!problems.isEmpty()) {
            throw new KetnghiaException(problems);
        }
        return set;
    }

    /** {@link #load(InputStream, String)} from a string. */
    public static CriteriaSet load(String json, String sourceName) {
        requireNonNull(json, "json");
        return load(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                sourceName);
    }

    /** The set as JSON, the form {@link #load} reads. */
    public static String toJson(CriteriaSet set) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(requireNonNull(set, "set"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a criteria set always serialises", e);
        }
    }

    /** Every problem of {@code set}; empty when it is valid. Fields name the place in the set. */
    public static List<Problem> validate(CriteriaSet set) {
        requireNonNull(set, "set");
        Problems problems = new Problems();
        problems.check(set.id().isBlank() || set.nameVi().isBlank() || set.nameEn().isBlank()
                || set.decision().number().isBlank() || set.decision().issuer().isBlank(),
                VillageErrorCode.VILLAGE_SET_NOT_LABELLED, "id", set.id());
        Set<Integer> zones = new HashSet<>(set.zones());
        problems.check(set.zones().isEmpty() || zones.size() != set.zones().size()
                || zones.stream().anyMatch(zone -> zone < 1 || zone > 3),
                VillageErrorCode.VILLAGE_SET_ZONES_INVALID, "zones", set.zones());
        set.validTo().ifPresent(last -> problems.check(last.isBefore(set.validFrom()),
                VillageErrorCode.VILLAGE_SET_VALIDITY_INVERTED, "validTo", set.validFrom(), last));
        problems.check(set.criteria().isEmpty(), VillageErrorCode.VILLAGE_SET_NO_CRITERIA, "criteria");
        Set<String> criterionIds = new HashSet<>();
        Set<String> indicatorIds = new HashSet<>();
        for (int c = 0; c < set.criteria().size(); c++) {
            Criterion criterion = set.criteria().get(c);
            String field = "criteria[" + c + "]";
            checkId(criterion.id(), criterionIds, field + ".id", problems);
            problems.check(criterion.nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".nameVi");
            problems.check(criterion.nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".nameEn");
            problems.check(criterion.indicators().isEmpty(), VillageErrorCode.VILLAGE_SET_CRITERION_WITHOUT_INDICATORS,
                    field + ".indicators", criterion.id());
            checkIndicators(criterion.indicators(), field + ".indicators", set.zones(), indicatorIds, problems);
        }
        return problems.list();
    }

    private static void checkIndicators(List<CriterionIndicator> indicators, String field, List<Integer> zones,
            Set<String> ids, Problems problems) {
        for (int i = 0; i < indicators.size(); i++) {
            CriterionIndicator indicator = indicators.get(i);
            String at = field + "[" + i + "]";
            checkId(indicator.id(), ids, at + ".id", problems);
            problems.check(indicator.nameVi().isBlank(), CoreErrorCode.VALUE_BLANK, at + ".nameVi");
            problems.check(indicator.nameEn().isBlank(), CoreErrorCode.VALUE_BLANK, at + ".nameEn");
            if (indicator.kind() == ThresholdKind.ALL_SUB_INDICATORS_MET) {
                problems.check(indicator.subIndicators().isEmpty() || !indicator.thresholds().isEmpty(),
                        VillageErrorCode.VILLAGE_SET_COMPOSITE_MISUSED, at, indicator.id());
                checkIndicators(indicator.subIndicators(), at + ".subIndicators", zones, ids, problems);
                continue;
            }
            problems.check(!indicator.subIndicators().isEmpty(), VillageErrorCode.VILLAGE_SET_COMPOSITE_MISUSED, at,
                    indicator.id());
            for (Integer zone : zones) {
                problems.check(!indicator.thresholds().containsKey(zone),
                        VillageErrorCode.VILLAGE_SET_ZONE_THRESHOLD_MISSING, at + ".thresholds." + zone,
                        indicator.id(), zone);
            }
            indicator.thresholds().forEach((zone, threshold) -> {
                String thresholdField = at + ".thresholds." + zone;
                problems.check(!zones.contains(zone), VillageErrorCode.VILLAGE_SET_THRESHOLD_FOR_UNKNOWN_ZONE,
                        thresholdField, indicator.id(), zone);
                problems.check(!thresholdFits(indicator.kind(), threshold),
                        VillageErrorCode.VILLAGE_SET_THRESHOLD_OUT_OF_RANGE, thresholdField, indicator.id(),
                        threshold.toPlainString(), indicator.kind());
            });
        }
    }

    private static boolean thresholdFits(ThresholdKind kind, BigDecimal threshold) {
        if (threshold.signum() < 0) {
            return false;
        }
        return switch (kind) {
            case PERCENTAGE_AT_LEAST -> threshold.compareTo(HUNDRED) <= 0;
            case COUNT_AT_LEAST, AMOUNT_AT_LEAST -> isWhole(threshold);
            case YES_NO -> threshold.compareTo(BigDecimal.ZERO) == 0 || threshold.compareTo(BigDecimal.ONE) == 0;
            case ALL_SUB_INDICATORS_MET -> false;
        };
    }

    private static void checkId(String id, Set<String> seen, String field, Problems problems) {
        if (!problems.check(id.isBlank(), CoreErrorCode.VALUE_BLANK, field)) {
            problems.check(!seen.add(id), VillageErrorCode.VILLAGE_SET_DUPLICATE_ID, field, id);
        }
    }

    /**
     * Every problem of recording {@code reading} for {@code indicatorId} of {@code set}: an indicator
     * not in the set (or a composite one), a value of the wrong form for its kind, a percentage
     * outside 0–100, a negative or fractional count, a negative amount.
     *
     * @param field the field to name in problems
     */
    public static List<Problem> checkReading(CriteriaSet set, String indicatorId, Reading reading, String field) {
        requireNonNull(set, "set");
        requireNonNull(indicatorId, "indicatorId");
        requireNonNull(reading, "reading");
        Problems problems = new Problems();
        CriterionIndicator indicator = set.measuredIndicator(indicatorId).orElse(null);
        if (indicator == null) {
            problems.add(VillageErrorCode.VILLAGE_UNKNOWN_INDICATOR, field + ".indicatorId", indicatorId, set.id());
            return problems.list();
        }
        int given = (reading.number().isPresent() ? 1 : 0) + (reading.amount().isPresent() ? 1 : 0)
                + (reading.yes().isPresent() ? 1 : 0);
        boolean rightForm = given == 1 && switch (indicator.kind()) {
            case PERCENTAGE_AT_LEAST, COUNT_AT_LEAST -> reading.number().isPresent();
            case AMOUNT_AT_LEAST -> reading.amount().isPresent();
            case YES_NO -> reading.yes().isPresent();
            case ALL_SUB_INDICATORS_MET -> false;
        };
        if (!rightForm) {
            problems.add(VillageErrorCode.VILLAGE_READING_KIND_MISMATCH, field + ".reading", indicatorId,
                    indicator.kind(), expectedForm(indicator.kind()));
            return problems.list();
        }
        reading.number().ifPresent(value -> {
            if (indicator.kind() == ThresholdKind.PERCENTAGE_AT_LEAST) {
                problems.check(value.signum() < 0 || value.compareTo(HUNDRED) > 0,
                        VillageErrorCode.VILLAGE_PERCENTAGE_OUT_OF_RANGE, field + ".reading.number", indicatorId,
                        value.toPlainString());
            } else {
                problems.check(value.signum() < 0 || !isWhole(value), VillageErrorCode.VILLAGE_VALUE_INVALID,
                        field + ".reading.number", indicatorId, value.toPlainString());
            }
        });
        reading.amount().ifPresent(amount -> problems.check(amount.isNegative(),
                VillageErrorCode.VILLAGE_VALUE_INVALID, field + ".reading.amount", indicatorId, amount));
        return problems.list();
    }

    private static String expectedForm(ThresholdKind kind) {
        return switch (kind) {
            case PERCENTAGE_AT_LEAST, COUNT_AT_LEAST -> "number";
            case AMOUNT_AT_LEAST -> "amount";
            case YES_NO -> "yes";
            case ALL_SUB_INDICATORS_MET -> "(measured through its sub-indicators)";
        };
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static KetnghiaException unreadable(String sourceName, JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping
                ? mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                        : "[" + ref.getIndex() + "]").reduce(sourceName, (a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                : sourceName;
        return new KetnghiaException(List.of(Problem.of(CoreErrorCode.JSON_UNREADABLE, path, e.getOriginalMessage())), e);
    }
}
