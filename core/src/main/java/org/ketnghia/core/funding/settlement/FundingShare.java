package org.ketnghia.core.funding.settlement;

import static java.util.Objects.requireNonNull;

import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.value.BilingualText;

/**
 * The two shares a settlement separates (<i>cơ cấu nguồn vốn</i>): money of the state budget at any
 * level, and money mobilised from society. The rule ({@link #of}) is fixed in each settlement line when it
 * is recorded, so a later change of the rule never rewrites an approved settlement.
 */
public enum FundingShare {
    /**
     * Ngân sách nhà nước: {@link FundingSourceKind#STATE_BUDGET}, the locality's counterpart from the
     * district or commune budget ({@link FundingSourceKind#LOCAL_COUNTERPART}) and funds integrated from
     * national target programmes and projects ({@link FundingSourceKind#INTEGRATED_PROGRAMME}, <i>lồng
     * ghép</i>, which are state money) <i>(check with the provincial Department of Finance)</i>.
     */
    STATE_BUDGET("Ngân sách nhà nước", "state budget"),
    /**
     * Nguồn huy động: enterprises, investors, philanthropists, the sponsors' own contributions, the
     * households' counterpart and the households' repayments into a revolving fund ({@link
     * FundingSourceKind#REVOLVING_REPAYMENT}: the households' own money, recycled, never state money).
     */
    MOBILISED("Nguồn vận động, huy động", "mobilised sources");

    private final BilingualText label;

    FundingShare(String labelVi, String labelEn) {
        this.label = BilingualText.of(labelVi, labelEn);
    }

    /** The label in Vietnamese (with diacritics) and in English. */
    public BilingualText label() {
        return label;
    }

    /** The share money of {@code kind} belongs to. */
    public static FundingShare of(FundingSourceKind kind) {
        return switch (requireNonNull(kind, "kind")) {
            case STATE_BUDGET, LOCAL_COUNTERPART, INTEGRATED_PROGRAMME -> STATE_BUDGET;
            case ENTERPRISE, INVESTOR, PHILANTHROPIST, SPONSOR, HOUSEHOLD_COUNTERPART, REVOLVING_REPAYMENT -> MOBILISED;
        };
    }
}
