package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Ledger;

/**
 * The plan's rule: the sponsors twinned with the same commune <b>together</b> choose at least 2 of
 * the 4 pilot models (<i>các đơn vị kết nghĩa cùng một xã thống nhất chọn ít nhất 2 trong 4 mô
 * hình</i>).
 *
 * <p>On a date, every agreement in force is resolved to the communes of that date ({@link
 * TwinningCoverage}: an agreement with a district counts for each of its communes, one with a former
 * district or commune for its successors); for each covered commune the models of all its
 * agreements in force are pooled, and the commune violates the rule when fewer than {@link
 * #minimum()} of {@link #modelIds()} are among them. Communes with no agreement are not twinned and
 * are not checked. The minimum and the model set are configurable (default 2 of {@link
 * StandardModels#ids()}).
 *
 * <p>Immutable and thread-safe.
 */
public final class TwoOfFourRule {

    /** The plan's minimum: 2 models. */
    public static final int DEFAULT_MINIMUM = 2;

    private static final TwoOfFourRule STANDARD = new TwoOfFourRule(DEFAULT_MINIMUM, StandardModels.ids());

    private final int minimum;
    private final List<String> modelIds;

    private TwoOfFourRule(int minimum, List<String> modelIds) {
        this.minimum = minimum;
        this.modelIds = modelIds;
    }

    /** The plan's rule: at least 2 of the 4 standard models. */
    public static TwoOfFourRule standard() {
        return STANDARD;
    }

    /**
     * At least {@code minimum} of {@code modelIds}.
     *
     * @throws KetnghiaException {@link TwinningErrorCode#TWINNING_INVALID_RULE} if {@code minimum} is
     *     not between 1 and the number of distinct models, or a model id is blank
     */
    public static TwoOfFourRule of(int minimum, Collection<String> modelIds) {
        requireNonNull(modelIds, "modelIds");
        Set<String> distinct = new LinkedHashSet<>(modelIds);
        if (minimum < 1 || minimum > distinct.size() || distinct.stream().anyMatch(String::isBlank)) {
            throw KetnghiaException.of(TwinningErrorCode.TWINNING_INVALID_RULE, "minimum", minimum, distinct.size());
        }
        return new TwoOfFourRule(minimum, List.copyOf(distinct));
    }

    /** How many of {@link #modelIds()} each twinned commune needs. */
    public int minimum() {
        return minimum;
    }

    /** The models that count. */
    public List<String> modelIds() {
        return modelIds;
    }

    /**
     * Checks every commune twinned on {@code date}.
     *
     * @param registry the twinning projection (read it under the ledger's lock, e.g. through {@link #check(Ledger, LocalDate)})
     * @param date the day to check
     * @param units the administrative units used to resolve recipients
     * @return every covered commune and every violation, never null
     */
    public ModelChoiceCheck check(TwinningRegistry registry, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(registry, "registry");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, List<TwinningAgreement>> coverage = registry.coverageOn(date, units);
        List<ModelChoiceViolation> violations = new ArrayList<>();
        for (Map.Entry<String, List<TwinningAgreement>> entry : coverage.entrySet()) {
            Set<String> chosen = new TreeSet<>();
            Set<String> sponsorIds = new LinkedHashSet<>();
            List<String> agreementIds = new ArrayList<>();
            for (TwinningAgreement agreement : entry.getValue()) {
                chosen.addAll(agreement.modelIds());
                sponsorIds.addAll(agreement.sponsorIds());
                agreementIds.add(agreement.id());
            }
            List<String> counted = chosen.stream().filter(modelIds::contains).toList();
            if (counted.size() < minimum) {
                String communeName = units.unitAsOf(entry.getKey(), date).map(AdministrativeUnit::name).orElse(entry.getKey());
                List<Sponsor> sponsors = registry.sponsors().stream().filter(s -> sponsorIds.contains(s.id())).toList();
                violations.add(new ModelChoiceViolation(entry.getKey(), communeName, sponsors, agreementIds,
                        List.copyOf(chosen), counted, minimum, modelIds));
            }
        }
        return new ModelChoiceCheck(date, minimum, modelIds, List.copyOf(coverage.keySet()), violations);
    }

    /** Checks every commune twinned on {@code date} in {@code ledger}, under its read lock. */
    public ModelChoiceCheck check(Ledger ledger, LocalDate date) {
        requireNonNull(ledger, "ledger");
        return ledger.read(TwinningRegistry.class, registry -> check(registry, date, ledger.administrativeUnits()));
    }

    @Override
    public String toString() {
        return "at least " + minimum + " of " + modelIds;
    }
}
