package org.ketnghia.livestock.programme;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.funding.BudgetEstimate;
import org.ketnghia.core.funding.BudgetLine;
import org.ketnghia.core.json.KetnghiaJson;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.spi.PlanSection;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;

/**
 * The livestock model's configuration for one programme (<i>kế hoạch mô hình chăn nuôi bò, dê sinh
 * sản</i>): support packages per species and the districts with their priority species, pilot
 * communes, targets and exceptions. It is the JSON of the model's {@link PlanSection}.
 *
 * <p>Immutable and thread-safe. {@link #problems(AdministrativeRegistry)} lists every problem;
 * {@link #estimateBudget()} computes the budget, never reads it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLivestockProgramme.class)
@JsonDeserialize(as = ImmutableLivestockProgramme.class)
public abstract class LivestockProgramme {

    private static final String RESOURCE = "/org/ketnghia/livestock/quang-nam-2021.json";

    /** The date the plan's units are read on (districts existed until 30 June 2025). */
    public abstract LocalDate planDate();

    /** One support package per species. */
    public abstract List<SupportPackage> packages();

    /** The districts of the model. */
    public abstract List<DistrictPlan> districts();

    /** Fewest pilot communes a district chooses. */
    @Value.Default
    public int minimumPilotCommunes() {
        return 1;
    }

    /** Most pilot communes a district chooses. */
    @Value.Default
    public int maximumPilotCommunes() {
        return 2;
    }

    /**
     * The Quảng Nam 2021 plan, section II.1: 300 cattle / 150 households, 750 goats / 150 households —
     * the reference data that tests and examples name explicitly; no model falls back to it.
     */
    public static LivestockProgramme quangNam2021() {
        return Holder.QUANG_NAM;
    }

    /**
     * Reads a configuration from JSON.
     *
     * @throws KetnghiaException {@link CoreErrorCode#JSON_UNREADABLE} if it does not fit
     */
    public static LivestockProgramme fromJson(InputStream json, ObjectMapper mapper) {
        try {
            return mapper.readValue(requireNonNull(json, "json"), LivestockProgramme.class);
        } catch (IOException e) {
            throw KetnghiaException.of(CoreErrorCode.JSON_UNREADABLE, "", e.getMessage());
        }
    }

    /**
     * Binds a plan section (see {@link PlanSection#bind}): how a host builds the programme of {@code new
     * LivestockModel(programme)} from its programme file's livestock section.
     *
     * @throws KetnghiaException if the section does not fit
     */
    public static LivestockProgramme fromSection(PlanSection section, ObjectMapper mapper) {
        return requireNonNull(section, "section").bind(LivestockProgramme.class, mapper);
    }

    /** The package of {@code species}, if configured. */
    public Optional<SupportPackage> packageFor(Species species) {
        return packages().stream().filter(p -> p.species() == species).findFirst();
    }

    /**
     * Head of {@code species} one household receives in round 1: the configured package's, else the
     * plan's ({@link SupportPackage#planHeadPerHousehold}).
     */
    public int headPerHousehold(Species species) {
        return packageFor(species).map(SupportPackage::headPerHousehold)
                .orElseGet(() -> SupportPackage.planHeadPerHousehold(species));
    }

    /** The plan of {@code districtCode}, if it takes part. */
    public Optional<DistrictPlan> district(String districtCode) {
        return districts().stream().filter(d -> d.districtCode().equals(districtCode)).findFirst();
    }

    /** The recorded exception letting {@code communeCode} raise {@code species}, if any. */
    public Optional<SpeciesException> exception(String communeCode, Species species) {
        return districts().stream().flatMap(d -> d.exceptions().stream())
                .filter(e -> e.communeCode().equals(communeCode) && e.species() == species).findFirst();
    }

    /** Total households targeted for {@code species} (by the districts giving it priority). */
    public int targetHouseholds(Species species) {
        return districts().stream().filter(d -> d.prioritySpecies() == species).mapToInt(DistrictPlan::targetHouseholds)
                .sum();
    }

    /** Total head targeted for {@code species}. */
    public int targetHead(Species species) {
        return districts().stream().filter(d -> d.prioritySpecies() == species).mapToInt(DistrictPlan::targetHead).sum();
    }

    /**
     * Every problem of the configuration against {@code units}: a package per species used, positive
     * figures, units that exist on the plan date, pilot communes inside their district and within
     * the allowed count, targets equal to households × head per household, non-blank justifications.
     */
    public List<Problem> problems(AdministrativeRegistry units) {
        requireNonNull(units, "units");
        Problems problems = new Problems();
        Set<Species> packaged = new HashSet<>();
        for (int i = 0; i < packages().size(); i++) {
            SupportPackage supportPackage = packages().get(i);
            String field = "packages[" + i + "]";
            if (!packaged.add(supportPackage.species())) {
                problems.add(CoreErrorCode.VALUE_DUPLICATE, field + ".species", supportPackage.species());
            }
            problems.check(supportPackage.headPerHousehold() < 1, LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                    field + ".headPerHousehold", "head per household must be at least 1");
            problems.check(!supportPackage.unitPrice().isPositive(), LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                    field + ".unitPrice", "unit price must be positive");
        }
        Set<String> districtsSeen = new HashSet<>();
        for (int i = 0; i < districts().size(); i++) {
            checkDistrict(districts().get(i), "districts[" + i + "]", units, districtsSeen, problems);
        }
        return problems.list();
    }

    private void checkDistrict(DistrictPlan district, String field, AdministrativeRegistry units,
            Set<String> districtsSeen, Problems problems) {
        if (!districtsSeen.add(district.districtCode())) {
            problems.add(CoreErrorCode.VALUE_DUPLICATE, field + ".districtCode", district.districtCode());
        }
        problems.check(units.unitAsOf(district.districtCode(), planDate()).isEmpty(), CoreErrorCode.VALUE_UNKNOWN,
                field + ".districtCode", district.districtCode());
        int communes = district.pilotCommunes().size();
        problems.check(communes < minimumPilotCommunes() || communes > maximumPilotCommunes(),
                CoreErrorCode.VALUE_OUT_OF_RANGE, field + ".pilotCommunes", communes, minimumPilotCommunes(),
                maximumPilotCommunes());
        for (int c = 0; c < communes; c++) {
            String commune = district.pilotCommunes().get(c);
            problems.check(!units.isWithin(commune, district.districtCode(), planDate()),
                    LivestockErrorCode.LIVESTOCK_PLAN_INVALID, field + ".pilotCommunes[" + c + "]",
                    "commune " + commune + " is not in district " + district.districtCode());
        }
        problems.check(district.targetHouseholds() < 1, LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                field + ".targetHouseholds", "target households must be at least 1");
        Optional<SupportPackage> supportPackage = packageFor(district.prioritySpecies());
        if (supportPackage.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, field + ".prioritySpecies",
                    "no support package for " + district.prioritySpecies());
        } else {
            long expected = (long) district.targetHouseholds() * supportPackage.get().headPerHousehold();
            problems.check(district.targetHead() != expected, LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                    field + ".targetHead", "target head " + district.targetHead() + " differs from "
                            + district.targetHouseholds() + " households × " + supportPackage.get().headPerHousehold()
                            + " head = " + expected);
        }
        for (int e = 0; e < district.exceptions().size(); e++) {
            SpeciesException exception = district.exceptions().get(e);
            String exceptionField = field + ".exceptions[" + e + "]";
            problems.check(exception.justification().isBlank(), CoreErrorCode.VALUE_BLANK,
                    exceptionField + ".justification");
            problems.check(!units.isWithin(exception.communeCode(), district.districtCode(), planDate()),
                    LivestockErrorCode.LIVESTOCK_PLAN_INVALID, exceptionField + ".communeCode",
                    "commune " + exception.communeCode() + " is not in district " + district.districtCode());
            problems.check(exception.species() == district.prioritySpecies(), LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                    exceptionField + ".species", "an exception must name another species than the priority");
        }
    }

    /**
     * The budget: per district, the target head of its priority species at the package's unit
     * price. For the Quảng Nam plan 3 × 100 × 20 M + 3 × 250 × 4 M = 9,000,000,000 đồng.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} if a district's
     *     species has no package
     */
    public BudgetEstimate estimateBudget() {
        List<BudgetLine> lines = new ArrayList<>();
        for (DistrictPlan district : districts()) {
            SupportPackage supportPackage = packageFor(district.prioritySpecies())
                    .orElseThrow(() -> KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID,
                            "prioritySpecies", "no support package for " + district.prioritySpecies()));
            boolean cattle = district.prioritySpecies() == Species.CATTLE;
            lines.add(new BudgetLine(district.districtCode(), cattle ? "Bò giống sinh sản" : "Dê giống sinh sản",
                    cattle ? "Breeding cattle" : "Breeding goats", district.targetHead(), supportPackage.unitPrice()));
        }
        return new BudgetEstimate("livestock", lines);
    }

    /** The budget for {@code species} only. */
    public Money budgetFor(Species species) {
        return packageFor(species).map(p -> p.unitPrice().times(targetHead(species))).orElse(Money.ZERO);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LivestockProgramme}. */
    public static final class Builder extends ImmutableLivestockProgramme.Builder {
    }

    private static final class Holder {
        static final LivestockProgramme QUANG_NAM = load();

        private static LivestockProgramme load() {
            try (InputStream in = LivestockProgramme.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return fromJson(in, KetnghiaJson.newObjectMapper());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
