package org.ketnghia.livestock.simulation;

import static java.util.Objects.requireNonNull;

import org.ketnghia.livestock.simulation.internal.DominantEigenvalue;

/**
 * The deterministic monthly cohort (birth-flow) projection of a herd from one founder female
 * (<i>dự báo tất định theo nhóm tuổi</i>), and its asymptotic annual growth rate λ.
 *
 * <p><b>Convention</b> (the birth-flow census of DYNMOD, mmage, GLEAM and LIVSIM, as DOMAIN.md states
 * it). The state is the expected number of females {@code n_a(t)} and males {@code m_a(t)} of age class
 * {@code a} months ({@code 0 ≤ a < cull age c}) at the census at the start of month {@code t}; class 0
 * holds the animals born during the previous month. One founder female of age {@code founderAgeMonths}
 * at {@code t = 0}. Each month:
 * <ol>
 *   <li>the females alive at the census at or past the age at first parturition {@code A} give birth:
 *       {@code B(t) = d · Σ_{a ≥ A} n_a(t)} daughters and {@code B(t)·(1 − φ)/φ} sons, with {@code d =
 *       (1 / I) · L̄ · φ}, {@code I} the parturition interval in months, {@code L̄} the mean litter size
 *       and {@code φ} the female fraction at birth;</li>
 *   <li>the animals alive at the census survive the month with {@code s(a) = (1 − q(a))^(1/12)},
 *       {@code q(a)} the annual mortality of their class (young {@code a < 12}, yearling {@code 12 ≤ a <
 *       36}, adult), and age by one month; one reaching the cull age {@code c} leaves the herd;</li>
 *   <li>the newborns enter the next census in class 0, with no mortality step before it.</li>
 * </ol>
 * Hence {@code n_0(t+1) = d · Σ_{a ≥ A} n_a(t)}, {@code m_0(t+1) = n_0(t+1)·(1 − φ)/φ} and {@code
 * n_(a+1)(t+1) = s(a)·n_a(t)} for {@code a+1 < c}. The monthly projection matrix {@code M} ({@code c ×
 * c}, ages {@code 0 … c−1}) has {@code M[0][a] = d} for {@code a ≥ A} and {@code M[a+1][a] = s(a)}; no
 * class is transient. The asymptotic monthly rate is its dominant eigenvalue {@code λ_m} ({@link
 * DominantEigenvalue}); the annual rate is {@code λ = λ_m^12}. Values "at the end of year {@code y}"
 * are the census at the start of month {@code 12y}. Sales, herd caps and pass-on are not part of the
 * projection.
 *
 * <p>Immutable and thread-safe.
 */
public final class CohortProjection {

    private final DemographyParameters parameters;
    private final double fertilityFactor;
    private final int cull;
    private final double[] survival;
    private final double daughters;
    private final double sons;

    private CohortProjection(DemographyParameters parameters, double fertilityFactor) {
        this.parameters = parameters.validated();
        this.fertilityFactor = fertilityFactor;
        this.cull = parameters.cullAgeMonths();
        this.survival = new double[cull];
        for (int a = 0; a < cull; a++) {
            survival[a] = parameters.monthlySurvival(a);
        }
        double phi = parameters.femaleFractionAtBirth();
        double births = parameters.meanLitterSize() / parameters.parturitionIntervalMonths() * fertilityFactor;
        this.daughters = births * phi;
        this.sons = births * (1 - phi);
    }

    /** The projection of {@code parameters}. */
    public static CohortProjection of(DemographyParameters parameters) {
        return new CohortProjection(requireNonNull(parameters, "parameters"), 1.0);
    }

    /** The projection with fertility multiplied by {@code factor} every month (e.g. a lasting drought). */
    public static CohortProjection of(DemographyParameters parameters, double factor) {
        return new CohortProjection(requireNonNull(parameters, "parameters"), factor);
    }

    /** The parameters projected. */
    public DemographyParameters parameters() {
        return parameters;
    }

    /**
     * Runs the projection of one founder female for {@code months} months.
     *
     * @return expected animals per founder at the start of each month {@code 0 … months}
     */
    public Result project(int months) {
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative");
        }
        double[] n = new double[cull];
        double[] m = new double[cull];
        n[parameters.founderAgeMonths()] = 1;
        double[] females = new double[months + 1];
        double[] males = new double[months + 1];
        females[0] = 1;
        int first = parameters.ageAtFirstParturitionMonths();
        for (int t = 0; t < months; t++) {
            double breeding = 0;
            for (int a = first; a < cull; a++) {
                breeding += n[a];
            }
            double bornF = daughters * breeding;
            double bornM = sons * breeding;
            for (int a = cull - 1; a >= 1; a--) {
                int from = a - 1;
                n[a] = survival[from] * n[from];
                m[a] = survival[from] * m[from];
            }
            n[0] = bornF;
            m[0] = bornM;
            double sf = 0;
            double sm = 0;
            for (int a = 0; a < cull; a++) {
                sf += n[a];
                sm += m[a];
            }
            females[t + 1] = sf;
            males[t + 1] = sm;
        }
        return new Result(females, males);
    }

    /** The monthly projection matrix {@code M} of the class comment, {@code M[row][column]}. */
    public double[][] monthlyMatrix() {
        double[][] matrix = new double[cull][cull];
        for (int a = 0; a + 1 < cull; a++) {
            matrix[a + 1][a] = survival[a];
        }
        for (int a = parameters.ageAtFirstParturitionMonths(); a < cull; a++) {
            matrix[0][a] = daughters;
        }
        return matrix;
    }

    /** The dominant eigenvalue {@code λ_m} of {@link #monthlyMatrix()}, by power iteration. */
    public double monthlyLambda() {
        return DominantEigenvalue.powerIteration(monthlyMatrix(), 1e-15, 5_000_000);
    }

    /** The asymptotic annual growth rate {@code λ = λ_m^12}. */
    public double annualLambda() {
        return Math.pow(monthlyLambda(), 12);
    }

    /**
     * {@code λ_m} again, from the Euler–Lotka equation {@code 1 = Σ_{a ≥ A} d · l_a · λ_m^−(a+1)} with
     * {@code l_0 = 1}, {@code l_a = s(0)⋯s(a−1)} (the matrix is a Leslie matrix: fertilities {@code d} in
     * the first row from age {@code A}, survivals on the sub-diagonal): an independent check of {@link
     * #monthlyLambda()}.
     */
    public double monthlyLambdaByEulerLotka() {
        double[] fertility = new double[cull];
        double[] surv = new double[cull - 1];
        for (int a = 0; a < cull; a++) {
            if (a >= parameters.ageAtFirstParturitionMonths()) {
                fertility[a] = daughters;
            }
            if (a < cull - 1) {
                surv[a] = survival[a];
            }
        }
        return DominantEigenvalue.leslieRoot(fertility, surv);
    }

    /**
     * Expected animals per founder female.
     *
     * @param femalesByMonth expected females at the start of month {@code t}, {@code t = 0 … months}
     * @param malesByMonth expected males likewise
     */
    public record Result(double[] femalesByMonth, double[] malesByMonth) {

        /** Expected females at the end of programme year {@code year} (start of month 12·year). */
        public double femalesAtYear(int year) {
            return femalesByMonth[12 * year];
        }

        /** Expected animals of both sexes at the end of programme year {@code year}. */
        public double animalsAtYear(int year) {
            return femalesByMonth[12 * year] + malesByMonth[12 * year];
        }
    }
}
