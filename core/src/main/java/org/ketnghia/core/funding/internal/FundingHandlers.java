package org.ketnghia.core.funding.internal;

import static org.ketnghia.core.funding.internal.FundingChecks.checkCommune;
import static org.ketnghia.core.funding.internal.FundingChecks.checkNewId;
import static org.ketnghia.core.funding.internal.FundingChecks.checkPositive;
import static org.ketnghia.core.funding.internal.FundingChecks.checkText;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.BalanceTransferred;
import org.ketnghia.core.funding.CommuneFunds;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.CounterpartContributionRecorded;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.funding.FundPurpose;
import org.ketnghia.core.funding.FundingErrorCode;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSource;
import org.ketnghia.core.funding.FundingSourceRegistered;
import org.ketnghia.core.funding.InKindContributionRecorded;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.PlanAllocationRecorded;
import org.ketnghia.core.funding.Pledge;
import org.ketnghia.core.funding.PledgeMade;
import org.ketnghia.core.funding.ReceiptRecorded;
import org.ketnghia.core.funding.RecordCounterpartContribution;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordInKindContribution;
import org.ketnghia.core.funding.RecordPlanAllocation;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.funding.TransferBalance;
import org.ketnghia.core.funding.settlement.internal.SettleAccountsHandler;
import org.ketnghia.core.funding.settlement.internal.SettlementGuard;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;

/** The command handlers of the funding feature. */
public final class FundingHandlers {

    private FundingHandlers() {
    }

    static List<CommandHandler<?>> all() {
        // a settled period is closed to the commands that move money (SettlementGuard)
        return SettlementGuard.guard(List.of(new RegisterSourceHandler(), new MakePledgeHandler(), new RecordReceiptHandler(),
                new RecordInKindHandler(), new RecordCounterpartHandler(), new RecordExpenditureHandler(),
                new RecordPlanAllocationHandler(), new TransferBalanceHandler(), new SettleAccountsHandler(),
                new ReversalHandlers.Receipt(), new ReversalHandlers.Expenditure()));
    }

    private static FundingLedger ledger(LedgerState state) {
        return state.projection(FundingLedger.class);
    }

    /** Checks that the source exists; returns it if so. */
    private static Optional<FundingSource> knownSource(FundingLedger ledger, String sourceId, String field,
            Problems problems) {
        if (checkText(sourceId, field, problems)) {
            return Optional.empty();
        }
        Optional<FundingSource> source = ledger.source(sourceId);
        problems.check(source.isEmpty(), FundingErrorCode.FUNDING_SOURCE_UNKNOWN, field, sourceId);
        return source;
    }

    private static void checkPurpose(String modelId, Optional<String> activity, Problems problems) {
        checkText(modelId, "modelId", problems);
        activity.ifPresent(value -> checkText(value, "activity", problems));
    }

    static final class RegisterSourceHandler implements CommandHandler<RegisterFundingSource> {
        @Override
        public Class<RegisterFundingSource> commandType() {
            return RegisterFundingSource.class;
        }

        @Override
        public List<EventDraft> handle(RegisterFundingSource command, LedgerState state) {
            Problems problems = new Problems();
            checkNewId(ledger(state), command.sourceId(), "sourceId", problems);
            checkText(command.name(), "name", problems);
            command.sponsorId().ifPresent(sponsor -> checkText(sponsor, "sponsorId", problems));
            problems.throwIfAny();
            return List.of(EventDraft.of(command, FundingSourceRegistered.builder().sourceId(command.sourceId())
                    .name(command.name()).kind(command.kind()).sponsorId(command.sponsorId()).build()));
        }
    }

    static final class MakePledgeHandler implements CommandHandler<MakePledge> {
        @Override
        public Class<MakePledge> commandType() {
            return MakePledge.class;
        }

        @Override
        public List<EventDraft> handle(MakePledge command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.pledgeId(), "pledgeId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            Optional<FundingSource> source = knownSource(ledger, command.sourceId(), "sourceId", problems);
            if (command.sponsorId().isPresent() && source.isPresent()
                    && !command.sponsorId().equals(source.get().sponsorId())) {
                problems.add(FundingErrorCode.FUNDING_SPONSOR_MISMATCH, "sponsorId", command.sponsorId().get(),
                        command.sourceId(), source.get().sponsorId().orElse("—"));
            }
            checkPurpose(command.modelId(), command.activity(), problems);
            checkPositive(command.amount(), "amount", problems);
            Optional<String> sponsor = command.sponsorId().or(() -> source.flatMap(FundingSource::sponsorId));
            FundingChecks.checkTwinned(state, sponsor, command.unitCode(), command.occurredOn(), "unitCode", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PledgeMade.builder().pledgeId(command.pledgeId())
                    .sourceId(command.sourceId()).communeCode(command.unitCode()).modelId(command.modelId())
                    .activity(command.activity()).amount(command.amount()).build()));
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE, ActorRole.DISTRICT_OFFICE,
                    ActorRole.COMMUNE_COMMITTEE, ActorRole.SPONSOR);
        }
    }

    static final class RecordReceiptHandler implements CommandHandler<RecordReceipt> {
        @Override
        public Class<RecordReceipt> commandType() {
            return RecordReceipt.class;
        }

        @Override
        public List<EventDraft> handle(RecordReceipt command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.receiptId(), "receiptId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            checkPositive(command.amount(), "amount", problems);
            command.activity().ifPresent(value -> checkText(value, "activity", problems));
            ReceiptRecorded.Builder receipt = ReceiptRecorded.builder().receiptId(command.receiptId())
                    .communeCode(command.unitCode()).amount(command.amount());
            if (command.pledgeId().isPresent() && command.unpledged()) {
                problems.add(FundingErrorCode.FUNDING_RECEIPT_PLEDGE_AND_UNPLEDGED, "unpledged",
                        command.pledgeId().get());
            } else if (command.pledgeId().isPresent()) {
                againstPledge(command, state, ledger, receipt, problems);
            } else if (command.unpledged()) {
                Optional<String> sourceId = command.sourceId();
                if (sourceId.isEmpty()) {
                    problems.add(CoreErrorCode.VALUE_REQUIRED, "sourceId");
                } else {
                    knownSource(ledger, sourceId.get(), "sourceId", problems).ifPresent(source -> FundingChecks.checkTwinned(
                            state, source.sponsorId(), command.unitCode(), command.occurredOn(), "unitCode", problems));
                }
                if (command.modelId().isEmpty()) {
                    problems.add(CoreErrorCode.VALUE_REQUIRED, "modelId");
                } else {
                    checkText(command.modelId().get(), "modelId", problems);
                }
                receipt.sourceId(sourceId.orElse("")).modelId(command.modelId().orElse(""))
                        .activity(command.activity());
            } else {
                problems.add(FundingErrorCode.FUNDING_RECEIPT_NEEDS_PLEDGE_OR_UNPLEDGED, "pledgeId");
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, receipt.build()));
        }

        private static void againstPledge(RecordReceipt command, LedgerState state, FundingLedger ledger,
                ReceiptRecorded.Builder receipt, Problems problems) {
            String pledgeId = command.pledgeId().get();
            Optional<Pledge> found = ledger.pledge(pledgeId);
            if (found.isEmpty()) {
                problems.add(FundingErrorCode.FUNDING_PLEDGE_UNKNOWN, "pledgeId", pledgeId);
                return;
            }
            Pledge pledge = found.get();
            if (!isSameOrSuccessor(state, pledge.communeCode(), command.unitCode(), command.occurredOn())) {
                problems.add(FundingErrorCode.FUNDING_PLEDGE_OTHER_COMMUNE, "unitCode", pledgeId, pledge.communeCode(),
                        command.unitCode());
            }
            mismatch("sourceId", command.sourceId(), Optional.of(pledge.sourceId()), pledgeId, problems);
            mismatch("modelId", command.modelId(), Optional.of(pledge.purpose().modelId()), pledgeId, problems);
            if (command.activity().isPresent()) {
                mismatch("activity", command.activity(), pledge.purpose().activity(), pledgeId, problems);
            }
            if (command.amount().isGreaterThan(pledge.open())) {
                problems.add(FundingErrorCode.FUNDING_RECEIPT_EXCEEDS_PLEDGE, "amount", command.amount(), pledge.open(),
                        pledgeId, pledge.amount());
            }
            receipt.pledgeId(pledgeId).sourceId(pledge.sourceId()).modelId(pledge.purpose().modelId())
                    .activity(pledge.purpose().activity());
        }

        private static void mismatch(String field, Optional<String> given, Optional<String> pledged, String pledgeId,
                Problems problems) {
            if (given.isPresent() && !given.equals(pledged)) {
                problems.add(FundingErrorCode.FUNDING_PLEDGE_MISMATCH, field, field, given.get(), pledgeId,
                        pledged.orElse("—"));
            }
        }

        private static boolean isSameOrSuccessor(LedgerState state, String pledgeCommune, String receiptCommune,
                LocalDate date) {
            return pledgeCommune.equals(receiptCommune) || state.administrativeUnits()
                    .successorsAsOf(pledgeCommune, date).stream().map(AdministrativeUnit::code)
                    .anyMatch(receiptCommune::equals);
        }
    }

    static final class RecordInKindHandler implements CommandHandler<RecordInKindContribution> {
        @Override
        public Class<RecordInKindContribution> commandType() {
            return RecordInKindContribution.class;
        }

        @Override
        public List<EventDraft> handle(RecordInKindContribution command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.contributionId(), "contributionId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            knownSource(ledger, command.sourceId(), "sourceId", problems);
            checkPurpose(command.modelId(), command.activity(), problems);
            checkText(command.description(), "description", problems);
            problems.check(command.quantity() <= 0, FundingErrorCode.FUNDING_QUANTITY_NOT_POSITIVE, "quantity",
                    command.quantity());
            checkPositive(command.unitValue(), "unitValue", problems);
            valueOf(command.unitValue(), command.quantity(), problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, InKindContributionRecorded.builder()
                    .contributionId(command.contributionId()).communeCode(command.unitCode())
                    .sourceId(command.sourceId()).modelId(command.modelId()).activity(command.activity())
                    .description(command.description()).quantity(command.quantity()).unitValue(command.unitValue())
                    .build()));
        }
    }

    /** {@code unitValue × quantity}, or a problem when it overflows. */
    private static Money valueOf(Money unitValue, long quantity, Problems problems) {
        try {
            return unitValue.times(quantity);
        } catch (KetnghiaException overflow) {
            problems.addNested("quantity", overflow);
            return Money.ZERO;
        }
    }

    static final class RecordCounterpartHandler implements CommandHandler<RecordCounterpartContribution> {
        @Override
        public Class<RecordCounterpartContribution> commandType() {
            return RecordCounterpartContribution.class;
        }

        @Override
        public List<EventDraft> handle(RecordCounterpartContribution command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.contributionId(), "contributionId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            knownSource(ledger, command.sourceId(), "sourceId", problems).ifPresent(source -> problems.check(
                    source.kind() != command.contributor().sourceKind(), FundingErrorCode.FUNDING_SOURCE_KIND_NOT_ALLOWED,
                    "sourceId", source.sourceId(), source.kind(), command.contributor(),
                    command.contributor().sourceKind()));
            checkPurpose(command.modelId(), command.activity(), problems);
            checkText(command.description(), "description", problems);
            Money value = Money.ZERO;
            if (command.form() == ContributionForm.CASH) {
                if (command.amount().isEmpty() || command.quantity().isPresent() || command.unitValue().isPresent()) {
                    problems.add(FundingErrorCode.FUNDING_CASH_NEEDS_AMOUNT_ONLY, "amount");
                } else {
                    value = command.amount().get();
                    checkPositive(value, "amount", problems);
                }
            } else if (command.amount().isPresent() || command.quantity().isEmpty() || command.unitValue().isEmpty()) {
                problems.add(FundingErrorCode.FUNDING_NON_CASH_NEEDS_QUANTITY_AND_UNIT_VALUE, "quantity",
                        command.form());
            } else {
                long quantity = command.quantity().getAsLong();
                problems.check(quantity <= 0, FundingErrorCode.FUNDING_QUANTITY_NOT_POSITIVE, "quantity", quantity);
                checkPositive(command.unitValue().get(), "unitValue", problems);
                value = valueOf(command.unitValue().get(), quantity, problems);
            }
            problems.throwIfAny();
            return List.of(EventDraft.of(command, CounterpartContributionRecorded.builder()
                    .contributionId(command.contributionId()).communeCode(command.unitCode())
                    .contributor(command.contributor()).form(command.form()).sourceId(command.sourceId())
                    .modelId(command.modelId()).activity(command.activity()).description(command.description())
                    .quantity(command.quantity()).unitValue(command.unitValue()).value(value).build()));
        }
    }

    static final class RecordExpenditureHandler implements CommandHandler<RecordExpenditure> {
        @Override
        public Class<RecordExpenditure> commandType() {
            return RecordExpenditure.class;
        }

        @Override
        public List<EventDraft> handle(RecordExpenditure command, LedgerState state) {
            ExpenditureRecorded expenditure = CommuneFunds.expenditure(command.expenditureId(), command.unitCode(),
                    new FundPurpose(command.modelId(), command.activity()), command.description(), command.amount(),
                    command.documentReference());
            Problems problems = new Problems();
            problems.addAll(CommuneFunds.checkExpenditures(state, command.occurredOn(), List.of(expenditure)));
            problems.throwIfAny();
            return List.of(CommuneFunds.draft(expenditure, command.occurredOn()));
        }
    }

    static final class RecordPlanAllocationHandler implements CommandHandler<RecordPlanAllocation> {
        @Override
        public Class<RecordPlanAllocation> commandType() {
            return RecordPlanAllocation.class;
        }

        @Override
        public List<EventDraft> handle(RecordPlanAllocation command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.allocationId(), "allocationId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            checkText(command.modelId(), "modelId", problems);
            command.sponsorId().ifPresent(sponsor -> checkText(sponsor, "sponsorId", problems));
            command.sourceId().ifPresent(source -> knownSource(ledger, source, "sourceId", problems));
            checkPositive(command.amount(), "amount", problems);
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PlanAllocationRecorded.builder()
                    .allocationId(command.allocationId()).communeCode(command.unitCode()).modelId(command.modelId())
                    .sponsorId(command.sponsorId()).sourceId(command.sourceId()).amount(command.amount()).build()));
        }
    }

    static final class TransferBalanceHandler implements CommandHandler<TransferBalance> {
        @Override
        public Class<TransferBalance> commandType() {
            return TransferBalance.class;
        }

        @Override
        public List<EventDraft> handle(TransferBalance command, LedgerState state) {
            FundingLedger ledger = ledger(state);
            Problems problems = new Problems();
            checkNewId(ledger, command.transferId(), "transferId", problems);
            checkCommune(state, command.unitCode(), command.occurredOn(), "unitCode", problems);
            checkText(command.modelId(), "modelId", problems);
            List<String> successors = state.administrativeUnits()
                    .successorsAsOf(command.fromCommuneCode(), command.occurredOn()).stream()
                    .map(AdministrativeUnit::code).toList();
            problems.check(command.fromCommuneCode().equals(command.unitCode())
                    || !successors.contains(command.unitCode()), FundingErrorCode.FUNDING_TRANSFER_NOT_SUCCESSOR,
                    "fromCommuneCode", command.fromCommuneCode(), command.unitCode(), command.occurredOn(),
                    successors.isEmpty() ? "—" : String.join(", ", successors));
            Money balance = ledger.balance(command.fromCommuneCode(), command.modelId());
            problems.check(!balance.isPositive(), FundingErrorCode.FUNDING_TRANSFER_NOTHING, "modelId",
                    command.fromCommuneCode(), command.modelId());
            problems.throwIfAny();
            return List.of(EventDraft.of(command, BalanceTransferred.builder().transferId(command.transferId())
                    .fromCommuneCode(command.fromCommuneCode()).toCommuneCode(command.unitCode())
                    .modelId(command.modelId()).amount(balance).build()));
        }
    }
}
