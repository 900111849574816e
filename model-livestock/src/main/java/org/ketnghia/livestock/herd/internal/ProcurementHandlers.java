package org.ketnghia.livestock.herd.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.programme.LivestockNorms;
import org.ketnghia.livestock.herd.RevolvingFund;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.herd.AcceptLot;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.LotAcceptanceFacts;
import org.ketnghia.livestock.herd.OversightParty;
import org.ketnghia.livestock.herd.PurchaseLotFacts;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.livestock.herd.RecordPurchaseLot;
import org.ketnghia.livestock.herd.RejectedAnimal;
import org.ketnghia.livestock.group.HouseholdGroups;

/** The handlers of purchase lots and their acceptance. */
final class ProcurementHandlers {

    /** The model id, the purpose money is spent on. */
    static final String MODEL_ID = "livestock";

    private ProcurementHandlers() {
    }

    /**
     * The oversight parties an acceptance in {@code commune} on {@code date} needs: the district offices
     * only while the commune lies in a district that day — a fact of the province's units, so any
     * reorganisation that abolishes districts, on any date, is followed.
     */
    static Set<OversightParty> requiredParties(String commune, LocalDate date, AdministrativeRegistry units) {
        return units.ancestorAtLevel(commune, AdminLevel.DISTRICT, date).isPresent() ? EnumSet.allOf(OversightParty.class)
                : EnumSet.of(OversightParty.SPONSOR, OversightParty.PROVINCIAL_ETHNIC_AFFAIRS);
    }

    static Optional<GroupFounded> checkGroup(String groupId, String commune, LocalDate date, LedgerState state,
            Problems problems) {
        Optional<GroupFounded> group = state.projection(HouseholdGroups.class).group(groupId);
        if (group.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP, "groupId", groupId);
        } else if (!Communes.mayRecordFor(state, group.get().communeCode(), commune, date)) {
            problems.add(LivestockErrorCode.LIVESTOCK_GROUP_OTHER_COMMUNE, "groupId", groupId,
                    group.get().communeCode(), commune);
        }
        return group;
    }

    /** Validates {@link RecordPurchaseLot}; records {@link PurchaseLotRecorded}. */
    static final class RecordLot implements CommandHandler<RecordPurchaseLot> {

        @Override
        public Class<RecordPurchaseLot> commandType() {
            return RecordPurchaseLot.class;
        }

        @Override
        public List<EventDraft> handle(RecordPurchaseLot command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            problems.check(command.lotId().isBlank(), CoreErrorCode.VALUE_BLANK, "lotId");
            problems.check(herd.lot(command.lotId()).isPresent(), LivestockErrorCode.LIVESTOCK_LOT_ID_IN_USE, "lotId",
                    command.lotId());
            problems.check(command.supplier().isBlank(), CoreErrorCode.VALUE_BLANK, "supplier");
            problems.check(command.contractReference().isBlank(), CoreErrorCode.VALUE_BLANK, "contractReference");
            Optional<GroupFounded> group = checkGroup(command.groupId(), command.unitCode(), command.occurredOn(), state, problems);
            problems.check(command.animals().isEmpty(), LivestockErrorCode.LIVESTOCK_LOT_EMPTY, "animals");
            Set<String> tags = new HashSet<>();
            Money total = Money.ZERO;
            for (int i = 0; i < command.animals().size(); i++) {
                PurchasedAnimal animal = command.animals().get(i);
                String field = "animals[" + i + "]";
                if (animal.earTag().isBlank()) {
                    problems.add(CoreErrorCode.VALUE_BLANK, field + ".earTag");
                } else if (!tags.add(animal.earTag()) || herd.isTagUsed(animal.earTag())) {
                    problems.add(LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE, field + ".earTag", animal.earTag());
                }
                group.filter(g -> g.species() != animal.species()).ifPresent(g -> problems.add(
                        LivestockErrorCode.LIVESTOCK_SPECIES_MISMATCH, field + ".species", animal.earTag(),
                        animal.species().label().vi(), g.groupId(), g.species().label().vi()));
                problems.check(animal.ageMonths() < 0, CoreErrorCode.VALUE_NEGATIVE, field + ".ageMonths",
                        animal.ageMonths());
                problems.check(animal.weightKg() <= 0, CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".weightKg",
                        animal.weightKg(), 1, Integer.MAX_VALUE);
                if (!animal.price().isPositive()) {
                    problems.add(CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".price", animal.price(), 1, Long.MAX_VALUE);
                } else {
                    total = total.plus(animal.price());
                }
            }
            if (total.isPositive() && command.paidFromRevolvingFund()) {
                Money fundTotal = total;
                group.ifPresent(g -> {
                    Money available = herd.revolvingFund(g.groupId()).available();
                    problems.check(fundTotal.isGreaterThan(available),
                            LivestockErrorCode.LIVESTOCK_REVOLVING_FUND_INSUFFICIENT, "paidFromRevolvingFund",
                            g.groupId(), available, fundTotal);
                });
            } else if (total.isPositive()) {
                problems.addAll(CommuneFunds.checkCanSpend(state, command.unitCode(), MODEL_ID, total));
            }
            checkNorms(command, state, problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PurchaseLotRecorded.builder().from((PurchaseLotFacts) command).build()));
        }
    }

    /**
     * The programme's spending norms (<i>định mức chi</i>): per species, the lot's average price per
     * head may not exceed the norm {@link LivestockNorms#pricePerHead} in force for the commune unless
     * the lot gives its justification. No programme or no norm: nothing to check.
     */
    private static void checkNorms(RecordPurchaseLot command, LedgerState state, Problems problems) {
        Optional<String> justification = command.aboveNormJustification();
        problems.check(justification.isPresent() && justification.get().isBlank(), CoreErrorCode.VALUE_BLANK,
                "aboveNormJustification");
        if (justification.isPresent()) {
            return;
        }
        Optional<ProgrammeScope> scope = ProgrammeScope.of(state);
        if (scope.isEmpty()) {
            return;
        }
        Map<Species, Money> totals = new EnumMap<>(Species.class);
        Map<Species, Integer> heads = new EnumMap<>(Species.class);
        for (PurchasedAnimal animal : command.animals()) {
            if (animal.price().isPositive()) {
                totals.merge(animal.species(), animal.price(), Money::plus);
                heads.merge(animal.species(), 1, Integer::sum);
            }
        }
        totals.forEach((species, total) -> {
            int count = heads.get(species);
            scope.get().norm(LivestockNorms.pricePerHead(species), command.unitCode(), command.occurredOn())
                    .filter(norm -> total.isGreaterThan(norm.amount().times(count)))
                    .ifPresent(norm -> problems.add(LivestockErrorCode.LIVESTOCK_PRICE_ABOVE_NORM,
                            "aboveNormJustification", Money.ofDong(total.dong() / count), count,
                            species.label().vi(), norm.amount(), norm.legalBasis()));
        });
    }

    /** Validates {@link AcceptLot}; records {@link LotAccepted} and the expenditure, atomically. */
    static final class Accept implements CommandHandler<AcceptLot> {

        @Override
        public Class<AcceptLot> commandType() {
            return AcceptLot.class;
        }

        @Override
        public List<EventDraft> handle(AcceptLot command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<PurchaseLotRecorded> lot = herd.lot(command.lotId());
            if (lot.isEmpty()) {
                problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_LOT, "lotId", command.lotId());
                problems.throwIfAny();
            }
            PurchaseLotRecorded purchase = lot.get();
            herd.acceptedOn(purchase.lotId()).ifPresent(on -> problems.add(
                    LivestockErrorCode.LIVESTOCK_LOT_ALREADY_ACCEPTED, "lotId", purchase.lotId(), on));
            checkGroup(purchase.groupId(), command.unitCode(), command.occurredOn(), state, problems);
            problems.check(command.minutesReference().isBlank(), CoreErrorCode.VALUE_BLANK, "minutesReference");
            problems.check(command.paymentReference().isBlank(), CoreErrorCode.VALUE_BLANK, "paymentReference");
            Map<OversightParty, String> oversight = command.oversight();
            for (OversightParty party : requiredParties(command.unitCode(), command.occurredOn(), state.administrativeUnits())) {
                String representative = oversight.get(party);
                problems.check(representative == null || representative.isBlank(),
                        LivestockErrorCode.LIVESTOCK_OVERSIGHT_MISSING, "oversight." + party, party.label().vi());
            }
            Set<String> inLot = new HashSet<>();
            purchase.animals().forEach(animal -> inLot.add(animal.earTag()));
            Set<String> rejected = new HashSet<>();
            for (int i = 0; i < command.rejected().size(); i++) {
                RejectedAnimal refusal = command.rejected().get(i);
                problems.check(!inLot.contains(refusal.earTag()), LivestockErrorCode.LIVESTOCK_TAG_NOT_IN_LOT,
                        "rejected[" + i + "].earTag", refusal.earTag(), purchase.lotId());
                problems.check(refusal.reason().isBlank(), CoreErrorCode.VALUE_BLANK, "rejected[" + i + "].reason");
                rejected.add(refusal.earTag());
            }
            List<String> accepted = new ArrayList<>();
            Money paid = Money.ZERO;
            for (PurchasedAnimal animal : purchase.animals()) {
                if (rejected.contains(animal.earTag())) {
                    continue;
                }
                problems.check(animal.healthCertificate().filter(c -> !c.isBlank()).isEmpty(),
                        LivestockErrorCode.LIVESTOCK_NO_HEALTH_CERTIFICATE, "rejected", animal.earTag());
                accepted.add(animal.earTag());
                paid = paid.plus(animal.price());
            }
            List<EventDraft> drafts = new ArrayList<>();
            Optional<String> expenditureId = Optional.empty();
            Optional<String> fundPayment = Optional.empty();
            ExpenditureRecorded expenditure = null;
            if (paid.isPositive() && purchase.paidFromRevolvingFund()) {
                // the group's own money, earmarked for its revolving fund in the funding ledger: it pays, and only it
                fundPayment = Optional.of(command.paymentReference());
                RevolvingFund fund = herd.revolvingFund(purchase.groupId());
                Money lotTotal = Money.sum(purchase.animals().stream().map(PurchasedAnimal::price).toList());
                Money available = fund.available().plus(lotTotal);
                problems.check(paid.isGreaterThan(available), LivestockErrorCode.LIVESTOCK_REVOLVING_FUND_INSUFFICIENT,
                        "lotId", purchase.groupId(), available, paid);
                expenditureId = Optional.of(MODEL_ID + "-" + purchase.lotId());
                expenditure = CommuneFunds.expenditure(expenditureId.get(), command.unitCode(),
                        RevolvingFunds.purpose(purchase.groupId()), "Mua " + accepted.size()
                                + " con giống từ quỹ quay vòng của tổ " + purchase.groupId() + ", lô " + purchase.lotId()
                                + " (" + purchase.supplier() + ")", paid, command.paymentReference());
                problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
            } else if (paid.isPositive()) {
                expenditureId = Optional.of(MODEL_ID + "-" + purchase.lotId());
                expenditure = CommuneFunds.expenditure(expenditureId.get(), command.unitCode(),
                        FundPurpose.of(MODEL_ID), "Mua " + accepted.size() + " con giống, lô " + purchase.lotId()
                                + " (" + purchase.supplier() + ")", paid, command.paymentReference());
                problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
            }
            problems.throwIfAny();
            drafts.add(EventDraft.of(command, LotAccepted.builder().from((LotAcceptanceFacts) command)
                    .groupId(purchase.groupId()).accepted(accepted).amountPaid(paid).expenditureId(expenditureId)
                    .revolvingFundPaymentReference(fundPayment).build()));
            if (expenditure != null) {
                drafts.add(CommuneFunds.draft(expenditure, command.occurredOn()));
            }
            return List.copyOf(drafts);
        }
    }
}
