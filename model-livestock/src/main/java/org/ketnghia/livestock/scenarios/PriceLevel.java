package org.ketnghia.livestock.scenarios;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;

/**
 * A price level (<i>mức giá</i>): a multiplier applied to every price of a demography — young and
 * adult, female and male, every species, the defaults and every district's override — each result
 * rounded to a whole đồng (half up), so money stays exact. Prices only value the herd; they drive no
 * birth, death or sale in the simulator, so a price level changes the herd value and nothing else.
 *
 * <p>Immutable and thread-safe. The grid checks the multiplier ({@link ScenarioGrid}).
 */
@Value.Immutable
public abstract class PriceLevel {

    /** The level's name, e.g. {@code "1.2"}: unique in its grid. */
    public abstract String name();

    /** The multiplier, e.g. {@code 1.2}; must be in (0, 100]. */
    public abstract BigDecimal multiplier();

    /** The label in Vietnamese, e.g. {@code "giá × 1,2"}. */
    @Value.Default
    public String labelVi() {
        return "giá × " + multiplier().stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A level named after its multiplier ({@code of("0.8")} and {@code of("0.80")} are named {@code "0.8"}).
     *
     * @throws NumberFormatException if {@code multiplier} is not a decimal number
     */
    public static PriceLevel of(String multiplier) {
        BigDecimal value = new BigDecimal(requireNonNull(multiplier, "multiplier"));
        return builder().name(value.stripTrailingZeros().toPlainString()).multiplier(value).build();
    }

    /** {@code demography} with every price multiplied by {@link #multiplier()}, rounded to whole đồng. */
    public Demography apply(Demography demography) {
        requireNonNull(demography, "demography");
        if (multiplier().compareTo(BigDecimal.ONE) == 0) {
            return demography;
        }
        Map<String, List<DemographyParameters>> districts = new LinkedHashMap<>();
        demography.districts().forEach((code, list) -> districts.put(code, scaled(list)));
        return new Demography(scaled(demography.defaults()), districts);
    }

    /** {@code price} times the multiplier, rounded half up to a whole đồng. */
    public Money scale(Money price) {
        return Money.ofDong(new BigDecimal(requireNonNull(price, "price").dong()).multiply(multiplier())
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private List<DemographyParameters> scaled(List<DemographyParameters> list) {
        List<DemographyParameters> out = new ArrayList<>(list.size());
        for (DemographyParameters p : list) {
            out.add(new DemographyParameters(p.species(), p.ageAtFirstParturitionMonths(),
                    p.parturitionIntervalMonths(), p.litterSize(), p.femaleFractionAtBirth(), p.mortalityYoung(),
                    p.mortalityYearling(), p.mortalityAdult(), p.cullAgeMonths(), p.founderAgeMonths(),
                    p.maleOfftakeRate(), p.herdCap(), scale(p.priceYoungFemale()), scale(p.priceYoungMale()),
                    scale(p.priceAdultFemale()), scale(p.priceAdultMale())));
        }
        return out;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PriceLevel}. */
    public static final class Builder extends ImmutablePriceLevel.Builder {
    }
}
