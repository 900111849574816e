package org.ketnghia.startup.screening;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketnghia.core.eligibility.EligibilityDecision;
import org.ketnghia.core.eligibility.EligibilityReason;
import org.ketnghia.core.eligibility.EligibilityRule;
import org.ketnghia.core.eligibility.PriorityRule;
import org.ketnghia.core.eligibility.Ranking;
import org.ketnghia.startup.policy.Certificate;
import org.ketnghia.startup.policy.PriorityPoints;
import org.ketnghia.startup.policy.StartupPolicy;
import org.ketnghia.startup.project.ValueChainLink;

/**
 * The conditions and priorities of start-up support (mục 2.3, 2.4 of the plan and national practice)
 * built from a {@link StartupPolicy}. Each condition gives a reason whether met or not, so an
 * official sees why an application failed. Immutable and thread-safe.
 */
public final class StartupRules {

    /** Rule ids. */
    public static final String LOCAL_PLAN = "startup.local-plan";
    public static final String VALUE_CHAIN = "startup.value-chain";
    public static final String CERTIFICATES = "startup.certificates";
    public static final String REGISTRATION_AND_OFFTAKE = "startup.registration-offtake";
    public static final String PARTICIPATION = "startup.participation";
    public static final String PRIORITY_ETHNIC_MINORITY = "startup.priority.ethnic-minority";
    public static final String PRIORITY_UNION_MEMBER = "startup.priority.union-member";
    public static final String PRIORITY_STUDENT = "startup.priority.student-in-area";
    public static final String PRIORITY_WOMAN_LED = "startup.priority.woman-led";
    public static final String PRIORITY_DISADVANTAGED = "startup.priority.disadvantaged-participants";

    private final StartupPolicy policy;
    private final List<EligibilityRule<ApplicationProfile>> conditions;
    private final List<PriorityRule<ApplicationProfile>> priorities;

    /** The rules of {@code policy}. */
    public StartupRules(StartupPolicy policy) {
        this.policy = requireNonNull(policy, "policy");
        this.conditions = List.of(
                condition(LOCAL_PLAN, this::localPlan),
                condition(VALUE_CHAIN, this::valueChain),
                condition(CERTIFICATES, this::certificates),
                condition(REGISTRATION_AND_OFFTAKE, this::registrationAndOfftake),
                condition(PARTICIPATION, this::participation));
        PriorityPoints points = policy.priorityPoints();
        this.priorities = List.of(
                PriorityRule.of(PRIORITY_ETHNIC_MINORITY, ApplicationProfile.class, points.ethnicMinority(),
                        ApplicationProfile::ethnicMinority, "Ưu tiên người dân tộc thiểu số",
                        "Priority: ethnic-minority applicant", profile -> Map.of()),
                PriorityRule.of(PRIORITY_UNION_MEMBER, ApplicationProfile.class, points.unionMember(),
                        ApplicationProfile::unionMember, "Ưu tiên hội viên, đoàn viên (thanh niên, phụ nữ, nông dân)",
                        "Priority: member of the youth, women's or farmers' union", profile -> Map.of()),
                PriorityRule.of(PRIORITY_STUDENT, ApplicationProfile.class, points.studentInArea(),
                        ApplicationProfile::studentInArea, "Ưu tiên học sinh, sinh viên sinh sống trên địa bàn",
                        "Priority: pupil or student living in the area", profile -> Map.of()),
                PriorityRule.of(PRIORITY_WOMAN_LED, ApplicationProfile.class, points.womanLed(),
                        ApplicationProfile::womanLed, "Ưu tiên phụ nữ khởi nghiệp", "Priority: led by a woman",
                        profile -> Map.of()),
                PriorityRule.of(PRIORITY_DISADVANTAGED, ApplicationProfile.class, points.disadvantagedParticipants(),
                        this::mostlyDisadvantaged,
                        "Ưu tiên dự án có trên " + policy.priorityDisadvantagedPercent()
                                + "% hộ tham gia là hộ nghèo, cận nghèo, mới thoát nghèo, đồng bào dân tộc thiểu số",
                        "Priority: over " + policy.priorityDisadvantagedPercent()
                                + "% of participating households are poor, near-poor, newly escaped or ethnic-minority",
                        profile -> Map.of("participants", Integer.toString(profile.participantHouseholds()),
                                "disadvantaged", Integer.toString(profile.disadvantagedHouseholds()))));
    }

    /** The conditions every application must meet. */
    public List<EligibilityRule<ApplicationProfile>> conditions() {
        return conditions;
    }

    /** The priorities that add points. */
    public List<PriorityRule<ApplicationProfile>> priorities() {
        return priorities;
    }

    /** The ranking of a call: eligible first, then by points, then by application id. */
    public Ranking<ApplicationProfile> ranking() {
        Ranking.Builder<ApplicationProfile> builder = Ranking.builder(ApplicationProfile.class,
                ApplicationProfile::applicationId);
        conditions.forEach(builder::require);
        priorities.forEach(builder::priority);
        return builder.build();
    }

    /** Conditions and priorities as the model's eligibility rules (priorities never exclude). */
    public List<EligibilityRule<?>> asModelRules() {
        List<EligibilityRule<?>> all = new ArrayList<>(conditions);
        priorities.forEach(priority -> all.add(priority.asEligibilityRule()));
        return List.copyOf(all);
    }

    private EligibilityReason localPlan(ApplicationProfile profile) {
        return profile.planningUnit().map(unit -> reason(LOCAL_PLAN, true,
                        "Sản phẩm phù hợp định hướng quy hoạch của " + unit,
                        "The product fits the development plan of " + unit, Map.of("planningUnit", unit)))
                .orElseGet(() -> reason(LOCAL_PLAN, false,
                        "Sản phẩm không có trong định hướng quy hoạch phát triển của địa phương",
                        "The product is not in the local development plan", Map.of()));
    }

    private EligibilityReason valueChain(ApplicationProfile profile) {
        return profile.valueChainLink().map(link -> reason(VALUE_CHAIN, true,
                        "Có liên kết chuỗi giá trị với " + link.partnerName() + " (" + link.agreementReference() + ")",
                        "Linked into a value chain with " + link.partnerName() + " (" + link.agreementReference() + ")",
                        Map.of("partner", link.partnerName(), "kind", link.kind().name())))
                .orElseGet(() -> reason(VALUE_CHAIN, false, "Chưa có hợp đồng liên kết chuỗi giá trị (tiêu thụ hoặc cung ứng)",
                        "No offtake or supply agreement links the project into a value chain", Map.of()));
    }

    private EligibilityReason certificates(ApplicationProfile profile) {
        Set<Certificate> needed = policy.certificatesFor(profile.sectorGroup());
        List<Certificate> missing = needed.stream()
                .filter(certificate -> !profile.certificates().contains(certificate)).sorted().toList();
        if (missing.isEmpty()) {
            return reason(CERTIFICATES, true, "Đã cam kết đảm bảo các quy định về chất lượng, an toàn thực phẩm, "
                    + "an toàn dịch bệnh, môi trường theo yêu cầu của lĩnh vực",
                    "Declares every quality, food-safety, disease-safety and environmental rule its sector needs", Map.of());
        }
        String missingVi = missing.stream().map(certificate -> certificate.label().vi()).collect(Collectors.joining(", "));
        String missingEn = missing.stream().map(certificate -> certificate.label().en()).collect(Collectors.joining(", "));
        return reason(CERTIFICATES, false, "Chưa đảm bảo quy định: " + missingVi, "Missing declarations: " + missingEn,
                Map.of("missing", missing.stream().map(Enum::name).collect(Collectors.joining(","))));
    }

    private EligibilityReason registrationAndOfftake(ApplicationProfile profile) {
        boolean needsRegistration = policy.registrationRequiredFor().contains(profile.applicantKind());
        boolean needsOfftake = policy.offtakeRequiredFor().contains(profile.applicantKind());
        boolean registered = profile.registration().isPresent();
        boolean offtake = profile.valueChainLink().filter(link -> link.kind() == ValueChainLink.Kind.OFFTAKE).isPresent();
        List<String> missingVi = new ArrayList<>();
        List<String> missingEn = new ArrayList<>();
        if (needsRegistration && !registered) {
            missingVi.add("đăng ký kinh doanh");
            missingEn.add("a business registration");
        }
        if (needsOfftake && !offtake) {
            missingVi.add("liên kết tiêu thụ sản phẩm");
            missingEn.add("an offtake link");
        }
        String kindVi = profile.applicantKind().label().vi();
        String kindEn = profile.applicantKind().label().en();
        if (missingVi.isEmpty()) {
            return reason(REGISTRATION_AND_OFFTAKE, true,
                    needsRegistration || needsOfftake ? kindVi + " có đăng ký kinh doanh và liên kết tiêu thụ"
                            : kindVi + " không bắt buộc đăng ký kinh doanh",
                    needsRegistration || needsOfftake ? kindEn + " has a business registration and an offtake link"
                            : kindEn + " needs no business registration", Map.of());
        }
        return reason(REGISTRATION_AND_OFFTAKE, false, kindVi + " còn thiếu " + String.join(" và ", missingVi),
                kindEn + " lacks " + String.join(" and ", missingEn), Map.of());
    }

    private EligibilityReason participation(ApplicationProfile profile) {
        int households = profile.participantHouseholds();
        int beneficiaries = profile.beneficiaryHouseholds();
        Map<String, String> facts = Map.of("participants", Integer.toString(households), "beneficiaries",
                Integer.toString(beneficiaries));
        if (households == 0) {
            return reason(PARTICIPATION, true, "Dự án không có hộ tham gia: không áp dụng tỷ lệ hộ hưởng lợi",
                    "No participating households: the beneficiary share does not apply", facts);
        }
        int minimum = policy.minimumBeneficiaryPercent();
        boolean met = (long) beneficiaries * 100 >= (long) minimum * households;
        return reason(PARTICIPATION, met,
                beneficiaries + "/" + households + " hộ tham gia là đối tượng hưởng lợi của chương trình (yêu cầu tối thiểu "
                        + minimum + "%)",
                beneficiaries + " of " + households + " participating households are programme beneficiaries (at least "
                        + minimum + "% required)", facts);
    }

    private boolean mostlyDisadvantaged(ApplicationProfile profile) {
        return profile.participantHouseholds() > 0 && (long) profile.disadvantagedHouseholds() * 100
                > (long) policy.priorityDisadvantagedPercent() * profile.participantHouseholds();
    }

    private static EligibilityReason reason(String id, boolean met, String vi, String en, Map<String, String> facts) {
        return new EligibilityReason(id, met, vi, en, facts);
    }

    private static EligibilityRule<ApplicationProfile> condition(String id,
            Function<ApplicationProfile, EligibilityReason> evaluation) {
        return new EligibilityRule<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Class<ApplicationProfile> subjectType() {
                return ApplicationProfile.class;
            }

            @Override
            public EligibilityDecision evaluate(ApplicationProfile subject) {
                return EligibilityDecision.of(evaluation.apply(requireNonNull(subject, "subject")));
            }
        };
    }
}
