package org.ketnghia.livestock.herd.internal;

import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalLost;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.AnimalsVaccinated;
import org.ketnghia.livestock.herd.BirthFacts;
import org.ketnghia.livestock.herd.CashPaidInstead;
import org.ketnghia.livestock.herd.CashPaymentFacts;
import org.ketnghia.livestock.herd.DeathFacts;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.LossFacts;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.ObligationWaived;
import org.ketnghia.livestock.herd.PayCashInstead;
import org.ketnghia.livestock.herd.RecordBirth;
import org.ketnghia.livestock.herd.RecordDeath;
import org.ketnghia.livestock.herd.RecordLoss;
import org.ketnghia.livestock.herd.RecordSale;
import org.ketnghia.livestock.herd.RecordVaccination;
import org.ketnghia.livestock.herd.SaleFacts;
import org.ketnghia.livestock.herd.VaccinationFacts;
import org.ketnghia.livestock.herd.WaiveObligation;
import org.ketnghia.livestock.herd.WaiverFacts;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.passon.PassOnPolicy;

/** The handlers of births, deaths, sales, vaccinations, losses and obligation waivers or cash payments. */
final class LifeEventHandlers {

    private LifeEventHandlers() {
    }

    /** The living animal {@code tag} of the command's commune; records problems and returns it if found. */
    static Optional<Animal> livingAnimal(Herd herd, String tag, String field, String commune, LedgerState state,
            java.time.LocalDate date, Problems problems) {
        Optional<Animal> animal = HandOverHandler.checkExists(herd, tag, field, problems);
        if (animal.isPresent() && HandOverHandler.checkAlive(animal.get(), field, problems)) {
            if (!Communes.mayRecordFor(state, animal.get().communeCode(), commune, date)) {
                problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_ANIMAL, field, tag);
                return Optional.empty();
            }
            return animal;
        }
        return Optional.empty();
    }

    /** Validates {@link RecordBirth}. */
    static final class Birth implements CommandHandler<RecordBirth> {
        @Override
        public Class<RecordBirth> commandType() {
            return RecordBirth.class;
        }

        @Override
        public List<EventDraft> handle(RecordBirth command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> mother = livingAnimal(herd, command.motherTag(), "motherTag", command.unitCode(), state,
                    command.occurredOn(), problems);
            mother.filter(m -> m.sex() != AnimalSex.FEMALE || m.keeperHouseholdId().isEmpty())
                    .ifPresent(m -> problems.add(LivestockErrorCode.LIVESTOCK_MOTHER_NOT_FEMALE_ALIVE, "motherTag",
                            m.earTag()));
            if (command.earTag().isBlank()) {
                problems.add(CoreErrorCode.VALUE_BLANK, "earTag");
            } else {
                problems.check(herd.isTagUsed(command.earTag()), LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE, "earTag",
                        command.earTag());
            }
            problems.throwIfAny();
            Animal m = mother.get();
            return List.of(EventDraft.of(command, AnimalBorn.builder().from((BirthFacts) command)
                    .species(m.species()).householdId(m.keeperHouseholdId().get()).groupId(m.groupId()).build()));
        }
    }

    /** Validates {@link RecordDeath}. */
    static final class Death implements CommandHandler<RecordDeath> {
        @Override
        public Class<RecordDeath> commandType() {
            return RecordDeath.class;
        }

        @Override
        public List<EventDraft> handle(RecordDeath command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> animal = livingAnimal(herd, command.earTag(), "earTag", command.unitCode(), state,
                    command.occurredOn(), problems);
            if (command.diedOn().isEmpty()) {
                problems.add(LivestockErrorCode.LIVESTOCK_DEATH_WITHOUT_DATE, "diedOn");
            } else {
                problems.check(command.diedOn().get().isAfter(command.occurredOn()),
                        LivestockErrorCode.LIVESTOCK_DATE_AFTER_RECORD, "diedOn", command.diedOn().get(),
                        command.occurredOn());
            }
            problems.check(command.cause().isBlank(), CoreErrorCode.VALUE_BLANK, "cause");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, AnimalDied.builder().from((DeathFacts) command)
                    .diedOn(command.diedOn().get()).householdId(animal.get().keeperHouseholdId()).build()));
        }
    }

    /** Validates {@link RecordSale}. */
    static final class Sale implements CommandHandler<RecordSale> {
        @Override
        public Class<RecordSale> commandType() {
            return RecordSale.class;
        }

        @Override
        public List<EventDraft> handle(RecordSale command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> animal = livingAnimal(herd, command.earTag(), "earTag", command.unitCode(), state,
                    command.occurredOn(), problems);
            problems.check(command.buyer().isBlank(), CoreErrorCode.VALUE_BLANK, "buyer");
            problems.check(!command.price().isPositive(), CoreErrorCode.VALUE_OUT_OF_RANGE, "price", command.price(), 1,
                    Long.MAX_VALUE);
            if (animal.isPresent()) {
                if (animal.get().keeperHouseholdId().isEmpty()) {
                    problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_WITH_HOUSEHOLD, "earTag", command.earTag(), "—");
                }
                Optional<GroupFounded> group = state.projection(HouseholdGroups.class).group(animal.get().groupId());
                boolean needsPermission = group.map(GroupFounded::passOnPolicy).map(PassOnPolicy::saleNeedsPermission)
                        .orElse(true);
                problems.check(needsPermission && command.permissionReference().filter(p -> !p.isBlank()).isEmpty(),
                        LivestockErrorCode.LIVESTOCK_SALE_WITHOUT_PERMISSION, "permissionReference",
                        animal.get().groupId(), command.earTag());
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, AnimalSold.builder().from((SaleFacts) command)
                    .householdId(animal.get().keeperHouseholdId().get()).build()));
        }
    }

    /** Validates {@link RecordVaccination}. */
    static final class Vaccination implements CommandHandler<RecordVaccination> {
        @Override
        public Class<RecordVaccination> commandType() {
            return RecordVaccination.class;
        }

        @Override
        public List<EventDraft> handle(RecordVaccination command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            problems.check(command.earTags().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "earTags");
            problems.check(command.reference().isBlank(), CoreErrorCode.VALUE_BLANK, "reference");
            for (int i = 0; i < command.earTags().size(); i++) {
                livingAnimal(herd, command.earTags().get(i), "earTags[" + i + "]", command.unitCode(), state,
                    command.occurredOn(), problems);
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, AnimalsVaccinated.builder().from((VaccinationFacts) command).build()));
        }
    }

    /** Validates {@link RecordLoss}. */
    static final class Loss implements CommandHandler<RecordLoss> {
        @Override
        public Class<RecordLoss> commandType() {
            return RecordLoss.class;
        }

        @Override
        public List<EventDraft> handle(RecordLoss command, LedgerState state) {
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<Animal> animal = livingAnimal(herd, command.earTag(), "earTag", command.unitCode(), state,
                    command.occurredOn(), problems);
            problems.check(command.reportReference().isBlank(), CoreErrorCode.VALUE_BLANK, "reportReference");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, AnimalLost.builder().from((LossFacts) command)
                    .householdId(animal.get().keeperHouseholdId()).build()));
        }
    }

    static Obligation openObligation(Herd herd, String obligationId, java.time.LocalDate date, Problems problems) {
        Optional<Obligation> obligation = herd.obligation(obligationId);
        if (obligation.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_OBLIGATION, "obligationId", obligationId);
            return null;
        }
        ObligationStatus status = obligation.get().statusOn(date);
        if (!status.isOpen()) {
            problems.add(LivestockErrorCode.LIVESTOCK_OBLIGATION_CLOSED, "obligationId", obligationId, status);
            return null;
        }
        return obligation.get();
    }

    /** Validates {@link WaiveObligation}. */
    static final class Waive implements CommandHandler<WaiveObligation> {
        @Override
        public Class<WaiveObligation> commandType() {
            return WaiveObligation.class;
        }

        @Override
        public List<EventDraft> handle(WaiveObligation command, LedgerState state) {
            Problems problems = new Problems();
            openObligation(state.projection(Herd.class), command.obligationId(), command.occurredOn(), problems);
            problems.check(command.reason().isBlank(), CoreErrorCode.VALUE_BLANK, "reason");
            problems.check(command.decisionReference().isBlank(), CoreErrorCode.VALUE_BLANK, "decisionReference");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, ObligationWaived.builder().from((WaiverFacts) command).build()));
        }
    }

    /** Validates {@link PayCashInstead}. */
    static final class Cash implements CommandHandler<PayCashInstead> {
        @Override
        public Class<PayCashInstead> commandType() {
            return PayCashInstead.class;
        }

        @Override
        public List<EventDraft> handle(PayCashInstead command, LedgerState state) {
            Problems problems = new Problems();
            Obligation obligation = openObligation(state.projection(Herd.class), command.obligationId(),
                    command.occurredOn(), problems);
            problems.check(command.receiptReference().isBlank(), CoreErrorCode.VALUE_BLANK, "receiptReference");
            if (obligation != null) {
                Optional<PassOnPolicy> policy = state.projection(HouseholdGroups.class).group(obligation.groupId())
                        .map(GroupFounded::passOnPolicy);
                Optional<org.ketnghia.core.money.Money> cash = policy.flatMap(PassOnPolicy::cashAlternative);
                if (cash.isEmpty()) {
                    problems.add(LivestockErrorCode.LIVESTOCK_NO_CASH_ALTERNATIVE, "obligationId",
                            policy.map(PassOnPolicy::id).orElse("?"));
                } else {
                    problems.check(command.amount().isLessThan(cash.get()), LivestockErrorCode.LIVESTOCK_CASH_BELOW_POLICY,
                            "amount", command.amount(), cash.get());
                }
            }
            Optional<GroupFounded> group = obligation == null ? Optional.empty()
                    : state.projection(HouseholdGroups.class).group(obligation.groupId());
            List<EventDraft> funding = new java.util.ArrayList<>();
            Optional<String> receiptId = Optional.empty();
            if (group.isPresent()) {
                receiptId = Optional.of(RevolvingFunds.receiptId(command.obligationId()));
                funding = revolvingReceipt(command, group.get(), receiptId.get(), state, problems);
            }
            problems.throwIfAny();
            List<EventDraft> drafts = new java.util.ArrayList<>();
            drafts.add(EventDraft.of(command, CashPaidInstead.builder().from((CashPaymentFacts) command)
                    .receiptId(receiptId).build()));
            drafts.addAll(funding);
            return List.copyOf(drafts);
        }

        /**
         * The cash as a receipt into the group's revolving fund in the funding ledger, of the commune that records
         * for the group (the founding commune, or its successor after the 2025 mergers), with the group's source
         * when it is not registered yet; records the problems.
         */
        private static List<EventDraft> revolvingReceipt(PayCashInstead command, GroupFounded group, String receiptId,
                LedgerState state, Problems problems) {
            String commune = command.unitCode();
            problems.check(!Communes.mayRecordFor(state, group.communeCode(), commune, command.occurredOn()),
                    LivestockErrorCode.LIVESTOCK_GROUP_OTHER_COMMUNE, "unitCode", group.groupId(), group.communeCode(),
                    commune);
            String sourceId = RevolvingFunds.sourceId(group.groupId());
            boolean registered = state.projection(FundingLedger.class).source(sourceId)
                    .filter(source -> source.kind() == FundingSourceKind.REVOLVING_REPAYMENT).isPresent();
            List<FundingSourceRegistered> sources = registered ? List.of() : List.of(CommuneFunds.source(sourceId,
                    "Tiền hoàn trả quay vòng của hộ — " + group.name(), FundingSourceKind.REVOLVING_REPAYMENT));
            ReceiptRecorded receipt = CommuneFunds.receipt(receiptId, commune, sourceId,
                    RevolvingFunds.purpose(group.groupId()), command.amount());
            problems.addAll(CommuneFunds.checkReceipts(state, command.occurredOn(), sources, List.of(receipt)));
            List<EventDraft> drafts = new java.util.ArrayList<>();
            sources.forEach(source -> drafts.add(CommuneFunds.draft(source, commune, command.occurredOn())));
            drafts.add(CommuneFunds.draft(receipt, command.occurredOn()));
            return drafts;
        }
    }
}
