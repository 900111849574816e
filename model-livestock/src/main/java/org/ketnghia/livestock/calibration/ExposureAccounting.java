package org.ketnghia.livestock.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalSale;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.simulation.Demography;
import org.ketnghia.livestock.simulation.DemographyParameters;

/**
 * Counts, census by census, the animals at risk and what happened to them (the census convention of
 * {@link HerdCalibration}). One use, confined to one thread.
 */
final class ExposureAccounting {

    /** An animal's census months: the first, the last counted, the date its age counts from, its exit month. */
    private record LifeLine(Animal animal, YearMonth first, YearMonth last, LocalDate ageFrom, YearMonth exit,
            boolean bornInProgramme) {

        int ageAt(YearMonth census) {
            return (int) Math.max(0, ChronoUnit.MONTHS.between(ageFrom, census.atDay(1)));
        }

        boolean counted(YearMonth census) {
            return !census.isBefore(first) && !census.isAfter(last);
        }
    }

    private final RecordedHerd recorded;
    private final AdministrativeRegistry units;
    private final CalibrationSelection selection;
    private final Demography assumed;
    private final YearMonth lastCensus;
    private final Map<String, Optional<String>> districtOfGroup = new HashMap<>();
    private final Map<String, Boolean> groupSelected = new HashMap<>();
    private final Map<Species, SpeciesTally> tallies = new EnumMap<>(Species.class);
    private final Map<String, LifeLine> lines = new HashMap<>();

    ExposureAccounting(RecordedHerd recorded, AdministrativeRegistry units, CalibrationSelection selection,
            LocalDate asOf, Demography assumed) {
        this.recorded = recorded;
        this.units = units;
        this.selection = selection;
        this.assumed = assumed;
        // the last census whose month is wholly observed by asOf
        YearMonth month = YearMonth.from(asOf);
        this.lastCensus = asOf.equals(asOf.with(TemporalAdjusters.lastDayOfMonth())) ? month : month.minusMonths(1);
    }

    /** The tallies per species that had any animal-month, in species order. */
    Map<Species, SpeciesTally> count() {
        for (Animal animal : recorded.herd.animals()) {
            lifeLine(animal).ifPresent(line -> {
                lines.put(animal.earTag(), line);
                countMonths(line);
            });
        }
        countLitters();
        Map<Species, SpeciesTally> used = new EnumMap<>(Species.class);
        tallies.forEach((species, tally) -> {
            if (!tally.monthsByDistrict.isEmpty()) {
                used.put(species, tally);
            }
        });
        return used;
    }

    private Optional<LifeLine> lifeLine(Animal animal) {
        LocalDate entered = recorded.enteredOn.get(animal.earTag());
        if (entered == null || animal.status() == AnimalStatus.REJECTED) {
            return Optional.empty();
        }
        boolean born = animal.motherTag().isPresent() && !animal.birthEstimated();
        // born during month t: class 0 at the census of t+1; bought or replaced: counted from its first census on
        // or after the day it came, at the age recorded on delivery
        YearMonth first = born ? YearMonth.from(animal.bornOn()).plusMonths(1)
                : entered.getDayOfMonth() == 1 ? YearMonth.from(entered) : YearMonth.from(entered).plusMonths(1);
        LocalDate ageFrom = born ? first.atDay(1) : animal.bornOn();
        YearMonth exit = null;
        if (!animal.isAlive() && YearMonth.from(animal.statusSince()).compareTo(lastCensus) <= 0) {
            exit = YearMonth.from(animal.statusSince());
        }
        YearMonth last = exit != null ? exit : lastCensus;
        return Optional.of(new LifeLine(animal, first, last, ageFrom, exit, born));
    }

    private void countMonths(LifeLine line) {
        Animal animal = line.animal();
        for (YearMonth census = line.first(); !census.isAfter(line.last()); census = census.plusMonths(1)) {
            String group = recorded.groupOn(animal, census.atDay(1));
            if (!selected(group)) {
                continue;
            }
            String district = districtOfGroup(group).orElse("");
            DemographyParameters parameters = parameters(district, animal.species());
            SpeciesTally tally = tallies.computeIfAbsent(animal.species(), SpeciesTally::new);
            int age = line.ageAt(census);
            long[] cell = tally.cell(animal.sex(), AgeClass.of(age));
            cell[SpeciesTally.MONTHS]++;
            tally.monthsByDistrict.merge(district, 1L, Long::sum);
            if (animal.sex() == AnimalSex.FEMALE) {
                if (age >= parameters.ageAtFirstParturitionMonths()) {
                    tally.femaleMonthsAtRisk++;
                }
                if (line.bornInProgramme()) {
                    tally.bornFemaleMonthsByAge.merge(age, 1L, Long::sum);
                }
            }
            if (census.equals(line.exit())) {
                cell[exitCounter(animal, age, parameters)]++;
            }
        }
    }

    /** Which counter an exit goes to: a death, a loss, or a sale by its reason. */
    private int exitCounter(Animal animal, int age, DemographyParameters parameters) {
        if (animal.status() == AnimalStatus.DEAD) {
            return SpeciesTally.DEATHS;
        }
        if (animal.status() == AnimalStatus.LOST) {
            return SpeciesTally.LOSSES;
        }
        String buyer = recorded.herd.sale(animal.earTag()).map(AnimalSale::buyer).orElse("")
                .toLowerCase(Locale.ROOT);
        if (buyer.contains("loại thải")) {
            return SpeciesTally.CULLS;
        }
        if (buyer.contains("vượt mức") || buyer.contains("bán bớt")) {
            return SpeciesTally.SURPLUS;
        }
        boolean offtakeAge = animal.sex() == AnimalSex.MALE && age >= DemographyParameters.YOUNG_UNTIL_MONTHS;
        if (offtakeAge && buyer.contains("xuất bán đực")) {
            return SpeciesTally.OFFTAKE;
        }
        if (age + 1 >= parameters.cullAgeMonths()) {
            return SpeciesTally.CULLS;
        }
        return offtakeAge ? SpeciesTally.OFFTAKE : SpeciesTally.OTHER_SALES;
    }

    private void countLitters() {
        // a litter: the young of one mother born in one month (corrections applied: a reversed birth is gone)
        Map<String, TreeMap<YearMonth, List<Animal>>> littersOfMother = new HashMap<>();
        for (Animal young : recorded.herd.animals()) {
            if (young.motherTag().isPresent() && !young.birthEstimated()) {
                littersOfMother.computeIfAbsent(young.motherTag().get(), key -> new TreeMap<>())
                        .computeIfAbsent(YearMonth.from(young.bornOn()), key -> new ArrayList<>()).add(young);
            }
        }
        littersOfMother.forEach((motherTag, litters) -> {
            LifeLine mother = lines.get(motherTag);
            if (mother == null) {
                return;
            }
            boolean first = true;
            for (Map.Entry<YearMonth, List<Animal>> litter : litters.entrySet()) {
                countLitter(mother, litter.getKey(), litter.getValue(), first);
                first = false;
            }
        });
    }

    private void countLitter(LifeLine mother, YearMonth month, List<Animal> young, boolean firstLitter) {
        if (!mother.counted(month)) {
            return;
        }
        String group = recorded.groupOn(mother.animal(), month.atDay(1));
        if (!selected(group)) {
            return;
        }
        SpeciesTally tally = tallies.computeIfAbsent(mother.animal().species(), SpeciesTally::new);
        int age = mother.ageAt(month);
        DemographyParameters parameters = parameters(districtOfGroup(group).orElse(""), mother.animal().species());
        if (age >= parameters.ageAtFirstParturitionMonths()) {
            tally.parturitions++;
        }
        tally.littersBySize[Math.min(young.size(), 3) - 1]++;
        tally.young += young.size();
        tally.femaleYoung += young.stream().filter(animal -> animal.sex() == AnimalSex.FEMALE).count();
        if (firstLitter && mother.bornInProgramme()) {
            tally.firstParturitionAges.add(age);
        }
    }

    private DemographyParameters parameters(String district, Species species) {
        return district.isEmpty() ? assumed.defaultFor(species) : assumed.parameters(district, species);
    }

    private boolean selected(String groupId) {
        return groupSelected.computeIfAbsent(groupId, this::matches);
    }

    private boolean matches(String groupId) {
        if (selection.selectsEverything() || selection.groupIds().contains(groupId)) {
            return true;
        }
        Optional<GroupFounded> group = recorded.groups.group(groupId);
        if (group.isEmpty()) {
            return false;
        }
        String commune = group.get().communeCode();
        LocalDate founded = recorded.foundedOn.getOrDefault(groupId, LocalDate.MIN);
        for (String selected : selection.communeCodes()) {
            if (selected.equals(commune) || units.isWithin(commune, selected, founded)) {
                return true;
            }
        }
        return districtOfGroup(groupId).filter(selection.districtCodes()::contains).isPresent();
    }

    /** The district of a group's commune when it was founded, or through the commune's predecessors after 2025. */
    Optional<String> districtOfGroup(String groupId) {
        return districtOfGroup.computeIfAbsent(groupId, id -> recorded.groups.group(id)
                .flatMap(group -> districtOf(group.communeCode(), recorded.foundedOn.getOrDefault(id, LocalDate.MIN), 0)));
    }

    private Optional<String> districtOf(String unitCode, LocalDate on, int depth) {
        Optional<AdministrativeUnit> district = units.ancestorAtLevel(unitCode, AdminLevel.DISTRICT, on);
        if (district.isPresent()) {
            return Optional.of(district.get().code());
        }
        for (AdministrativeUnit version : units.versions(unitCode)) {
            Optional<AdministrativeUnit> then = version.validFrom()
                    .flatMap(from -> units.ancestorAtLevel(unitCode, AdminLevel.DISTRICT, from));
            if (then.isPresent()) {
                return Optional.of(then.get().code());
            }
        }
        if (depth < 3) {
            for (Succession succession : units.successionsTo(unitCode)) {
                String predecessor = succession.predecessorCode();
                for (AdministrativeUnit version : units.versions(predecessor)) {
                    Optional<String> found = version.validTo()
                            .flatMap(to -> districtOf(predecessor, to, depth + 1));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
