package org.ketnghia.core.province.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeData;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.DataPaths;
import org.ketnghia.core.admin.DataSource;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.Succession;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.error.Problem;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.province.ProvinceErrorCode;
import org.ketnghia.core.province.SourceLocation;

/**
 * The unit files of a pack, combined into one {@link AdministrativeData} while remembering where each
 * level, unit and succession came from. Checks run on the combined data with paths that are tokens
 * {@code "file#units[k]"} (the element's place in its own file); {@link #locate} turns a token path
 * into {@code "file:line:field"}.
 */
final class UnitSources {

    static final String TOKEN = "#";
    private static final Pattern CSV_PATH = Pattern.compile("units\\[(\\d+)](.*)");
    private static final Pattern PARENT_PATH = Pattern.compile("\\.parents\\[(\\d+)].*");

    private final List<DataSource> dataSources = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<AdminLevel> levels = new ArrayList<>();
    private final List<String> levelTokens = new ArrayList<>();
    private final List<AdministrativeUnit> units = new ArrayList<>();
    private final List<String> unitTokens = new ArrayList<>();
    private final List<Boolean> fromCsv = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();
    private final List<String> successionTokens = new ArrayList<>();
    private final Map<String, JsonLineIndex> jsonFiles = new HashMap<>();
    private final Map<String, List<StatisticsCsv.CsvUnit>> csvFiles = new HashMap<>();
    private String defaultLevelsToken = "";

    void addJson(String file, AdministrativeData data, JsonLineIndex lines) {
        jsonFiles.put(file, lines);
        dataSources.addAll(data.sources());
        data.description().ifPresent(descriptions::add);
        for (int k = 0; k < data.levels().size(); k++) {
            levels.add(data.levels().get(k));
            levelTokens.add(file + TOKEN + "levels[" + k + "]");
        }
        for (int k = 0; k < data.units().size(); k++) {
            units.add(data.units().get(k));
            unitTokens.add(file + TOKEN + "units[" + k + "]");
            fromCsv.add(false);
        }
        for (int k = 0; k < data.successions().size(); k++) {
            successions.add(data.successions().get(k));
            successionTokens.add(file + TOKEN + "successions[" + k + "]");
        }
    }

    void addCsv(String file, List<StatisticsCsv.CsvUnit> csvUnits) {
        csvFiles.put(file, csvUnits);
        for (int k = 0; k < csvUnits.size(); k++) {
            units.add(csvUnits.get(k).unit());
            unitTokens.add(file + TOKEN + "units[" + k + "]");
            fromCsv.add(true);
        }
    }

    /** Where default levels are reported (the manifest's {@code units} field). */
    void setDefaultLevelsToken(String token, JsonLineIndex manifestLines) {
        defaultLevelsToken = token;
        jsonFiles.put(PackReader.MANIFEST, manifestLines);
    }

    /**
     * The combined data, with CSV parents resolved and flags applied, after every check; problems
     * are added to {@code problems}, located.
     */
    AdministrativeData combine(Problems problems, List<PackReader.FlagSource> flagSources) {
        Problems found = new Problems();
        if (levels.isEmpty()) {
            for (AdminLevel level : PackReader.defaultLevels()) {
                levels.add(level);
                levelTokens.add(defaultLevelsToken);
            }
        }
        resolveCsvParents(found);
        applyFlags(flagSources, found);
        AdministrativeData data = AdministrativeData.builder()
                .description(descriptions.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("\n\n", descriptions)))
                .sources(dataSources).levels(levels).units(units).successions(successions).build();
        DataPaths paths = new DataPaths(levelTokens::get, unitTokens::get, successionTokens::get);
        try {
            AdministrativeRegistry.check(data, paths);
        } catch (KetnghiaException invalid) {
            found.addAll(invalid.problems());
        }
        PackRules.check(data, paths, found);
        for (Problem problem : found.list()) {
            problems.add(new Problem(problem.code(), locate(problem.field()),
                    problem.arguments().stream().map(argument -> argument.contains(TOKEN) ? locate(argument) : argument).toList()));
        }
        return data;
    }

    /** A parent code of a CSV row that is not a unit code is looked up among official codes. */
    private void resolveCsvParents(Problems found) {
        Set<String> codes = new LinkedHashSet<>();
        Map<String, Set<String>> codesByOfficialCode = new HashMap<>();
        for (AdministrativeUnit unit : units) {
            codes.add(unit.code());
            unit.gsoCode().ifPresent(official -> codesByOfficialCode.computeIfAbsent(official, key -> new LinkedHashSet<>()).add(unit.code()));
        }
        for (int i = 0; i < units.size(); i++) {
            if (!fromCsv.get(i)) {
                continue;
            }
            AdministrativeUnit unit = units.get(i);
            List<ParentLink> parents = new ArrayList<>();
            for (int j = 0; j < unit.parents().size(); j++) {
                ParentLink link = unit.parents().get(j);
                Set<String> candidates = codesByOfficialCode.getOrDefault(link.code(), Set.of());
                if (codes.contains(link.code()) || candidates.isEmpty()) {
                    parents.add(link);
                } else if (candidates.size() == 1) {
                    parents.add(ParentLink.builder().from(link).code(candidates.iterator().next()).build());
                } else {
                    found.add(ProvinceErrorCode.PROVINCE_AMBIGUOUS_PARENT, unitTokens.get(i) + ".parents[" + j + "].code",
                            link.code(), String.join(", ", candidates));
                    parents.add(link);
                }
            }
            units.set(i, AdministrativeUnit.builder().from(unit).parents(parents).build());
        }
    }

    private void applyFlags(List<PackReader.FlagSource> flagSources, Problems found) {
        for (PackReader.FlagSource source : flagSources) {
            jsonFiles.put(source.file(), source.lines());
            for (int a = 0; a < source.assignments().size(); a++) {
                FlagAssignment assignment = source.assignments().get(a);
                String token = source.file() + TOKEN + "assignments[" + a + "]";
                List<Validity> periods = new ArrayList<>();
                for (AdministrativeUnit unit : units) {
                    if (unit.code().equals(assignment.unitCode())) {
                        periods.add(unit.validity());
                    }
                }
                if (periods.isEmpty()) {
                    found.add(ProvinceErrorCode.PROVINCE_FLAG_UNKNOWN_UNIT, token + ".unitCode", assignment.unitCode());
                } else if (assignment.validity().isInverted() || !assignment.validity().isCoveredBy(periods)) {
                    found.add(ProvinceErrorCode.PROVINCE_FLAG_OUTSIDE_VALIDITY, token + ".validFrom", assignment.unitCode(),
                            assignment.validity(), periods);
                } else {
                    for (int i = 0; i < units.size(); i++) {
                        AdministrativeUnit unit = units.get(i);
                        if (unit.code().equals(assignment.unitCode()) && unit.validity().overlaps(assignment.validity())) {
                            units.set(i, AdministrativeUnit.builder().from(unit).flags(assignment.applyTo(unit.flags())).build());
                        }
                    }
                }
            }
        }
    }

    /** {@code "file#units[3].parents[0].code"} → {@code "file:line:units[3].parents[0].code"} (or the CSV column). */
    String locate(String tokenPath) {
        int cut = tokenPath.indexOf(TOKEN);
        if (cut < 0) {
            return tokenPath;
        }
        String file = tokenPath.substring(0, cut);
        String local = tokenPath.substring(cut + TOKEN.length());
        List<StatisticsCsv.CsvUnit> csv = csvFiles.get(file);
        if (csv != null) {
            return locateInCsv(file, local, csv);
        }
        JsonLineIndex lines = jsonFiles.get(file);
        return new SourceLocation(file, lines == null ? 0 : lines.lineOf(local), local).toField();
    }

    private static String locateInCsv(String file, String local, List<StatisticsCsv.CsvUnit> csv) {
        Matcher matcher = CSV_PATH.matcher(local);
        if (!matcher.matches()) {
            return new SourceLocation(file, 0, local).toField();
        }
        StatisticsCsv.CsvUnit unit = csv.get(Integer.parseInt(matcher.group(1)));
        String rest = matcher.group(2);
        List<Integer> rows = unit.rowLines();
        Matcher parent = PARENT_PATH.matcher(rest);
        if (parent.matches()) {
            return StatisticsCsv.at(file, unit.parentLines().get(Integer.parseInt(parent.group(1))), StatisticsCsv.PARENT);
        }
        if (rest.startsWith(".validTo")) {
            return StatisticsCsv.at(file, rows.get(rows.size() - 1), StatisticsCsv.TO);
        }
        if (rest.startsWith(".validFrom")) {
            return StatisticsCsv.at(file, rows.get(0), StatisticsCsv.FROM);
        }
        if (rest.startsWith(".name") || rest.startsWith(".aliases")) {
            return StatisticsCsv.at(file, rows.get(0), StatisticsCsv.NAME);
        }
        if (rest.startsWith(".levelId") || rest.startsWith(".kind")) {
            return StatisticsCsv.at(file, rows.get(0), StatisticsCsv.LEVEL);
        }
        return StatisticsCsv.at(file, rows.get(0), StatisticsCsv.CODE);
    }
}
