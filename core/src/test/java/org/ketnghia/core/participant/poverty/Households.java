package org.ketnghia.core.participant.poverty;

import java.time.LocalDate;
import org.ketnghia.core.money.Money;

/** Small builders of assessments for the poverty tests. */
final class Households {

    /** Indicators common to both national standards. */
    static final String[] THREE_COMMON_DEPRIVATIONS = {"employment", "health-insurance", "water-source"};
    static final String[] TWO_COMMON_DEPRIVATIONS = {"employment", "health-insurance"};

    private Households() {
    }

    static PovertyAssessment.Builder household(String date, Area area, long incomeDong, String... deprivations) {
        PovertyAssessment.Builder builder = PovertyAssessment.builder();
        builder.assessmentDate(LocalDate.parse(date))
                .area(area)
                .monthlyIncomePerPerson(Money.ofDong(incomeDong))
                .addDeprivations(deprivations);
        return builder;
    }

    static PovertyAssessment assessment(String date, Area area, long incomeDong, String... deprivations) {
        return household(date, area, incomeDong, deprivations).build();
    }
}
