package org.ketnghia.livestock.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.simulation.SimulationScenario;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.DistrictPlan;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;
import org.ketnghia.livestock.simulation.DemographyParameters;
import org.ketnghia.livestock.simulation.Shock;
import org.ketnghia.livestock.simulation.SimulationSettings;

/**
 * A scenario's plan bound to tables the monthly step reads by index: per district its species,
 * founders, demography and prices; per group its district, pilot commune and round-1 households;
 * per programme year and district the monthly birth probability, and per age the monthly death and
 * exit probabilities (competing risks, shocks applied). Compiled once per scenario; immutable and
 * shared by every replicate.
 */
public final class CompiledPlan {

    final SimulationScenario scenario;
    final LivestockProgramme programme;
    final PassOnPolicy policy;
    final int years;
    // per district
    final int districts;
    final String[] districtCodes;
    final Species[] species;
    final int[] headPerHousehold;
    final int[] founderAge;
    final int[] firstParturition;
    final int[] cullAge;
    final int[] herdCap;
    final double[] femaleFraction;
    final double[][] litterCumulative;
    /** [district][young female, young male, adult female, adult male] in đồng. */
    final long[][] price;
    // per programme year (0-based), district and age in months
    final double[][] birthProbability;
    final double[][][] deathFemale;
    final double[][][] deathMale;
    final double[][][] exitMale;
    // the pass-on policy
    final boolean passOn;
    final boolean sales;
    final PassOnKind kind;
    /** -1 any sex, 1 female, 0 male. */
    final int requiredSex;
    final int ordinal;
    final int count;
    final int minimumAge;
    final int deadline;
    final boolean writeOff;
    // per group
    final int groups;
    final int[] groupDistrict;
    final String[] groupCommune;
    final int[] groupRoundOne;
    /** Households waiting in each group's queue after round 1; 0 = as many as needed. */
    final int waitingCap;

    private CompiledPlan(SimulationScenario scenario, LivestockProgramme programme, SimulationSettings settings) {
        this.scenario = scenario;
        this.programme = programme;
        this.policy = settings.policy();
        this.years = scenario.years();
        List<DistrictPlan> plans = programme.districts();
        districts = plans.size();
        districtCodes = new String[districts];
        species = new Species[districts];
        headPerHousehold = new int[districts];
        founderAge = new int[districts];
        firstParturition = new int[districts];
        cullAge = new int[districts];
        herdCap = new int[districts];
        femaleFraction = new double[districts];
        litterCumulative = new double[districts][];
        price = new long[districts][4];
        birthProbability = new double[years][districts];
        deathFemale = new double[years][districts][];
        deathMale = new double[years][districts][];
        exitMale = new double[years][districts][];
        passOn = settings.passOn();
        sales = settings.sales();
        kind = policy.kind();
        requiredSex = policy.offspringSex().map(sex -> sex == AnimalSex.FEMALE ? 1 : 0).orElse(-1);
        ordinal = policy.offspringOrdinal();
        count = policy.count();
        minimumAge = policy.minimumAgeMonths();
        deadline = policy.deadlineMonths();
        writeOff = policy.deathHandling() == DeathHandling.CERTIFIED_WRITE_OFF;
        waitingCap = settings.waitingHouseholdsPerGroup();
        int totalGroups = 0;
        for (DistrictPlan plan : plans) {
            totalGroups += Math.max(1, plan.pilotCommunes().size());
        }
        groups = totalGroups;
        groupDistrict = new int[groups];
        groupCommune = new String[groups];
        groupRoundOne = new int[groups];
        compileGroups(plans);
        for (int d = 0; d < districts; d++) {
            compileDistrict(d, plans.get(d), settings);
        }
    }

    /**
     * Compiles {@code programme} for {@code scenario} under {@code settings}.
     *
     * @throws KetnghiaException {@link LivestockErrorCode#LIVESTOCK_PLAN_INVALID} if a district's species
     *     has no package, a demography is invalid, or the policy's offspring ordinal is above {@value
     *     HerdState#MAX_ORDINAL}
     */
    public static CompiledPlan compile(SimulationScenario scenario, LivestockProgramme programme,
            SimulationSettings settings) {
        requireNonNull(scenario, "scenario");
        requireNonNull(programme, "programme");
        requireNonNull(settings, "settings");
        if (settings.policy().offspringOrdinal() > HerdState.MAX_ORDINAL) {
            throw KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "policy.offspringOrdinal",
                    "the simulator counts offspring ordinals up to " + HerdState.MAX_ORDINAL);
        }
        return new CompiledPlan(scenario, programme, settings);
    }

    /** The scenario compiled. */
    public SimulationScenario scenario() {
        return scenario;
    }

    /** Round-1 households are shared out over the district's groups, the first groups taking the rest. */
    private void compileGroups(List<DistrictPlan> plans) {
        int g = 0;
        for (int d = 0; d < plans.size(); d++) {
            List<String> communes = plans.get(d).pilotCommunes();
            int groupsHere = Math.max(1, communes.size());
            int households = plans.get(d).targetHouseholds();
            for (int j = 0; j < groupsHere; j++) {
                groupDistrict[g] = d;
                groupCommune[g] = communes.isEmpty() ? plans.get(d).districtCode() : communes.get(j);
                groupRoundOne[g] = households / groupsHere + (j < households % groupsHere ? 1 : 0);
                g++;
            }
        }
    }

    private void compileDistrict(int d, DistrictPlan plan, SimulationSettings settings) {
        districtCodes[d] = plan.districtCode();
        species[d] = plan.prioritySpecies();
        DemographyParameters p = settings.demography().parameters(plan.districtCode(), plan.prioritySpecies())
                .validated();
        SupportPackage supportPackage = programme.packageFor(plan.prioritySpecies()).orElseThrow(
                () -> KetnghiaException.of(LivestockErrorCode.LIVESTOCK_PLAN_INVALID, "packages",
                        "no package for " + plan.prioritySpecies()));
        headPerHousehold[d] = supportPackage.headPerHousehold();
        founderAge[d] = p.founderAgeMonths();
        firstParturition[d] = p.ageAtFirstParturitionMonths();
        cullAge[d] = p.cullAgeMonths();
        herdCap[d] = settings.sales() ? p.herdCap() : 0;
        femaleFraction[d] = p.femaleFractionAtBirth();
        double[] cumulative = new double[p.litterSize().size()];
        double sum = 0;
        for (int k = 0; k < cumulative.length; k++) {
            sum += p.litterSize().get(k);
            cumulative[k] = sum;
        }
        cumulative[cumulative.length - 1] = 1.0;
        litterCumulative[d] = cumulative;
        price[d][0] = p.priceYoungFemale().dong();
        price[d][1] = p.priceYoungMale().dong();
        price[d][2] = p.priceAdultFemale().dong();
        price[d][3] = p.priceAdultMale().dong();
        double offtakeHazard = settings.sales() ? -Math.log(1 - p.maleOfftakeRate()) / 12 : 0;
        for (int y = 1; y <= years; y++) {
            double fertility = 1;
            double extraHazard = 0;
            for (Shock shock : settings.shocks()) {
                if (shock.applies(plan.districtCode(), y)) {
                    fertility *= shock.fertilityFactor();
                    extraHazard += -Math.log(1 - shock.extraMortality()) / 12;
                }
            }
            birthProbability[y - 1][d] = Math.min(1, fertility / p.parturitionIntervalMonths());
            int cull = p.cullAgeMonths();
            double[] femaleDeath = new double[cull];
            double[] maleDeath = new double[cull];
            double[] maleExit = new double[cull];
            for (int a = 0; a < cull; a++) {
                double deathHazard = -Math.log(1 - p.annualMortality(a)) / 12 + extraHazard;
                double sale = a >= DemographyParameters.YOUNG_UNTIL_MONTHS ? offtakeHazard : 0;
                femaleDeath[a] = 1 - Math.exp(-deathHazard);
                double total = deathHazard + sale;
                double exit = 1 - Math.exp(-total);
                maleDeath[a] = total == 0 ? 0 : exit * deathHazard / total;
                maleExit[a] = exit;
            }
            deathFemale[y - 1][d] = femaleDeath;
            deathMale[y - 1][d] = maleDeath;
            exitMale[y - 1][d] = maleExit;
        }
    }

    /** The price of an animal of district {@code d} by sex and age, in đồng. */
    long price(int d, boolean female, int ageMonths) {
        boolean young = ageMonths < DemographyParameters.YOUNG_UNTIL_MONTHS;
        return price[d][(young ? 0 : 2) + (female ? 0 : 1)];
    }
}
