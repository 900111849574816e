package org.ketnghia.examples.host;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.funding.FundingLedger;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.MakePledge;
import org.ketnghia.core.funding.RecordExpenditure;
import org.ketnghia.core.funding.RecordPlanAllocation;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.funding.settlement.SettleAccounts;
import org.ketnghia.core.ledger.ProgrammeLedger;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ModelAllotment;
import org.ketnghia.core.programme.ProgrammeTarget;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.RecordReplication;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.SponsorKind;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwinningRegistry;
import org.ketnghia.examples.programme.ProgrammePlan;

/**
 * Records a plan's set-up in the ledger through ordinary commands, for the plan's programme: the programme
 * itself ({@link DeclareProgramme}: scope, targets, norms, allotments), sponsors
 * and their funding sources (a sponsor another programme of the ledger registered already, with the same
 * facts, is not registered again), twinning agreements, plan allocations from the models' budgets (a district's line split
 * evenly over its pilot communes), pledges and the money received on them.
 */
public final class ProgrammeSetup {

    private ProgrammeSetup() {
    }

    /** The funding source id of a sponsor. */
    public static String sourceId(String sponsorId) {
        return "nguon-" + sponsorId;
    }

    /**
     * Records the set-up.
     *
     * @return the number of commands recorded
     * @throws org.ketnghia.core.error.KetnghiaException if the ledger rejects a command
     */
    public static int record(ProgrammeHost host, Map<String, BudgetEstimate> budgets) {
        ProgrammePlan plan = host.plan();
        host.runtime().ledger().refresh(); // another programme's host may have recorded into the shared store since
        ProgrammeLedger ledger = host.recorder();
        String province = plan.programme().provinceCode();
        LocalDate start = plan.programme().start();
        ledger.submit(DeclareProgramme.builder().actor(ProgrammeHost.PROVINCE).unitCode(province).occurredOn(start)
                .terms(terms(host, budgets)).build());
        int commands = 1;
        for (ProgrammePlan.SponsorEntry entry : plan.sponsors()) {
            Sponsor.Builder sponsor = Sponsor.builder().id(entry.id()).name(entry.name()).kind(entry.kind());
            entry.localityUnitCode().ifPresent(sponsor::localityUnitCode);
            Sponsor registered = sponsor.build();
            if (host.runtime().ledger().read(TwinningRegistry.class, sponsors -> sponsors.sponsor(entry.id()))
                    .filter(registered::equals).isPresent()) {
                continue; // registered by another programme of the ledger, with the same facts: a sponsor is registered once
            }
            ledger.submit(RegisterSponsor.builder().actor(ProgrammeHost.PROVINCE).unitCode(province).occurredOn(start)
                    .sponsor(registered).build());
            ledger.submit(RegisterFundingSource.builder().actor(ProgrammeHost.PROVINCE).unitCode(province).occurredOn(start)
                    .sourceId(sourceId(entry.id())).name("Kinh phí kết nghĩa của " + entry.name())
                    .kind(entry.kind() == SponsorKind.ENTERPRISE ? FundingSourceKind.ENTERPRISE : FundingSourceKind.SPONSOR)
                    .sponsorId(entry.id()).build());
            commands += 2;
        }
        for (ProgrammePlan.AgreementEntry entry : plan.agreements()) {
            ledger.submit(SignAgreement.builder().actor(ProgrammeHost.PROVINCE).unitCode(province).occurredOn(entry.signedOn())
                    .agreement(TwinningAgreement.builder().id(entry.id()).recipientUnitCode(entry.recipientUnitCode())
                            .validFrom(entry.signedOn()).sponsorIds(entry.sponsorIds()).modelIds(entry.modelIds()).build())
                    .build());
            commands++;
        }
        for (BudgetEstimate budget : budgets.values()) {
            int line = 0;
            for (BudgetLine budgetLine : budget.lines()) {
                List<String> communes = communesOf(host, budgetLine.unitCode(), start);
                if (communes.isEmpty()) {
                    continue;
                }
                List<Money> shares = budgetLine.amount().split(communes.size());
                for (int i = 0; i < communes.size(); i++) {
                    if (!shares.get(i).isPositive()) {
                        continue;
                    }
                    line++;
                    ledger.submit(RecordPlanAllocation.builder().actor(ProgrammeHost.PROVINCE).unitCode(communes.get(i))
                            .occurredOn(start).allocationId(host.idPrefix() + "kh-" + budget.modelId() + "-" + line)
                            .modelId(budget.modelId()).amount(shares.get(i)).build());
                    commands++;
                }
            }
        }
        for (ProgrammePlan.PledgeEntry pledge : plan.pledges()) {
            ledger.submit(MakePledge.builder().actor(ProgrammeHost.PROVINCE).unitCode(pledge.communeCode())
                    .occurredOn(pledge.pledgedOn()).sponsorId(pledge.sponsorId()).pledgeId(pledge.id())
                    .sourceId(sourceId(pledge.sponsorId())).modelId(pledge.modelId())
                    .activity(java.util.Optional.ofNullable(pledge.activity())).amount(pledge.amount()).build());
            commands++;
            for (int r = 0; r < pledge.receipts().size(); r++) {
                ProgrammePlan.ReceiptEntry receipt = pledge.receipts().get(r);
                ledger.submit(RecordReceipt.builder().actor(ProgrammeHost.PROVINCE).unitCode(pledge.communeCode())
                        .occurredOn(receipt.receivedOn()).receiptId(pledge.id() + "-thu-" + (r + 1)).pledgeId(pledge.id())
                        .amount(receipt.amount()).build());
                commands++;
            }
        }
        for (ProgrammePlan.HeldFund fund : plan.heldFunds()) {
            commands += recordHeldFund(ledger, fund);
        }
        return commands;
    }

    /**
     * Money a province or district body holds (<i>kinh phí cấp tỉnh, cấp huyện</i>): its source, its receipt and
     * what was paid from it, under the funding ledger's no-overspend rule.
     */
    private static int recordHeldFund(ProgrammeLedger ledger, ProgrammePlan.HeldFund fund) {
        int commands = 0;
        if (ledger.ledger().read(FundingLedger.class, funds -> funds.source(fund.sourceId())).isEmpty()) {
            ledger.submit(RegisterFundingSource.builder().actor(ProgrammeHost.PROVINCE).unitCode(fund.unitCode())
                    .occurredOn(fund.receivedOn()).sourceId(fund.sourceId()).name(fund.sourceName()).kind(fund.sourceKind()).build());
            commands++;
        }
        ledger.submit(RecordReceipt.builder().actor(ProgrammeHost.PROVINCE).unitCode(fund.unitCode()).occurredOn(fund.receivedOn())
                .receiptId(fund.id()).unpledged(true).sourceId(fund.sourceId()).modelId(fund.modelId())
                .activity(java.util.Optional.ofNullable(fund.activity())).amount(fund.amount()).build());
        commands++;
        for (int i = 0; i < fund.spending().size(); i++) {
            ProgrammePlan.SpendingEntry spending = fund.spending().get(i);
            ledger.submit(RecordExpenditure.builder().actor(ProgrammeHost.PROVINCE).unitCode(fund.unitCode()).occurredOn(spending.on())
                    .expenditureId(fund.id() + "-chi-" + (i + 1)).modelId(fund.modelId())
                    .activity(java.util.Optional.ofNullable(fund.activity())).description(spending.descriptionVi())
                    .amount(spending.amount()).documentReference(spending.documentReference()).build());
            commands++;
        }
        return commands;
    }

    /**
     * Records the replications of models the programme file lists (<i>nhân rộng mô hình</i>); the host does it
     * after the traces, since they are dated late in the programme.
     *
     * @return the number recorded
     */
    public static int recordReplications(ProgrammeHost host) {
        for (ProgrammePlan.ReplicationEntry entry : host.plan().replications()) {
            host.recorder().submit(RecordReplication.builder().actor(ProgrammeHost.PROVINCE).unitCode(entry.unitCode())
                    .occurredOn(entry.on()).replicationId(host.idPrefix() + entry.id()).modelId(entry.modelId())
                    .learntFrom(java.util.Optional.ofNullable(entry.learntFrom())).households(entry.households())
                    .fundedBy(entry.fundedBy()).descriptionVi(entry.descriptionVi()).build());
        }
        return host.plan().replications().size();
    }

    /**
     * Settles the accounts (<i>quyết toán</i>) at the end of every settlement period the programme file sets and
     * at the programme's last day, each recorded by the province in force that day; from then on nothing of
     * the programme may be dated in a settled period. The host does it last, after the traces.
     *
     * @return the ids of the settlements recorded
     */
    public static List<String> recordSettlements(ProgrammeHost host) {
        ProgrammePlan.Programme programme = host.plan().programme();
        List<LocalDate> ends = new ArrayList<>(programme.settlementPeriodEnds());
        ends.add(programme.lastDay());
        List<String> ids = new ArrayList<>();
        for (LocalDate end : ends) {
            String province = host.units().unitInForce(programme.provinceCode(), end).map(unit -> unit.code())
                    .orElse(programme.provinceCode());
            String id = host.idPrefix() + "qt-" + end;
            host.recorder().submit(SettleAccounts.builder().actor(ProgrammeHost.PROVINCE).unitCode(province).occurredOn(end)
                    .settlementId(id).periodEnd(end)
                    .decisionReference("Quyết định phê duyệt quyết toán kinh phí kế hoạch " + programme.id() + " đến hết ngày "
                            + end + " (minh họa)")
                    .build());
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    /**
     * The programme as the ledger keeps it: its act and legal bases, dates, coordinator, districts and pilot
     * communes (its scope), targets, the norms in force ({@link ProgrammeHost#norms()}) and what it allots per
     * district to each model whose figures are the plan's own (a model the programme file marks illustrative
     * has budgets but no allotment to enforce).
     */
    static ProgrammeTerms terms(ProgrammeHost host, Map<String, BudgetEstimate> budgets) {
        ProgrammePlan plan = host.plan();
        ProgrammePlan.Programme programme = plan.programme();
        ProgrammeTerms.Builder terms = ProgrammeTerms.builder().id(programme.id()).titleVi(programme.titleVi())
                .decision(programme.decision()).provinceCode(programme.provinceCode()).start(programme.start())
                .years(programme.years()).coordinator(java.util.Optional.ofNullable(programme.coordinator()))
                .norms(host.norms());
        programme.legalBases().forEach(basis -> terms.addLegalBases(basis.citation()));
        plan.districts().forEach(district -> terms.addDistrictCodes(district.code()));
        plan.pilotCommunes().forEach(commune -> terms.addPilotCommuneCodes(commune.code()));
        for (ProgrammePlan.TargetEntry target : programme.targets()) {
            terms.addTargets(ProgrammeTarget.builder().indicatorId(target.indicatorId())
                    .unitCode(java.util.Optional.ofNullable(target.unitCode())).value(target.value()).build());
        }
        for (BudgetEstimate budget : budgets.values()) {
            ProgrammePlan.ModelNote note = plan.modelNotes().get(budget.modelId());
            if (note == null || note.illustrative()) {
                continue;
            }
            budget.totalsByUnit().forEach((unitCode, amount) -> terms.addAllotments(
                    ModelAllotment.builder().unitCode(unitCode).modelId(budget.modelId()).amount(amount).build()));
        }
        return terms.build();
    }

    /** The communes a budget line's unit stands for: itself if a commune, else the plan's pilot communes in it. */
    static List<String> communesOf(ProgrammeHost host, String unitCode, LocalDate on) {
        boolean commune = host.units().unitAsOf(unitCode, on).map(unit -> AdminLevel.COMMUNE.equals(unit.levelId()))
                .orElse(false);
        if (commune) {
            return List.of(unitCode);
        }
        List<String> inside = new ArrayList<>();
        for (ProgrammePlan.PilotCommune pilot : host.plan().pilotCommunes()) {
            if (host.units().isWithin(pilot.code(), unitCode, on)) {
                inside.add(pilot.code());
            }
        }
        return List.copyOf(inside);
    }
}
