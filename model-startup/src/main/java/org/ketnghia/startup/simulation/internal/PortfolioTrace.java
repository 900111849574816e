package org.ketnghia.startup.simulation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.funding.ContributionForm;
import org.ketnghia.core.funding.FundingSourceKind;
import org.ketnghia.core.funding.RecordReceipt;
import org.ketnghia.core.funding.RegisterFundingSource;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.OrganisationKind;
import org.ketnghia.core.participant.PersonRole;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.RegisterHousehold;
import org.ketnghia.core.participant.RegisterOrganisation;
import org.ketnghia.core.participant.RegisterPerson;
import org.ketnghia.core.participant.Sex;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.core.simulation.CommandSink;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.core.simulation.TraceContext;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.StartupModel;
import org.ketnghia.startup.catalogue.Sector;
import org.ketnghia.startup.catalogue.SectorCatalogue;
import org.ketnghia.startup.policy.ApplicantKind;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.ProjectKind;
import org.ketnghia.startup.project.ApproveApplication;
import org.ketnghia.startup.project.CloseProject;
import org.ketnghia.startup.project.CounterpartPledge;
import org.ketnghia.startup.project.DisburseTranche;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.Milestone;
import org.ketnghia.startup.project.OpenCall;
import org.ketnghia.startup.project.ProjectOutcome;
import org.ketnghia.startup.project.RecordFollowUp;
import org.ketnghia.startup.project.RecordMilestone;
import org.ketnghia.startup.project.ScreenCall;
import org.ketnghia.startup.project.SubmitApplication;
import org.ketnghia.startup.project.TranchePlan;
import org.ketnghia.startup.project.ValueChainLink;
import org.ketnghia.startup.simulation.PortfolioLine;
import org.ketnghia.startup.simulation.StartupPlan;

/**
 * Not API. The commands a provincial officer records for a simulated portfolio; draws nothing from the
 * random stream, so a traced replicate equals the same replicate run without trace. Everything it needs
 * from the host comes from the {@link TraceContext}: the actor of each command ({@link
 * TraceContext#actorFor} its unit), the units (a commune's successor after a merger), the pilot communes
 * and their villages, and the names of simulated people.
 *
 * <p>What is recorded and when (S = programme start): on S a funding source of the provincial budget
 * for start-up support and, per commune, a receipt of the money its projects will be paid; on S one
 * call per portfolio unit (deadline S + 1 month, budget = the unit's portfolio); on S + 14 days per
 * project three poor or near-poor households in the commune's first village, the head of the first
 * as a person (the group's leader), their household group (<i>nhóm hộ</i>) and its application
 * (first product and first allowed item of the sector, half the support as labour counterpart, an
 * offtake link, every declaration); on S + 1 month + 10 days the screening; on S + 2 months the
 * approvals (support in two tranches, the second after the milestone "planted / installed"), tranche
 * 1 on S + 2 months + 5 days, the milestone on S + 5 months and tranche 2 a week later. Then, per
 * programme year y, a project that fails is followed up as not operating and closed as failed 9
 * months into the year; a running one is followed up with its simulated revenue 11½ months into the
 * year; survivors are closed as completed on the last simulated day. A project's commune becomes its
 * successor after a merger. Jobs and certifications are not simulated and are recorded as none.
 *
 * <p>Not thread-safe; one per traced replicate.
 */
public final class PortfolioTrace {

    /** The funding source the trace registers for the money it receives. */
    static final String SOURCE_ID = "ngan-sach-tinh-khoi-nghiep";

    private static final int HOUSEHOLDS_PER_PROJECT = 3;
    /** The simulated households' ethnicity, so that the projects count as ethnic-minority-led. */
    private static final String ETHNICITY = "Xơ Đăng";

    private final TraceContext context;
    private final SimulationScenario scenario;
    private final StartupPlan plan;
    private final SectorCatalogue catalogue;
    private final CommandSink sink;
    private final LocalDate start;
    private final String[][] applicationIds;
    private final String[][] communes;
    private final List<Command> year = new ArrayList<>();

    /** A trace of {@code plan} (already validated against {@code catalogue}) into {@code sink}. */
    public PortfolioTrace(TraceContext context, SimulationScenario scenario, StartupPlan plan,
            SectorCatalogue catalogue, CommandSink sink) {
        this.context = context;
        this.scenario = scenario;
        this.plan = plan;
        this.catalogue = catalogue;
        this.sink = sink;
        this.start = scenario.start();
        this.applicationIds = new String[plan.portfolio().size()][];
        this.communes = new String[plan.portfolio().size()][];
    }

    private LocalDate applied() {
        return start.plusDays(14);
    }

    /**
     * Everything of programme year 1 before the first outcome: funds, calls, participants, applications,
     * approvals, tranches. Checks every line before recording anything.
     */
    public void open() {
        List<PortfolioLine> lines = plan.portfolio();
        Map<String, Money> fundsByCommune = new LinkedHashMap<>();
        Map<String, Money> budgetByUnit = new LinkedHashMap<>();
        int number = 0;
        for (int l = 0; l < lines.size(); l++) {
            PortfolioLine line = lines.get(l);
            applicationIds[l] = new String[line.projects()];
            communes[l] = new String[line.projects()];
            if (line.projects() == 0) {
                continue;
            }
            String field = scenario.section().location() + ".portfolio[" + l + "]";
            if (!line.supportPerProject().isPositive()) {
                throw KetnghiaException.of(CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".supportPerProject",
                        line.supportPerProject(), 1, Long.MAX_VALUE);
            }
            List<String> pilots = pilotCommunes(line, field);
            for (int p = 0; p < line.projects(); p++) {
                number++;
                String commune = pilots.get(p % pilots.size());
                communes[l][p] = commune;
                applicationIds[l][p] = context.id("HS-KN-" + suffix(commune) + "-" + String.format("%03d", number));
                fundsByCommune.merge(commune, line.supportPerProject(), Money::plus);
            }
            budgetByUnit.merge(line.unitCode(), line.supportPerProject().times(line.projects()), Money::plus);
        }
        if (fundsByCommune.isEmpty()) {
            return;
        }
        String firstCommune = fundsByCommune.keySet().iterator().next();
        String province = context.units().ancestorAtLevel(firstCommune, AdminLevel.PROVINCE, start)
                .map(AdministrativeUnit::code).orElse(firstCommune);
        sink.submit(RegisterFundingSource.builder().actor(context.actorFor(province)).unitCode(province)
                .occurredOn(start).sourceId(context.id(SOURCE_ID)).name("Ngân sách tỉnh hỗ trợ khởi nghiệp trong công tác kết nghĩa")
                .kind(FundingSourceKind.STATE_BUDGET).build());
        fundsByCommune.forEach((commune, amount) -> sink.submit(RecordReceipt.builder()
                .actor(context.actorFor(commune)).unitCode(commune).occurredOn(start)
                .receiptId(context.id("thu-khoi-nghiep-" + suffix(commune))).unpledged(true).sourceId(context.id(SOURCE_ID))
                .modelId(StartupModel.ID).amount(amount).build()));
        budgetByUnit.forEach((unit, budget) -> sink.submit(OpenCall.builder().actor(context.actorFor(unit))
                .unitCode(unit).occurredOn(start).callId(callId(unit))
                .title("Kêu gọi hồ sơ hỗ trợ khởi nghiệp năm " + start.getYear() + " (" + suffix(unit) + ")")
                .deadline(start.plusMonths(1)).budget(budget).build()));
        for (int l = 0; l < lines.size(); l++) {
            for (int p = 0; p < lines.get(l).projects(); p++) {
                apply(lines.get(l), l, p);
            }
        }
        LocalDate screened = start.plusMonths(1).plusDays(10);
        budgetByUnit.keySet().forEach(unit -> sink.submit(ScreenCall.builder().actor(context.actorFor(unit))
                .unitCode(unit).occurredOn(screened).callId(callId(unit)).build()));
        forEachProject((line, l, p) -> sink.submit(approval(line, l, p)));
        forEachProject((line, l, p) -> sink.submit(tranche(l, p, 1, start.plusMonths(2).plusDays(5),
                item(line).itemId(), line.supportPerProject().split(2).get(0))));
        LocalDate accepted = start.plusMonths(5);
        forEachProject((line, l, p) -> {
            String unit = communeOn(communes[l][p], accepted);
            sink.submit(RecordMilestone.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(accepted)
                    .applicationId(applicationIds[l][p]).milestoneId("m1")
                    .evidence("Biên bản nghiệm thu của UBND xã ngày " + accepted).build());
        });
        forEachProject((line, l, p) -> sink.submit(tranche(l, p, 2, start.plusMonths(5).plusDays(7),
                item(line).itemId(), line.supportPerProject().split(2).get(1))));
    }

    /** A project stopped during programme year {@code programmeYear}: a follow-up saying so and the closure as failed. */
    public void failed(int l, int p, int programmeYear) {
        LocalDate on = start.plusYears(programmeYear - 1L).plusMonths(9);
        String unit = communeOn(communes[l][p], on);
        year.add(RecordFollowUp.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(on)
                .applicationId(applicationIds[l][p]).year(programmeYear).stillOperating(false).revenue(Money.ZERO)
                .jobsCreated(0).jobsForWomen(0).jobsForEthnicMinorities(0).build());
        year.add(CloseProject.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(on)
                .applicationId(applicationIds[l][p]).outcome(ProjectOutcome.FAILED)
                .reasonVi("Ngừng hoạt động trong năm thứ " + programmeYear + " của chương trình (mô phỏng)").build());
    }

    /** A project running at the end of programme year {@code programmeYear} with this year's revenue. */
    public void operating(int l, int p, int programmeYear, double revenue) {
        LocalDate on = start.plusYears(programmeYear - 1L).plusMonths(11).plusDays(14);
        String unit = communeOn(communes[l][p], on);
        year.add(RecordFollowUp.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(on)
                .applicationId(applicationIds[l][p]).year(programmeYear).stillOperating(true)
                .revenue(Money.ofDong(Math.round(revenue))).jobsCreated(0).jobsForWomen(0).jobsForEthnicMinorities(0)
                .build());
    }

    /** Submits the year's commands in date order; after the last year closes the survivors as completed. */
    public void endOfYear(int programmeYear, boolean[][] alive) {
        if (programmeYear == scenario.years()) {
            LocalDate last = start.plusYears(programmeYear).minusDays(1);
            forEachProject((line, l, p) -> {
                if (alive[l][p]) {
                    String unit = communeOn(communes[l][p], last);
                    year.add(CloseProject.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(last)
                            .applicationId(applicationIds[l][p]).outcome(ProjectOutcome.COMPLETED)
                            .reasonVi("Kết thúc chương trình, dự án vẫn đang hoạt động (mô phỏng)").build());
                }
            });
        }
        year.sort(Comparator.comparing(Command::occurredOn));
        sink.submitInOrder(year);
        year.clear();
    }

    private void apply(PortfolioLine line, int l, int p) {
        String commune = communes[l][p];
        Actor actor = context.actorFor(commune);
        String village = context.villageOf(commune);
        LocalDate on = applied();
        String applicationId = applicationIds[l][p];
        String groupId = context.id("NH-" + applicationId.substring(context.idPrefix().length() + "HS-".length()));
        List<String> households = new ArrayList<>();
        RegisterPerson.Builder leader = RegisterPerson.builder();
        for (int k = 0; k < HOUSEHOLDS_PER_PROJECT; k++) {
            String householdId = groupId + "-" + (k + 1);
            households.add(householdId);
            // sex and birth year are a pure function of the id (without the context's prefix), as the
            // recorded programmes have them
            int draw = Math.floorMod(householdId.substring(context.idPrefix().length()).hashCode(), 1_000_000);
            Sex sex = k == 0 || draw % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            int birthYear = 1970 + draw % 30;
            List<HouseholdMember> members = context.participants().householdMembers(householdId, sex, birthYear, 1);
            if (k == 0) {
                leader.actor(actor).unitCode(commune).occurredOn(on).personId(householdId + "-CH")
                        .fullName(members.get(0).fullName()).sex(sex).birthYear(birthYear).ethnicity(ETHNICITY)
                        .addRoles(PersonRole.ENTREPRENEUR);
            }
            sink.submit(RegisterHousehold.builder().actor(actor).unitCode(commune).occurredOn(on).householdId(householdId)
                    .villageCode(village).ethnicity(ETHNICITY).addAllMembers(members).build());
            sink.submit(RecordPovertyStatus.builder().actor(actor).unitCode(commune).occurredOn(on).householdId(householdId)
                    .year(on.getYear()).category(k == 1 ? PovertyCategory.NEAR_POOR : PovertyCategory.POOR)
                    .basis("Danh sách rà soát hộ nghèo, hộ cận nghèo năm " + on.getYear() + " của UBND xã (mô phỏng)")
                    .build());
        }
        RegisterPerson head = leader.build();
        sink.submit(head);
        sink.submit(RegisterOrganisation.builder().actor(actor).unitCode(commune).occurredOn(on).organisationId(groupId)
                .name("Nhóm hộ khởi nghiệp " + groupId).kind(OrganisationKind.HOUSEHOLD_GROUP)
                // the core reads the member set back through a HashSet: record it in that order, or a
                // durable ledger's hash chain breaks when the event is re-read
                .addAllMemberHouseholdIds(new HashSet<>(households)).build());
        Sector sector = catalogue.sector(line.sectorId()).orElseThrow();
        ItemAmount item = item(line);
        sink.submit(SubmitApplication.builder().actor(actor).unitCode(commune).occurredOn(on).applicationId(applicationId)
                .callId(callId(line.unitCode())).applicantKind(ApplicantKind.HOUSEHOLD_GROUP).applicantId(groupId)
                .leaderPersonId(head.personId())
                .sectorId(sector.id()).productId(sector.products().get(0).id()).projectKind(ProjectKind.COMMUNITY)
                .descriptionVi(sector.nameVi() + ": " + sector.products().get(0).nameVi() + " của nhóm hộ " + groupId)
                .addRequestedItems(item)
                .addCounterpart(new CounterpartPledge(ContributionForm.LABOUR, line.supportPerProject().split(2).get(0),
                        "Ngày công của các hộ trong nhóm"))
                .valueChainLink(new ValueChainLink(ValueChainLink.Kind.OFFTAKE, "Hợp tác xã nông nghiệp địa phương",
                        "HĐ liên kết tiêu thụ " + applicationId))
                .certificates(List.of(Certificate.values())).listedHouseholdId(households.get(0)).build());
    }

    private ApproveApplication approval(PortfolioLine line, int l, int p) {
        ItemAmount item = item(line);
        List<Money> halves = line.supportPerProject().split(2);
        LocalDate on = start.plusMonths(2);
        String unit = communeOn(communes[l][p], on);
        return ApproveApplication.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(on)
                .applicationId(applicationIds[l][p]).decisionReference("QĐ phê duyệt " + applicationIds[l][p])
                .addApprovedItems(item).addMilestones(new Milestone("m1", "Hoàn thành trồng, lắp đặt theo dự án"))
                .addTranches(new TranchePlan(1, Optional.empty(), List.of(ItemAmount.of(item.itemId(), halves.get(0)))),
                        new TranchePlan(2, Optional.of("m1"), List.of(ItemAmount.of(item.itemId(), halves.get(1)))))
                .build();
    }

    private DisburseTranche tranche(int l, int p, int number, LocalDate on, String itemId, Money amount) {
        String id = applicationIds[l][p];
        String unit = communeOn(communes[l][p], on);
        return DisburseTranche.builder().actor(context.actorFor(unit)).unitCode(unit).occurredOn(on)
                .applicationId(id).trancheNumber(number).addItems(ItemAmount.of(itemId, amount))
                .expenditureId("chi-" + id + "-" + number).documentReference("PC-" + id + "-" + number).build();
    }

    private ItemAmount item(PortfolioLine line) {
        Sector sector = catalogue.sector(line.sectorId()).orElseThrow();
        List<String> allowed = sector.allowedItemsFor(sector.products().get(0).id());
        return ItemAmount.of(allowed.get(0), line.supportPerProject());
    }

    /**
     * The context's pilot communes with a village that are, or lie within, the line's unit when
     * applications open, in code order.
     */
    private List<String> pilotCommunes(PortfolioLine line, String field) {
        List<String> inside = new ArrayList<>();
        for (String commune : new TreeSet<>(context.villagesByCommune().keySet())) {
            boolean hasVillage = !context.villagesOf(commune).isEmpty();
            if (hasVillage && (commune.equals(line.unitCode())
                    || context.units().isWithin(commune, line.unitCode(), applied()))) {
                inside.add(commune);
            }
        }
        if (inside.isEmpty()) {
            throw KetnghiaException.of(StartupErrorCode.STARTUP_TRACE_NO_PILOT_COMMUNE, field + ".unitCode",
                    line.unitCode(), line.projects());
        }
        return inside;
    }

    /** The commune's own code while it is in force, its successor after a merger. */
    private String communeOn(String commune, LocalDate on) {
        return context.unitInForce(commune, on);
    }

    private String callId(String unit) {
        return context.id("kg-khoi-nghiep-" + suffix(unit).toLowerCase(Locale.ROOT) + "-" + start.getYear());
    }

    private static String suffix(String code) {
        return code.substring(code.lastIndexOf('.') + 1);
    }

    private void forEachProject(ProjectStep step) {
        List<PortfolioLine> lines = plan.portfolio();
        for (int l = 0; l < lines.size(); l++) {
            for (int p = 0; p < lines.get(l).projects(); p++) {
                step.apply(lines.get(l), l, p);
            }
        }
    }

    @FunctionalInterface
    private interface ProjectStep {
        void apply(PortfolioLine line, int l, int p);
    }
}
