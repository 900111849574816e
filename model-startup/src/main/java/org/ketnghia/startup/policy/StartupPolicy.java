package org.ketnghia.startup.policy;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.poverty.PovertyCategory;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.catalogue.SectorGroup;
import org.ketnghia.startup.internal.StartupJson;

/**
 * The configurable rules of start-up support, from national practice <i>(check against the rules
 * in force)</i>: which poverty categories count as programme beneficiaries, the participation
 * rule (at least {@code minimumBeneficiaryPercent} % of participating households are
 * beneficiaries) and its priority threshold (more than {@code priorityDisadvantagedPercent} % poor,
 * near-poor, newly escaped or ethnic-minority), the state-share ceilings, who needs a business
 * registration and an offtake link, which declared certificates each sector group needs, and the
 * priority points. {@link #nationalPractice()} reads the shipped {@code startup-policy.json}, which
 * names no province; a host reads its own with {@link #read}. Immutable and thread-safe.
 *
 * @param description what the file is, for people
 * @param beneficiaryCategories the poverty categories of programme beneficiaries
 * @param minimumBeneficiaryPercent the participation rule's minimum, 0 to 100
 * @param priorityDisadvantagedPercent the priority threshold (strictly above), 0 to 100
 * @param stateShareCeilings one ceiling for every project kind and area difficulty
 * @param registrationRequiredFor applicant kinds that need a business registration
 * @param offtakeRequiredFor applicant kinds that need an offtake link (<i>liên kết tiêu thụ</i>)
 * @param requiredCertificates the declarations each sector group needs
 * @param priorityPoints points per priority
 */
public record StartupPolicy(String description, Set<PovertyCategory> beneficiaryCategories,
        int minimumBeneficiaryPercent, int priorityDisadvantagedPercent, List<StateShareCeiling> stateShareCeilings,
        Set<ApplicantKind> registrationRequiredFor, Set<ApplicantKind> offtakeRequiredFor,
        Map<SectorGroup, Set<Certificate>> requiredCertificates, PriorityPoints priorityPoints) {

    /** The class-path resource of the national-practice policy. */
    public static final String NATIONAL_PRACTICE_RESOURCE = "/org/ketnghia/startup/startup-policy.json";

    /**
     * Validates the policy, listing every problem.
     *
     * @throws KetnghiaException if a percentage is out of range or a ceiling is missing or repeated
     */
    public StartupPolicy {
        description = description == null ? "" : description;
        beneficiaryCategories = beneficiaryCategories == null ? Set.of() : Set.copyOf(beneficiaryCategories);
        stateShareCeilings = stateShareCeilings == null ? List.of() : List.copyOf(stateShareCeilings);
        registrationRequiredFor = registrationRequiredFor == null ? Set.of() : Set.copyOf(registrationRequiredFor);
        offtakeRequiredFor = offtakeRequiredFor == null ? Set.of() : Set.copyOf(offtakeRequiredFor);
        requiredCertificates = requiredCertificates == null ? Map.of() : Map.copyOf(requiredCertificates);
        requireNonNull(priorityPoints, "priorityPoints");
        Problems problems = new Problems();
        problems.check(minimumBeneficiaryPercent < 0 || minimumBeneficiaryPercent > 100,
                CoreErrorCode.VALUE_OUT_OF_RANGE, "minimumBeneficiaryPercent", minimumBeneficiaryPercent, 0, 100);
        problems.check(priorityDisadvantagedPercent < 0 || priorityDisadvantagedPercent > 100,
                CoreErrorCode.VALUE_OUT_OF_RANGE, "priorityDisadvantagedPercent", priorityDisadvantagedPercent, 0, 100);
        for (int i = 0; i < stateShareCeilings.size(); i++) {
            StateShareCeiling ceiling = stateShareCeilings.get(i);
            problems.check(ceiling.percent() < 1 || ceiling.percent() > 100, CoreErrorCode.VALUE_OUT_OF_RANGE,
                    "stateShareCeilings[" + i + "].percent", ceiling.percent(), 1, 100);
        }
        for (ProjectKind kind : ProjectKind.values()) {
            for (AreaDifficulty area : AreaDifficulty.values()) {
                long count = stateShareCeilings.stream()
                        .filter(c -> c.projectKind() == kind && c.areaDifficulty() == area).count();
                problems.check(count != 1, StartupErrorCode.STARTUP_CONFIG_INVALID, "stateShareCeilings",
                        "need exactly one ceiling for " + kind + " in " + area + ", found " + count);
            }
        }
        problems.throwIfAny();
    }

    /** The shipped policy from national practice (no province's data; check against the rules in force). */
    public static StartupPolicy nationalPractice() {
        return Holder.NATIONAL_PRACTICE;
    }

    /**
     * A policy read from JSON (closed afterwards).
     *
     * @throws KetnghiaException with every problem found
     */
    public static StartupPolicy read(InputStream json, String sourceName) {
        return StartupJson.read(json, StartupPolicy.class, sourceName);
    }

    /** The state-share ceiling in percent for a project kind in an area. */
    public int ceilingPercent(ProjectKind kind, AreaDifficulty area) {
        return stateShareCeilings.stream().filter(c -> c.projectKind() == kind && c.areaDifficulty() == area)
                .findFirst().orElseThrow().percent();
    }

    /**
     * The least counterpart that lets the state pay {@code stateShare} of a project of that kind in
     * that area: {@code stateShare × (100 − ceiling) / ceiling}, rounded up to the đồng.
     */
    public Money minimumCounterpart(Money stateShare, ProjectKind kind, AreaDifficulty area) {
        requireNonNull(stateShare, "stateShare");
        int ceiling = ceilingPercent(kind, area);
        long numerator = Math.multiplyExact(stateShare.dong(), 100L - ceiling);
        return Money.ofDong(Math.floorDiv(numerator + ceiling - 1, ceiling));
    }

    /** The declarations a sector group needs. */
    public Set<Certificate> certificatesFor(SectorGroup group) {
        Set<Certificate> needed = requiredCertificates.get(group);
        return needed == null ? Set.of() : Set.copyOf(needed);
    }

    private static final class Holder {
        static final StartupPolicy NATIONAL_PRACTICE = read(requireNonNull(
                StartupPolicy.class.getResourceAsStream(NATIONAL_PRACTICE_RESOURCE), NATIONAL_PRACTICE_RESOURCE),
                NATIONAL_PRACTICE_RESOURCE);
    }
}
