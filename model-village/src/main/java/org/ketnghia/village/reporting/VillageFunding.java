package org.ketnghia.village.reporting;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.CounterpartContributor;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundReceipt;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSource;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.NonCashContribution;
import org.ketnghia.core.money.Money;
import org.ketnghia.village.VillageModel;

/**
 * The model's money as the core funding ledger records it. Funding for a village's criterion is
 * recorded with the core's own commands (pledge, receipt, counterpart contribution in cash, kind or
 * labour days, in-kind donation) for model {@value VillageModel#ID} and the activity {@link
 * #activity(String, String)}; this class reads it back per village, criterion and source.
 * Stateless and thread-safe; pass it a {@link FundingLedger} read under the ledger's lock.
 */
public final class VillageFunding {

    private static final String SEPARATOR = ":";

    private VillageFunding() {
    }

    /** The funding activity of a village's criterion, e.g. {@code "QNA.TAY-GIANG.A-XAN.A-UR:giao-thong"}. */
    public static String activity(String villageCode, String criterionId) {
        return requireNonNull(villageCode, "villageCode") + SEPARATOR + requireNonNull(criterionId, "criterionId");
    }

    /** The funding purpose of a village's criterion. */
    public static FundPurpose purpose(String villageCode, String criterionId) {
        return FundPurpose.of(VillageModel.ID, activity(villageCode, criterionId));
    }

    /**
     * One contribution to a village's criterion. Immutable.
     *
     * @param villageCode the village
     * @param criterionId the criterion
     * @param sourceId the funding source
     * @param sourceKind its kind
     * @param sponsorId the sponsor behind the source, if any
     * @param form cash, kind or labour
     * @param counterpartBy for a counterpart contribution in kind or labour, who gave it; for cash only
 *     households are known (the core's receipt does not record district or commune)
     * @param value its value in đồng
     */
    public record Contribution(String villageCode, String criterionId, String sourceId, FundingSourceKind sourceKind,
            Optional<String> sponsorId, ContributionForm form, Optional<CounterpartContributor> counterpartBy,
            Money value) {

        /** Whether it is a counterpart contribution (<i>đối ứng</i>) of district, commune or households. */
        public boolean isCounterpart() {
            return counterpartBy.isPresent() || sourceKind == FundingSourceKind.LOCAL_COUNTERPART
                    || sourceKind == FundingSourceKind.HOUSEHOLD_COUNTERPART;
        }
    }

    /** Every contribution earmarked for a criterion of any village, receipts first, then kind and labour. */
    public static List<Contribution> contributions(FundingLedger funds) {
        requireNonNull(funds, "funds");
        List<Contribution> found = new ArrayList<>();
        for (FundReceipt receipt : funds.receipts()) {
            target(receipt.purpose()).ifPresent(target -> {
                FundingSource source = funds.source(receipt.sourceId()).orElse(null);
                FundingSourceKind kind = source == null ? FundingSourceKind.STATE_BUDGET : source.kind();
                // the core's FundReceipt does not say whether district or commune paid a cash counterpart
                Optional<CounterpartContributor> by = receipt.counterpart() && kind == FundingSourceKind.HOUSEHOLD_COUNTERPART
                        ? Optional.of(CounterpartContributor.HOUSEHOLDS) : Optional.empty();
                found.add(new Contribution(target[0], target[1], receipt.sourceId(), kind,
                        source == null ? Optional.empty() : source.sponsorId(), ContributionForm.CASH, by,
                        receipt.amount()));
            });
        }
        for (NonCashContribution gift : funds.nonCashContributions()) {
            target(gift.purpose()).ifPresent(target -> {
                FundingSource source = funds.source(gift.sourceId()).orElse(null);
                FundingSourceKind kind = source == null ? FundingSourceKind.STATE_BUDGET : source.kind();
                found.add(new Contribution(target[0], target[1], gift.sourceId(), kind,
                        source == null ? Optional.empty() : source.sponsorId(), gift.form(), gift.contributor(),
                        gift.value()));
            });
        }
        return List.copyOf(found);
    }

    /** The contributions to one village. */
    public static List<Contribution> contributions(FundingLedger funds, String villageCode) {
        requireNonNull(villageCode, "villageCode");
        return contributions(funds).stream().filter(c -> c.villageCode().equals(villageCode)).toList();
    }

    /** Per criterion of a village, the total value contributed (all sources and forms), sorted by criterion id. */
    public static Map<String, Money> totalByCriterion(FundingLedger funds, String villageCode) {
        Map<String, Money> totals = new TreeMap<>();
        contributions(funds, villageCode).forEach(c -> totals.merge(c.criterionId(), c.value(), Money::plus));
        return java.util.Collections.unmodifiableMap(totals);
    }

    /** Per criterion id, across villages, what sponsors' sources contributed; sorted by criterion id. */
    public static Map<String, Money> sponsorContributionsByCriterion(FundingLedger funds) {
        Map<String, Money> totals = new TreeMap<>();
        contributions(funds).stream().filter(c -> c.sponsorId().isPresent())
                .forEach(c -> totals.merge(c.criterionId(), c.value(), Money::plus));
        return java.util.Collections.unmodifiableMap(totals);
    }

    /** Per source kind, what one village received (all forms); sorted by kind. */
    public static Map<FundingSourceKind, Money> bySourceKind(FundingLedger funds, String villageCode) {
        Map<FundingSourceKind, Money> totals = new TreeMap<>();
        contributions(funds, villageCode).forEach(c -> totals.merge(c.sourceKind(), c.value(), Money::plus));
        return java.util.Collections.unmodifiableMap(totals);
    }

    /** The counterpart value of a village (district, commune, households; cash, kind and labour). */
    public static Money counterpart(FundingLedger funds, String villageCode) {
        return Money.sum(contributions(funds, villageCode).stream().filter(Contribution::isCounterpart)
                .map(Contribution::value).toList());
    }

    /** The total value contributed to a village. */
    public static Money total(FundingLedger funds, String villageCode) {
        return Money.sum(contributions(funds, villageCode).stream().map(Contribution::value).toList());
    }

    private static Optional<String[]> target(FundPurpose purpose) {
        if (!VillageModel.ID.equals(purpose.modelId()) || purpose.activity().isEmpty()) {
            return Optional.empty();
        }
        String activity = purpose.activity().get();
        int at = activity.lastIndexOf(SEPARATOR);
        if (at <= 0 || at == activity.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new String[] {activity.substring(0, at), activity.substring(at + 1)});
    }
}
