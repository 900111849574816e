package org.ketnghia.examples.host;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.core.twinning.ModelChoiceCheck;
import org.ketnghia.core.twinning.ModelChoiceViolation;
import org.ketnghia.core.twinning.RegisterSponsor;
import org.ketnghia.core.twinning.SignAgreement;
import org.ketnghia.core.twinning.Sponsor;
import org.ketnghia.core.twinning.TwinningAgreement;
import org.ketnghia.core.twinning.TwoOfFourRule;
import org.ketnghia.core.value.VietnameseText;
import org.ketnghia.examples.programme.PlanError;
import org.ketnghia.examples.programme.ProgrammeFile;
import org.ketnghia.examples.programme.ProgrammePlan;

/**
 * The checks of a programme file before anything is recorded: units exist and nest, ids are unique
 * and known, the sponsors of each commune together choose at least 2 of the 4 standard models (<i>ít nhất
 * 02 trong 04 mô hình</i>, the core's {@link TwoOfFourRule}), nothing predates the plan's legal bases, the
 * coordinating body is not a sponsor, targets name declared indicators, pledges are positive and received no more than pledged, every model section is valid
 * for its model and budgets, and no model is pledged more than its budget. Every problem is listed
 * with its place in the file.
 */
public final class PlanChecks {

    private final ProgrammeHost host;
    private final ProgrammeFile file;
    private final ProgrammePlan plan;
    private final List<PlanError> errors = new ArrayList<>();
    private final Map<String, BudgetEstimate> budgets = new LinkedHashMap<>();

    private PlanChecks(ProgrammeHost host) {
        this.host = host;
        this.file = host.file();
        this.plan = host.plan();
    }

    /** Checks the host's plan. */
    public static PlanChecks check(ProgrammeHost host) {
        PlanChecks checks = new PlanChecks(host);
        checks.run();
        return checks;
    }

    /** Every problem found; empty if the plan is valid. */
    public List<PlanError> errors() {
        return List.copyOf(errors);
    }

    /** The budget estimate of each model that has a section and a budget, in plan order. */
    public Map<String, BudgetEstimate> budgets() {
        return java.util.Collections.unmodifiableMap(budgets);
    }

    private void run() {
        AdministrativeRegistry units = host.units();
        ProgrammePlan.Programme programme = plan.programme();
        java.time.LocalDate start = programme.start();
        check(start == null, "programme.start", "PLAN_VALUE_REQUIRED", "Thiếu ngày bắt đầu", "The start date is missing");
        check(programme.years() < 1 || programme.years() > 10, "programme.years", "PLAN_VALUE_OUT_OF_RANGE",
                "Số năm phải từ 1 đến 10", "Years must be 1 to 10");
        check(programme.provinceCode() == null || units.unit(programme.provinceCode()).isEmpty(), "programme.provinceCode",
                "PLAN_UNKNOWN_UNIT", "Không có đơn vị hành chính " + programme.provinceCode(),
                "There is no administrative unit " + programme.provinceCode());
        if (start == null) {
            return;
        }
        Set<String> districtCodes = new HashSet<>();
        for (int d = 0; d < plan.districts().size(); d++) {
            ProgrammePlan.District district = plan.districts().get(d);
            String path = "districts[" + d + "]";
            if (!unitExists(district.code(), path + ".code")) {
                continue;
            }
            check(!districtCodes.add(district.code()), path + ".code", "PLAN_DUPLICATE", "Huyện bị lặp: " + district.code(),
                    "District listed twice: " + district.code());
            for (int c = 0; c < district.pilotCommunes().size(); c++) {
                String communeCode = district.pilotCommunes().get(c).code();
                String communePath = path + ".pilotCommunes[" + c + "].code";
                check(units.unit(communeCode).isPresent() && !units.isWithin(communeCode, district.code(), start),
                        communePath, "PLAN_COMMUNE_OUTSIDE_DISTRICT",
                        "Xã " + communeCode + " không thuộc huyện " + district.code(),
                        "Commune " + communeCode + " is not in district " + district.code());
            }
        }
        Set<String> sponsorIds = new HashSet<>();
        for (int s = 0; s < plan.sponsors().size(); s++) {
            ProgrammePlan.SponsorEntry sponsor = plan.sponsors().get(s);
            String path = "sponsors[" + s + "]";
            check(sponsor.id() == null || sponsor.id().isBlank(), path + ".id", "PLAN_VALUE_REQUIRED", "Thiếu mã đơn vị kết nghĩa",
                    "The sponsor id is missing");
            check(sponsor.id() != null && !sponsorIds.add(sponsor.id()), path + ".id", "PLAN_DUPLICATE",
                    "Mã đơn vị kết nghĩa bị lặp: " + sponsor.id(), "Sponsor id used twice: " + sponsor.id());
            check(sponsor.name() == null || sponsor.name().isBlank(), path + ".name", "PLAN_VALUE_REQUIRED",
                    "Thiếu tên đơn vị kết nghĩa", "The sponsor's name is missing");
            check(sponsor.kind() == null, path + ".kind", "PLAN_VALUE_REQUIRED", "Thiếu loại đơn vị kết nghĩa",
                    "The sponsor's kind is missing");
            sponsor.localityUnitCode().ifPresent(code -> unitExists(code, path + ".localityUnitCode"));
        }
        Set<String> installed = new HashSet<>();
        host.runtime().models().forEach(model -> installed.add(model.id()));
        Set<String> agreementIds = new HashSet<>();
        for (int a = 0; a < plan.agreements().size(); a++) {
            ProgrammePlan.AgreementEntry agreement = plan.agreements().get(a);
            String path = "agreements[" + a + "]";
            check(agreement.id() == null || !agreementIds.add(agreement.id()), path + ".id", "PLAN_DUPLICATE",
                    "Mã thỏa thuận thiếu hoặc bị lặp: " + agreement.id(), "Agreement id missing or used twice: " + agreement.id());
            unitExists(agreement.recipientUnitCode(), path + ".recipientUnitCode");
            check(agreement.signedOn() == null, path + ".signedOn", "PLAN_VALUE_REQUIRED", "Thiếu ngày ký", "The signing date is missing");
            check(agreement.sponsorIds().isEmpty(), path + ".sponsorIds", "PLAN_VALUE_REQUIRED",
                    "Thỏa thuận phải có ít nhất một đơn vị kết nghĩa", "An agreement needs at least one sponsor");
            for (int s = 0; s < agreement.sponsorIds().size(); s++) {
                String id = agreement.sponsorIds().get(s);
                check(!sponsorIds.contains(id), path + ".sponsorIds[" + s + "]", "PLAN_UNKNOWN_SPONSOR",
                        "Không có đơn vị kết nghĩa " + id, "There is no sponsor " + id);
            }
            for (int m = 0; m < agreement.modelIds().size(); m++) {
                String id = agreement.modelIds().get(m);
                check(!installed.contains(id), path + ".modelIds[" + m + "]", "PLAN_UNKNOWN_MODEL",
                        "Không có mô hình " + id, "There is no pilot model " + id);
            }
        }
        checkModelChoice();
        Map<String, Money> pledgedByModel = new LinkedHashMap<>();
        Map<String, String> firstPledgePath = new LinkedHashMap<>();
        Set<String> pledgeIds = new HashSet<>();
        for (int p = 0; p < plan.pledges().size(); p++) {
            ProgrammePlan.PledgeEntry pledge = plan.pledges().get(p);
            String path = "pledges[" + p + "]";
            check(pledge.id() == null || !pledgeIds.add(pledge.id()), path + ".id", "PLAN_DUPLICATE",
                    "Mã cam kết thiếu hoặc bị lặp: " + pledge.id(), "Pledge id missing or used twice: " + pledge.id());
            check(!sponsorIds.contains(pledge.sponsorId()), path + ".sponsorId", "PLAN_UNKNOWN_SPONSOR",
                    "Không có đơn vị kết nghĩa " + pledge.sponsorId(), "There is no sponsor " + pledge.sponsorId());
            unitExists(pledge.communeCode(), path + ".communeCode");
            check(!installed.contains(pledge.modelId()), path + ".modelId", "PLAN_UNKNOWN_MODEL",
                    "Không có mô hình " + pledge.modelId(), "There is no pilot model " + pledge.modelId());
            check(pledge.pledgedOn() == null, path + ".pledgedOn", "PLAN_VALUE_REQUIRED", "Thiếu ngày cam kết",
                    "The pledge date is missing");
            if (pledge.amount() == null || !pledge.amount().isPositive()) {
                check(true, path + ".amount", "PLAN_AMOUNT_NOT_POSITIVE", "Số tiền cam kết phải lớn hơn 0",
                        "The pledged amount must be positive");
                continue;
            }
            pledgedByModel.merge(pledge.modelId(), pledge.amount(), Money::plus);
            firstPledgePath.putIfAbsent(pledge.modelId(), path + ".amount");
            Money received = Money.ZERO;
            for (int r = 0; r < pledge.receipts().size(); r++) {
                ProgrammePlan.ReceiptEntry receipt = pledge.receipts().get(r);
                String receiptPath = path + ".receipts[" + r + "]";
                check(receipt.amount() == null || !receipt.amount().isPositive(), receiptPath + ".amount",
                        "PLAN_AMOUNT_NOT_POSITIVE", "Số tiền tiếp nhận phải lớn hơn 0", "A receipt must be positive");
                check(receipt.receivedOn() == null || pledge.pledgedOn() != null && receipt.receivedOn().isBefore(pledge.pledgedOn()),
                        receiptPath + ".receivedOn", "PLAN_RECEIPT_BEFORE_PLEDGE",
                        "Ngày tiếp nhận thiếu hoặc trước ngày cam kết", "The receipt date is missing or before the pledge");
                if (receipt.amount() != null) {
                    received = received.plus(receipt.amount());
                }
            }
            check(received.isGreaterThan(pledge.amount()), path + ".receipts", "PLAN_RECEIVED_MORE_THAN_PLEDGED",
                    "Đã tiếp nhận " + received.toVietnamese() + ", nhiều hơn cam kết " + pledge.amount().toVietnamese(),
                    "Received " + received.toEnglish() + ", more than the pledged " + pledge.amount().toEnglish());
        }
        checkDatesAfterLegalBases();
        checkCoordinator();
        checkTargetsAndNorms();
        for (String modelId : plan.models().keySet()) {
            check(!installed.contains(modelId), "models." + modelId, "PLAN_UNKNOWN_MODEL",
                    "Không có mô hình " + modelId + " trong ứng dụng", "No pilot model " + modelId + " is installed");
        }
        for (PilotModel model : host.runtime().models()) {
            host.section(model.id()).ifPresent(section -> estimate(model, section));
        }
        pledgedByModel.forEach((modelId, pledged) -> {
            BudgetEstimate budget = budgets.get(modelId);
            check(budget != null && pledged.isGreaterThan(budget.total()), firstPledgePath.get(modelId),
                    "PLAN_PLEDGED_MORE_THAN_BUDGET",
                    "Tổng cam kết cho mô hình " + modelId + " (" + pledged.toVietnamese() + ") vượt dự toán "
                            + (budget == null ? "" : budget.total().toVietnamese()),
                    "Pledges for model " + modelId + " (" + pledged.toEnglish() + ") exceed its budget "
                            + (budget == null ? "" : budget.total().toEnglish()));
        });
    }

    /**
     * The plan's rule, as the core states it ({@link TwoOfFourRule}): the sponsors twinned with one commune
     * choose, together, at least 2 of the 4 models. The agreements are signed in a scratch ledger of the
     * core's own features (those that cannot be, for problems reported above, are left out) and the rule is
     * checked there, on the day the last of them is signed; a commune that falls short is reported at the
     * model list of its first agreement.
     */
    private void checkModelChoice() {
        java.util.Optional<java.time.LocalDate> lastSigned = plan.agreements().stream().map(ProgrammePlan.AgreementEntry::signedOn)
                .filter(java.util.Objects::nonNull).max(java.time.LocalDate::compareTo);
        if (lastSigned.isEmpty()) {
            return;
        }
        java.time.LocalDate day = lastSigned.get();
        java.time.LocalDate firstSigned = plan.agreements().stream().map(ProgrammePlan.AgreementEntry::signedOn)
                .min(java.time.LocalDate::compareTo).orElse(day);
        KetnghiaRuntime scratch = KetnghiaRuntime.builder().administrativeUnits(host.units())
                .clock(java.time.Clock.fixed(day.plusDays(1).atStartOfDay(KetnghiaRuntime.VIETNAM).toInstant(), KetnghiaRuntime.VIETNAM))
                .build();
        Set<String> registered = new HashSet<>();
        for (ProgrammePlan.SponsorEntry sponsor : plan.sponsors()) {
            try {
                scratch.ledger().submit(RegisterSponsor.builder().actor(ProgrammeHost.PROVINCE).unitCode(plan.programme().provinceCode())
                        .occurredOn(firstSigned).sponsor(Sponsor.builder().id(sponsor.id()).name(sponsor.name()).kind(sponsor.kind()).build())
                        .build());
                registered.add(sponsor.id());
            } catch (KetnghiaException | NullPointerException | IllegalStateException invalid) {
                // reported by the sponsor checks above
            }
        }
        for (ProgrammePlan.AgreementEntry agreement : plan.agreements()) {
            List<String> sponsors = agreement.sponsorIds().stream().filter(registered::contains).toList();
            if (sponsors.isEmpty() || agreement.signedOn() == null || agreement.id() == null) {
                continue;
            }
            try {
                scratch.ledger().submit(SignAgreement.builder().actor(ProgrammeHost.PROVINCE).unitCode(plan.programme().provinceCode())
                        .occurredOn(agreement.signedOn()).agreement(TwinningAgreement.builder().id(agreement.id())
                                .recipientUnitCode(agreement.recipientUnitCode()).validFrom(agreement.signedOn())
                                .sponsorIds(sponsors).modelIds(agreement.modelIds()).build())
                        .build());
            } catch (KetnghiaException | NullPointerException | IllegalStateException invalid) {
                // reported by the agreement checks above (unknown unit, missing models …)
            }
        }
        ModelChoiceCheck check = TwoOfFourRule.standard().check(scratch.ledger(), day);
        for (ModelChoiceViolation violation : check.violations()) {
            int first = 0;
            for (int a = 0; a < plan.agreements().size(); a++) {
                if (violation.agreementIds().contains(plan.agreements().get(a).id())) {
                    first = a;
                    break;
                }
            }
            errors.add(file.error("agreements[" + first + "].modelIds", "PLAN_TWO_OF_FOUR", violation.messageVi(),
                    violation.messageEn()));
        }
    }

    /**
     * Nothing of the programme predates the acts it rests on: the start, the agreements (as agreed for this
     * plan) and the pledges come on or after the latest legal basis (for the Quảng Nam plan, Tờ trình
     * 938/TTr-BDT of 14 December 2021).
     */
    private void checkDatesAfterLegalBases() {
        ProgrammePlan.Programme programme = plan.programme();
        for (int i = 0; i < programme.legalBases().size(); i++) {
            ProgrammePlan.LegalBasis basis = programme.legalBases().get(i);
            String path = "programme.legalBases[" + i + "]";
            check(basis.act() == null || basis.act().isBlank(), path + ".act", "PLAN_VALUE_REQUIRED", "Thiếu số hiệu văn bản",
                    "The act's number is missing");
            check(basis.issuedOn() == null, path + ".issuedOn", "PLAN_VALUE_REQUIRED", "Thiếu ngày ban hành văn bản",
                    "The act's date is missing");
        }
        programme.latestLegalBasis().ifPresent(basis -> {
            checkNotBefore(programme.start(), basis, "programme.start");
            for (int a = 0; a < plan.agreements().size(); a++) {
                checkNotBefore(plan.agreements().get(a).signedOn(), basis, "agreements[" + a + "].signedOn");
            }
            for (int p = 0; p < plan.pledges().size(); p++) {
                checkNotBefore(plan.pledges().get(p).pledgedOn(), basis, "pledges[" + p + "].pledgedOn");
            }
        });
    }

    private void checkNotBefore(java.time.LocalDate date, java.time.LocalDate basis, String path) {
        check(date != null && date.isBefore(basis), path, "PLAN_DATE_BEFORE_LEGAL_BASIS",
                "Ngày " + date + " trước căn cứ pháp lý mới nhất của kế hoạch (" + basis + ")",
                "The date " + date + " is before the plan's latest legal basis (" + basis + ")");
    }

    /** The coordinating body (<i>cơ quan thường trực</i>, e.g. Ban Dân tộc tỉnh) is not a sponsor. */
    private void checkCoordinator() {
        String coordinator = plan.programme().coordinator();
        if (coordinator == null || coordinator.isBlank()) {
            return;
        }
        for (int s = 0; s < plan.sponsors().size(); s++) {
            String name = plan.sponsors().get(s).name();
            check(name != null && VietnameseText.fold(name).equals(VietnameseText.fold(coordinator)), "sponsors[" + s + "].name",
                    "PLAN_COORDINATOR_AS_SPONSOR", coordinator + " là cơ quan thường trực của kế hoạch, không phải đơn vị kết nghĩa",
                    coordinator + " coordinates the programme; it is not a sponsor");
        }
    }

    /** Targets name indicators the installed models (or the host) declare; norms and settlement dates are sound. */
    private void checkTargetsAndNorms() {
        ProgrammePlan.Programme programme = plan.programme();
        Set<String> indicators = new HashSet<>();
        ProgrammeReports.hostIndicators().forEach(definition -> indicators.add(definition.id()));
        host.runtime().models().forEach(model -> model.indicators().forEach(definition -> indicators.add(definition.id())));
        Set<String> targets = new HashSet<>();
        for (int t = 0; t < programme.targets().size(); t++) {
            ProgrammePlan.TargetEntry target = programme.targets().get(t);
            String path = "programme.targets[" + t + "]";
            check(target.indicatorId() == null || !indicators.contains(target.indicatorId()), path + ".indicatorId",
                    "PLAN_UNKNOWN_INDICATOR", "Không có chỉ tiêu " + target.indicatorId() + " trong các mô hình đã cài",
                    "No installed model declares indicator " + target.indicatorId());
            check(!targets.add(target.indicatorId() + "@" + target.unitCode()), path, "PLAN_DUPLICATE",
                    "Chỉ tiêu bị lặp: " + target.indicatorId(), "Target listed twice: " + target.indicatorId());
            check(target.value() <= 0, path + ".value", "PLAN_AMOUNT_NOT_POSITIVE", "Giá trị chỉ tiêu phải lớn hơn 0",
                    "A target must be positive");
            if (target.unitCode() != null) {
                unitExists(target.unitCode(), path + ".unitCode");
            }
        }
        for (int n = 0; n < programme.norms().size(); n++) {
            ProgrammePlan.NormEntry norm = programme.norms().get(n);
            String path = "programme.norms[" + n + "]";
            check(norm.key() == null || norm.key().isBlank(), path + ".key", "PLAN_VALUE_REQUIRED", "Thiếu mã định mức",
                    "The norm's key is missing");
            check(norm.amount() == null || !norm.amount().isPositive(), path + ".amount", "PLAN_AMOUNT_NOT_POSITIVE",
                    "Định mức phải lớn hơn 0", "A norm must be positive");
            check(norm.legalBasis() == null || norm.legalBasis().isBlank(), path + ".legalBasis", "PLAN_VALUE_REQUIRED",
                    "Thiếu căn cứ của định mức", "The norm's legal basis is missing");
        }
        java.time.LocalDate previous = programme.start();
        for (int e = 0; e < programme.settlementPeriodEnds().size(); e++) {
            java.time.LocalDate end = programme.settlementPeriodEnds().get(e);
            check(end == null || !end.isAfter(previous) || !end.isBefore(programme.lastDay()), "programme.settlementPeriodEnds[" + e + "]",
                    "PLAN_SETTLEMENT_PERIOD", "Kỳ quyết toán phải kết thúc sau kỳ trước và trước ngày cuối của kế hoạch",
                    "A settlement period must end after the previous one and before the programme's last day");
            if (end != null) {
                previous = end;
            }
        }
    }

    private void estimate(PilotModel model, PlanSection section) {
        try {
            model.estimateBudget(section, host.runtime().context()).ifPresent(budget -> budgets.put(model.id(), budget));
        } catch (KetnghiaException e) {
            for (Problem problem : e.problems()) {
                String field = problem.field() == null || problem.field().isEmpty() ? section.location()
                        : problem.field().startsWith("models.") ? problem.field() : section.location() + "." + problem.field();
                errors.add(file.error(field, problem.code().name(), problem.messageVi(), problem.messageEn()));
            }
        } catch (RuntimeException e) {
            errors.add(file.error(section.location(), "PLAN_MODEL_SECTION_INVALID",
                    "Phần kế hoạch của mô hình " + model.id() + " không hợp lệ: " + e.getMessage(),
                    "The section of model " + model.id() + " is invalid: " + e.getMessage()));
        }
    }

    private boolean unitExists(String code, String path) {
        boolean exists = code != null && host.units().unit(code).isPresent();
        check(!exists, path, "PLAN_UNKNOWN_UNIT", "Không có đơn vị hành chính " + code, "There is no administrative unit " + code);
        return exists;
    }

    private void check(boolean broken, String path, String code, String messageVi, String messageEn) {
        if (broken) {
            errors.add(file.error(path, code, messageVi, messageEn));
        }
    }
}
