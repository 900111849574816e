package org.ketnghia.core.participant.poverty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.money.MoneyFormat;

/** Writes the one-sentence explanation of a classification, in Vietnamese and in English. */
final class PovertyExplanation {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PovertyAssessment assessment;
    private final PovertyStandard standard;
    private final IncomeThresholds thresholds;
    private final PovertyCategory category;
    private final List<PovertyIndicator> deprivations;
    private final Optional<LocalDate> exit;
    private final Optional<LocalDate> newlyEscapedUntil;

    PovertyExplanation(PovertyAssessment assessment, PovertyStandard standard, IncomeThresholds thresholds,
            PovertyCategory category, List<PovertyIndicator> deprivations, Optional<LocalDate> exit,
            Optional<LocalDate> newlyEscapedUntil) {
        this.assessment = assessment;
        this.standard = standard;
        this.thresholds = thresholds;
        this.category = category;
        this.deprivations = deprivations;
        this.exit = exit;
        this.newlyEscapedUntil = newlyEscapedUntil;
    }

    String vietnamese() {
        String income = "thu nhập bình quân " + vi(assessment.monthlyIncomePerPerson()) + "/người/tháng";
        String context = " (" + assessment.area().label().vi() + ", " + standard.nameVi() + ")";
        String line = vi(thresholds.incomeLine());
        String ceiling = vi(thresholds.averageLivingCeiling());
        StringBuilder text = new StringBuilder(capitalised(category.label().vi())).append(": ");
        switch (category) {
            case POOR, NEAR_POOR -> text.append(income).append(" ≤ chuẩn ").append(line).append(context)
                    .append(", thiếu hụt ").append(deprivations.size()).append('/').append(standard.indicators().size())
                    .append(" chỉ số (").append(category == PovertyCategory.POOR ? "≥ " : "< ")
                    .append(standard.minimumDeprivationsForPoor()).append(')')
                    .append(deprivations.isEmpty() ? "" : ": " + names(PovertyIndicator::nameVi));
            case NEWLY_ESCAPED -> text.append(income).append(" > chuẩn ").append(line).append(context)
                    .append("; ra khỏi danh sách hộ nghèo, cận nghèo ngày ").append(vi(exit.orElseThrow()))
                    .append(", giữ diện hộ mới thoát nghèo ").append(standard.newlyEscapedYears())
                    .append(" năm, đến hết ngày ").append(vi(newlyEscapedUntil.orElseThrow()));
            case AVERAGE_LIVING_STANDARD -> text.append(income).append(" > chuẩn ").append(line)
                    .append(" và ≤ ").append(ceiling).append(context).append(expiredVi());
            case ABOVE_AVERAGE -> text.append(income).append(" > ").append(ceiling)
                    .append(", mức trần của hộ có mức sống trung bình").append(context).append(expiredVi());
        }
        return text.append('.').toString();
    }

    String english() {
        String income = "income " + en(assessment.monthlyIncomePerPerson()) + " per person per month";
        String context = " (" + assessment.area().label().en() + ", " + standard.nameEn() + ")";
        String line = en(thresholds.incomeLine());
        String ceiling = en(thresholds.averageLivingCeiling());
        StringBuilder text = new StringBuilder(capitalised(category.label().en())).append(": ");
        switch (category) {
            case POOR, NEAR_POOR -> text.append(income).append(" ≤ line ").append(line).append(context)
                    .append(", deprived in ").append(deprivations.size()).append(" of ").append(standard.indicators().size())
                    .append(" indicators (").append(category == PovertyCategory.POOR ? "≥ " : "< ")
                    .append(standard.minimumDeprivationsForPoor()).append(')')
                    .append(deprivations.isEmpty() ? "" : ": " + names(PovertyIndicator::nameEn));
            case NEWLY_ESCAPED -> text.append(income).append(" > line ").append(line).append(context)
                    .append("; left the poor/near-poor list on ").append(exit.orElseThrow())
                    .append(", keeps the newly-escaped status for ").append(standard.newlyEscapedYears())
                    .append(" years, until ").append(newlyEscapedUntil.orElseThrow()).append(" inclusive");
            case AVERAGE_LIVING_STANDARD -> text.append(income).append(" > line ").append(line)
                    .append(" and ≤ ").append(ceiling).append(context).append(expiredEn());
            case ABOVE_AVERAGE -> text.append(income).append(" > ").append(ceiling)
                    .append(", the average-living-standard ceiling").append(context).append(expiredEn());
        }
        return text.append('.').toString();
    }

    private String expiredVi() {
        return newlyEscapedUntil.map(until -> "; đã hết " + standard.newlyEscapedYears()
                + " năm hộ mới thoát nghèo (ra khỏi danh sách ngày " + vi(exit.orElseThrow())
                + ", hết diện từ ngày " + vi(until.plusDays(1)) + ")").orElse("");
    }

    private String expiredEn() {
        return newlyEscapedUntil.map(until -> "; the " + standard.newlyEscapedYears()
                + "-year newly-escaped period is over (left the list on " + exit.orElseThrow()
                + ", ended on " + until.plusDays(1) + ")").orElse("");
    }

    private String names(Function<PovertyIndicator, String> name) {
        return deprivations.stream().map(name).map(PovertyExplanation::uncapitalised).collect(Collectors.joining(", "));
    }

    private static String vi(Money amount) {
        return MoneyFormat.exactVietnamese(amount);
    }

    private static String en(Money amount) {
        return MoneyFormat.exactEnglish(amount);
    }

    private static String vi(LocalDate date) {
        return VIETNAMESE_DATE.format(date);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String uncapitalised(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
