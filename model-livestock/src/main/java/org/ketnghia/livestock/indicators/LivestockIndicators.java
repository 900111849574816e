package org.ketnghia.livestock.indicators;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.ketnghia.core.funding.ExpenditureRecorded;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.reporting.Aggregation;
import org.ketnghia.core.reporting.IndicatorDefinition;
import org.ketnghia.core.reporting.IndicatorSource;
import org.ketnghia.core.reporting.IndicatorSources;
import org.ketnghia.core.reporting.IndicatorValue;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;

/**
 * The livestock model's indicators and the sources computing them for the core {@link
 * org.ketnghia.core.reporting.ReportBuilder}. Values are given per commune (the unit of the events)
 * and roll up through the core. Stateless and thread-safe.
 */
public final class LivestockIndicators {

    /** Households receiving animals for the first time in round 1, in the period. */
    public static final IndicatorDefinition HOUSEHOLDS_ROUND_ONE = def("households-round-1",
            "Số hộ được hỗ trợ vòng 1", "Households supported in round 1", "hộ", Aggregation.SUM);
    /** Households receiving animals for the first time in a pass-on round (2, 3, …), in the period. */
    public static final IndicatorDefinition HOUSEHOLDS_PASS_ON_ROUNDS = def("households-pass-on-rounds",
            "Số hộ được nhận quay vòng (vòng 2 trở đi)", "Households supported in pass-on rounds", "hộ",
            Aggregation.SUM);
    /** Animals handed over in round 1, in the period. */
    public static final IndicatorDefinition ANIMALS_RECEIVED = def("animals-received",
            "Số con giống cấp vòng 1", "Animals received in round 1", "con", Aggregation.SUM);
    /** Births in the period. */
    public static final IndicatorDefinition BIRTHS = def("births", "Số con sinh ra", "Births", "con", Aggregation.SUM);
    /** Deaths in the period. */
    public static final IndicatorDefinition DEATHS = def("deaths", "Số con chết", "Deaths", "con", Aggregation.SUM);
    /** Deaths in the period over (alive at the end + deaths in the period). */
    public static final IndicatorDefinition MORTALITY_RATE = def("mortality-rate", "Tỷ lệ chết", "Mortality rate", "%",
            Aggregation.RATIO_OF_SUMS);
    /** Female cattle alive at the period's end. */
    public static final IndicatorDefinition HERD_CATTLE_FEMALE = def("herd-cattle-female", "Đàn bò cái",
            "Female cattle in the herd", "con", Aggregation.SUM);
    /** Male cattle alive at the period's end. */
    public static final IndicatorDefinition HERD_CATTLE_MALE = def("herd-cattle-male", "Đàn bò đực",
            "Male cattle in the herd", "con", Aggregation.SUM);
    /** Female goats alive at the period's end. */
    public static final IndicatorDefinition HERD_GOAT_FEMALE = def("herd-goat-female", "Đàn dê cái",
            "Female goats in the herd", "con", Aggregation.SUM);
    /** Male goats alive at the period's end. */
    public static final IndicatorDefinition HERD_GOAT_MALE = def("herd-goat-male", "Đàn dê đực",
            "Male goats in the herd", "con", Aggregation.SUM);
    /** Animals passed on to the next households in the period. */
    public static final IndicatorDefinition PASS_ONS_DONE = def("pass-ons-done", "Số con đã chuyển giao quay vòng",
            "Animals passed on", "con", Aggregation.SUM);
    /** Obligations open and not yet past their deadline at the period's end. */
    public static final IndicatorDefinition PASS_ONS_DUE = def("pass-ons-due", "Số hộ đến hạn quay vòng",
            "Pass-on obligations due", "hộ", Aggregation.SUM);
    /** Obligations open past their deadline at the period's end. */
    public static final IndicatorDefinition PASS_ONS_OVERDUE = def("pass-ons-overdue", "Số hộ quá hạn quay vòng",
            "Pass-on obligations overdue", "hộ", Aggregation.SUM);
    /** Obligations fulfilled over obligations whose deadline has passed or that were fulfilled, at the end. */
    public static final IndicatorDefinition PASS_ON_RATE = def("pass-on-rate", "Tỷ lệ quay vòng đúng hạn",
            "Pass-on rate", "%", Aggregation.RATIO_OF_SUMS);
    /** Living animals at the configured unit prices, at the period's end. */
    public static final IndicatorDefinition HERD_VALUE = def("herd-value", "Giá trị đàn giống", "Value of the herd",
            "đồng", Aggregation.SUM);
    /** Money the commune spent on the model in the period (plan versus actual through the report's plan). */
    public static final IndicatorDefinition SPENDING = def("spending", "Kinh phí đã chi", "Money spent", "đồng",
            Aggregation.SUM);

    /**
     * Households receiving round-1 cattle for the first time, in the period (the plan: 150 households,
     * 50 per cattle district).
     */
    public static final IndicatorDefinition HOUSEHOLDS_ROUND_ONE_CATTLE = def("households-round-1.cattle",
            "Số hộ được hỗ trợ bò giống sinh sản (vòng 1)", "Households supported with breeding cattle (round 1)", "hộ",
            Aggregation.SUM);
    /**
     * Households receiving round-1 goats for the first time, in the period (the plan: 150 households, 50
     * per goat district).
     */
    public static final IndicatorDefinition HOUSEHOLDS_ROUND_ONE_GOAT = def("households-round-1.goat",
            "Số hộ được hỗ trợ dê giống sinh sản (vòng 1)", "Households supported with breeding goats (round 1)", "hộ",
            Aggregation.SUM);
    /** Cattle handed over in round 1, in the period (the plan: 300 head, 100 per cattle district). */
    public static final IndicatorDefinition ANIMALS_ROUND_ONE_CATTLE = def("animals-round-1.cattle",
            "Số con bò giống sinh sản hỗ trợ (vòng 1)", "Breeding cattle handed over (round 1)", "con", Aggregation.SUM);
    /** Goats handed over in round 1, in the period (the plan: 750 head, 250 per goat district). */
    public static final IndicatorDefinition ANIMALS_ROUND_ONE_GOAT = def("animals-round-1.goat",
            "Số con dê giống sinh sản hỗ trợ (vòng 1)", "Breeding goats handed over (round 1)", "con", Aggregation.SUM);
    /**
     * What the groups' revolving funds hold at the period's end (cash paid instead of animals, less the
     * lots paid from it), per commune of the group.
     */
    public static final IndicatorDefinition REVOLVING_FUND_BALANCE = def("revolving-fund-balance",
            "Số dư quỹ quay vòng của tổ, nhóm hộ", "Balance of the groups' revolving funds", "đồng", Aggregation.SUM);

    private LivestockIndicators() {
    }

    /** Every definition, in report order. */
    public static List<IndicatorDefinition> definitions() {
        return List.of(HOUSEHOLDS_ROUND_ONE, HOUSEHOLDS_PASS_ON_ROUNDS, ANIMALS_RECEIVED, BIRTHS, DEATHS, MORTALITY_RATE,
                HERD_CATTLE_FEMALE, HERD_CATTLE_MALE, HERD_GOAT_FEMALE, HERD_GOAT_MALE, PASS_ONS_DONE, PASS_ONS_DUE,
                PASS_ONS_OVERDUE, PASS_ON_RATE, HERD_VALUE, SPENDING, HOUSEHOLDS_ROUND_ONE_CATTLE,
                HOUSEHOLDS_ROUND_ONE_GOAT, ANIMALS_ROUND_ONE_CATTLE, ANIMALS_ROUND_ONE_GOAT, REVOLVING_FUND_BALANCE);
    }

    /** The sources of every definition; the herd is valued at {@code programme}'s prices. */
    public static List<IndicatorSource> sources(LivestockProgramme programme) {
        requireNonNull(programme, "programme");
        return List.of(
                IndicatorSources.sumOf(HOUSEHOLDS_ROUND_ONE, AnimalsHandedOver.class,
                        e -> e.round() == 1 && e.openedObligationId().isPresent() ? 1 : 0),
                IndicatorSources.sumOf(HOUSEHOLDS_PASS_ON_ROUNDS, AnimalsHandedOver.class,
                        e -> e.round() > 1 && e.openedObligationId().isPresent() ? 1 : 0),
                IndicatorSources.sumOf(ANIMALS_RECEIVED, AnimalsHandedOver.class,
                        e -> e.round() == 1 ? e.earTags().size() : 0),
                new CorrectedCountSource<>(BIRTHS, AnimalBorn.class, AnimalBorn::earTag, BirthReversed.class,
                        BirthReversed::earTag),
                new CorrectedCountSource<>(DEATHS, AnimalDied.class, AnimalDied::earTag, DeathReversed.class,
                        DeathReversed::earTag),
                new HerdSnapshotSource(MORTALITY_RATE, (snapshot, period) -> perCommune(snapshot.herd(),
                        snapshot.deathsInPeriod(), (commune, alive) -> {
                            long deaths = snapshot.deathsInPeriod().getOrDefault(commune, 0L);
                            return IndicatorValue.ratio(deaths, alive + deaths);
                        })),
                herdCount(HERD_CATTLE_FEMALE, Species.CATTLE, AnimalSex.FEMALE),
                herdCount(HERD_CATTLE_MALE, Species.CATTLE, AnimalSex.MALE),
                herdCount(HERD_GOAT_FEMALE, Species.GOAT, AnimalSex.FEMALE),
                herdCount(HERD_GOAT_MALE, Species.GOAT, AnimalSex.MALE),
                IndicatorSources.sumOf(PASS_ONS_DONE, AnimalsHandedOver.class,
                        e -> e.round() > 1 ? e.earTags().size() : 0),
                obligations(PASS_ONS_DUE, status -> status == ObligationStatus.DUE, status -> false),
                obligations(PASS_ONS_OVERDUE, status -> status == ObligationStatus.OVERDUE, status -> false),
                obligations(PASS_ON_RATE, status -> status == ObligationStatus.FULFILLED,
                        status -> status == ObligationStatus.FULFILLED || status == ObligationStatus.OVERDUE),
                new HerdSnapshotSource(HERD_VALUE, (snapshot, period) -> {
                    Map<String, IndicatorValue> values = new HashMap<>();
                    for (Animal animal : snapshot.herd().animals()) {
                        if (animal.isAlive()) {
                            Money price = programme.packageFor(animal.species()).map(SupportPackage::unitPrice)
                                    .orElse(Money.ZERO);
                            values.merge(animal.communeCode(), IndicatorValue.of(price), Aggregation.SUM::combine);
                        }
                    }
                    return values;
                }),
                IndicatorSources.fromEvents(SPENDING, ExpenditureRecorded.class,
                        e -> IndicatorValue.of("livestock".equals(e.modelId()) ? e.amount() : Money.ZERO)),
                householdsRoundOne(HOUSEHOLDS_ROUND_ONE_CATTLE, Species.CATTLE),
                householdsRoundOne(HOUSEHOLDS_ROUND_ONE_GOAT, Species.GOAT),
                IndicatorSources.sumOf(ANIMALS_ROUND_ONE_CATTLE, AnimalsHandedOver.class,
                        e -> e.round() == 1 && e.species() == Species.CATTLE ? e.earTags().size() : 0),
                IndicatorSources.sumOf(ANIMALS_ROUND_ONE_GOAT, AnimalsHandedOver.class,
                        e -> e.round() == 1 && e.species() == Species.GOAT ? e.earTags().size() : 0),
                new HerdSnapshotSource(REVOLVING_FUND_BALANCE, (snapshot, period) -> {
                    Map<String, IndicatorValue> values = new HashMap<>();
                    for (String group : snapshot.herd().groupsWithRevolvingFund()) {
                        snapshot.herd().communeOfGroup(group).ifPresent(commune -> values.merge(commune,
                                IndicatorValue.of(snapshot.herd().revolvingFund(group).balance()), Aggregation.SUM::combine));
                    }
                    return values;
                }));
    }

    /** A household counts once, on the hand-over that opens its obligation (a package in two parts counts once). */
    private static IndicatorSource householdsRoundOne(IndicatorDefinition definition, Species species) {
        return IndicatorSources.sumOf(definition, AnimalsHandedOver.class,
                e -> e.round() == 1 && e.species() == species && e.openedObligationId().isPresent() ? 1 : 0);
    }

    private static IndicatorSource herdCount(IndicatorDefinition definition, Species species, AnimalSex sex) {
        return new HerdSnapshotSource(definition, (snapshot, period) -> {
            Map<String, IndicatorValue> values = new HashMap<>();
            for (Animal animal : snapshot.herd().animals()) {
                if (animal.isAlive() && animal.species() == species && animal.sex() == sex) {
                    values.merge(animal.communeCode(), IndicatorValue.of(1), Aggregation.SUM::combine);
                }
            }
            return values;
        });
    }

    private static IndicatorSource obligations(IndicatorDefinition definition, Predicate<ObligationStatus> counted,
            Predicate<ObligationStatus> denominator) {
        boolean ratio = definition.aggregation() == Aggregation.RATIO_OF_SUMS;
        return new HerdSnapshotSource(definition, (snapshot, period) -> {
            LocalDate end = period.to();
            Map<String, long[]> sums = new HashMap<>();
            for (Obligation obligation : snapshot.herd().obligations()) {
                java.util.Optional<String> commune = snapshot.herd().communeOfGroup(obligation.groupId());
                if (commune.isEmpty()) {
                    continue;
                }
                ObligationStatus status = obligation.statusOn(end);
                long[] sum = sums.computeIfAbsent(commune.get(), key -> new long[2]);
                sum[0] += counted.test(status) ? 1 : 0;
                sum[1] += denominator.test(status) ? 1 : 0;
            }
            Map<String, IndicatorValue> values = new HashMap<>();
            sums.forEach((commune, sum) -> values.put(commune,
                    ratio ? IndicatorValue.ratio(sum[0], sum[1]) : IndicatorValue.of(sum[0])));
            return values;
        });
    }

    private static Map<String, IndicatorValue> perCommune(Herd herd, Map<String, Long> deaths,
            java.util.function.BiFunction<String, Long, IndicatorValue> value) {
        Map<String, Long> alive = new HashMap<>();
        herd.animals().stream().filter(Animal::isAlive).forEach(a -> alive.merge(a.communeCode(), 1L, Long::sum));
        deaths.keySet().forEach(commune -> alive.putIfAbsent(commune, 0L));
        Map<String, IndicatorValue> values = new HashMap<>();
        alive.forEach((commune, count) -> values.put(commune, value.apply(commune, count)));
        return values;
    }

    private static IndicatorDefinition def(String id, String nameVi, String nameEn, String unit, Aggregation aggregation) {
        return new IndicatorDefinition("livestock." + id, nameVi, nameEn, unit, aggregation);
    }
}
