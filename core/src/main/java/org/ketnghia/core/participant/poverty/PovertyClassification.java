package org.ketnghia.core.participant.poverty;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;

/**
 * The result of classifying one {@link PovertyAssessment}: the {@link #category()}, the standard
 * that was applied and the figures it was applied with, so a reviewer can retrace the decision,
 * and a one-sentence explanation in Vietnamese and English, e.g. {@code "Hộ nghèo: thu nhập bình
 * quân 1.400.000 ₫/người/tháng ≤ chuẩn 1.500.000 ₫ (nông thôn, Nghị định 07/2021/NĐ-CP), thiếu hụt
 * 3/12 chỉ số (≥ 3): việc làm, bảo hiểm y tế, nguồn nước sinh hoạt."}.
 *
 * <p>Contains sensitive personal data (income, deprivations): a public list shows only the
 * category. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePovertyClassification.class)
@JsonDeserialize(as = ImmutablePovertyClassification.class)
public abstract class PovertyClassification {

    PovertyClassification() {
    }

    /** A builder, for tests and for reading stored classifications; use {@link PovertyClassifier}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The household's category. */
    public abstract PovertyCategory category();

    /** The id of the standard applied, e.g. {@code "07/2021/NĐ-CP"}. */
    public abstract String standardId();

    /** The assessment date, which selected the standard. */
    public abstract LocalDate assessmentDate();

    /** The household's area, which selected the thresholds. */
    public abstract Area area();

    /** The household's income per person per month. */
    public abstract Money monthlyIncomePerPerson();

    /** The income line applied (chuẩn nghèo của khu vực). */
    public abstract Money incomeLine();

    /** The average-living ceiling applied. */
    public abstract Money averageLivingCeiling();

    /** The indicators in which the household is deprived, in the standard's order. */
    public abstract List<PovertyIndicator> deprivations();

    /** The number of indicators of the standard applied (12 for Decree 07/2021/NĐ-CP). */
    public abstract int indicatorCount();

    /** The number of deprivations from which a household under the line is poor. */
    public abstract int minimumDeprivationsForPoor();

    /**
     * The last day (inclusive) of the newly-escaped status: the exit date plus the standard's
     * years, minus one day. Present whenever the household had left the list, even if the period
     * is over (then the category is by income alone).
     */
    public abstract Optional<LocalDate> newlyEscapedUntil();

    /** The explanation in Vietnamese. */
    public abstract String explanationVi();

    /** The explanation in English. */
    public abstract String explanationEn();

    /** The number of deprivations counted. */
    public int deprivationCount() {
        return deprivations().size();
    }

    /** The explanation in the given language: Vietnamese for {@code vi}, English otherwise. */
    public String explanation(Locale locale) {
        return "vi".equals(requireNonNull(locale, "locale").getLanguage()) ? explanationVi() : explanationEn();
    }

    /** Builds a {@link PovertyClassification}. */
    public static final class Builder extends ImmutablePovertyClassification.Builder {
    }
}
