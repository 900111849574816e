package org.ketnghia.core.province.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdminErrorCode;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.province.ProvinceErrorCode;
import org.ketnghia.core.province.SourceLocation;
import org.ketnghia.core.value.VietnameseText;

/**
 * Reads the statistics office's flat list of units (code, name, level, parent code, valid from,
 * valid to) from CSV; the format is documented on {@link org.ketnghia.core.province.ProvincePacks}.
 */
final class StatisticsCsv {

    static final String CODE = "code";
    static final String NAME = "name";
    static final String LEVEL = "level";
    static final String PARENT = "parent code";
    static final String FROM = "valid from";
    static final String TO = "valid to";

    /** Folded header names accepted for each column. */
    private static final Map<String, List<String>> HEADERS = Map.of(
            CODE, List.of("code", "ma", "ma don vi", "ma so"),
            NAME, List.of("name", "ten", "ten don vi"),
            LEVEL, List.of("level", "cap"),
            PARENT, List.of("parent code", "parent", "ma cap tren", "ma don vi cap tren"),
            FROM, List.of("valid from", "valid_from", "hieu luc tu", "tu ngay"),
            TO, List.of("valid to", "valid_to", "hieu luc den", "den ngay"));

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A level id and the kind of unit a level name stands for. */
    private record LevelAndKind(String levelId, UnitKind kind) {
    }

    /** One data row, parsed. */
    private record Line(int line, String code, String name, LevelAndKind level, String parentCode,
            LocalDate from, LocalDate to) {
    }

    /** A unit read from the file, with the lines its parts come from. */
    record CsvUnit(AdministrativeUnit unit, List<Integer> rowLines, List<Integer> parentLines) {
    }

    private StatisticsCsv() {
    }

    /** The units of {@code bytes}; problems go to {@code problems}, located in {@code file}. */
    static List<CsvUnit> read(String file, byte[] bytes, Problems problems) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvRows.Result split = CsvRows.split(text);
        if (split.unterminatedQuoteLine() > 0) {
            problems.add(ProvinceErrorCode.PROVINCE_CSV_UNTERMINATED_QUOTE, at(file, split.unterminatedQuoteLine(), ""));
            return List.of();
        }
        if (split.rows().isEmpty()) {
            problems.add(ProvinceErrorCode.PROVINCE_CSV_MISSING_COLUMN, at(file, 1, CODE), CODE);
            return List.of();
        }
        CsvRows.Row header = split.rows().get(0);
        Map<String, Integer> columns = columns(file, header, problems);
        if (columns.size() < HEADERS.size()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (CsvRows.Row row : split.rows().subList(1, split.rows().size())) {
            parse(file, row, columns, problems).ifPresent(lines::add);
        }
        return group(lines);
    }

    private static Map<String, Integer> columns(String file, CsvRows.Row header, Problems problems) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int index = 0; index < header.fields().size(); index++) {
            String folded = VietnameseText.fold(header.fields().get(index)).replace('_', ' ');
            for (Map.Entry<String, List<String>> column : HEADERS.entrySet()) {
                if (column.getValue().contains(folded)) {
                    columns.putIfAbsent(column.getKey(), index);
                }
            }
        }
        for (String column : List.of(CODE, NAME, LEVEL, PARENT, FROM, TO)) {
            if (!columns.containsKey(column)) {
                problems.add(ProvinceErrorCode.PROVINCE_CSV_MISSING_COLUMN, at(file, header.line(), column), column);
            }
        }
        return columns;
    }

    private static Optional<Line> parse(String file, CsvRows.Row row, Map<String, Integer> columns, Problems problems) {
        String code = field(row, columns, CODE);
        String name = field(row, columns, NAME);
        String level = field(row, columns, LEVEL);
        String parent = field(row, columns, PARENT);
        int before = problems.list().size();
        problems.check(code.isEmpty(), AdminErrorCode.ADMIN_BLANK, at(file, row.line(), CODE));
        problems.check(name.isEmpty(), AdminErrorCode.ADMIN_BLANK, at(file, row.line(), NAME));
        Optional<LevelAndKind> levelAndKind = level(level, !parent.isEmpty());
        problems.check(levelAndKind.isEmpty(), ProvinceErrorCode.PROVINCE_CSV_UNKNOWN_LEVEL, at(file, row.line(), LEVEL), level);
        LocalDate from = date(file, row, columns, FROM, problems);
        LocalDate to = date(file, row, columns, TO, problems);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Line(row.line(), code, name, levelAndKind.orElseThrow(), parent, from, to));
    }

    /** Rows of one code, name and level; contiguous or overlapping periods join one record. */
    private static List<CsvUnit> group(List<Line> lines) {
        Map<List<Object>, List<Line>> groups = new LinkedHashMap<>();
        for (Line line : lines) {
            groups.computeIfAbsent(List.of(line.code(), line.name(), line.level()), key -> new ArrayList<>()).add(line);
        }
        List<CsvUnit> units = new ArrayList<>();
        for (List<Line> group : groups.values()) {
            group.sort(Comparator.comparing((Line line) -> line.from() == null ? LocalDate.MIN : line.from()));
            List<Line> record = new ArrayList<>();
            for (Line line : group) {
                if (!record.isEmpty() && startsAfterGap(record, line)) {
                    units.add(unitOf(record));
                    record = new ArrayList<>();
                }
                record.add(line);
            }
            units.add(unitOf(record));
        }
        return units;
    }

    private static boolean startsAfterGap(List<Line> record, Line next) {
        LocalDate end = null;
        for (Line line : record) {
            if (line.to() == null) {
                return false;
            }
            end = end == null || line.to().isAfter(end) ? line.to() : end;
        }
        return next.from() != null && next.from().isAfter(end.plusDays(1));
    }

    private static CsvUnit unitOf(List<Line> rows) {
        Line first = rows.get(0);
        LocalDate to = null;
        boolean open = false;
        List<ParentLink> parents = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        List<Integer> parentLines = new ArrayList<>();
        for (Line row : rows) {
            open |= row.to() == null;
            to = row.to() != null && (to == null || row.to().isAfter(to)) ? row.to() : to;
            rowLines.add(row.line());
            if (!row.parentCode().isEmpty()) {
                parents.add(ParentLink.builder().code(row.parentCode())
                        .validFrom(Optional.ofNullable(row.from())).validTo(Optional.ofNullable(row.to())).build());
                parentLines.add(row.line());
            }
        }
        AdministrativeUnit unit = AdministrativeUnit.builder()
                .code(first.code())
                .name(first.name())
                .kind(first.level().kind())
                .levelId(first.level().levelId())
                .gsoCode(first.code())
                .validFrom(Optional.ofNullable(first.from()))
                .validTo(open ? Optional.empty() : Optional.ofNullable(to))
                .parents(parents)
                .build();
        return new CsvUnit(unit, List.copyOf(rowLines), List.copyOf(parentLines));
    }

    private static String field(CsvRows.Row row, Map<String, Integer> columns, String column) {
        int index = columns.get(column);
        return index < row.fields().size() ? row.fields().get(index).strip() : "";
    }

    private static LocalDate date(String file, CsvRows.Row row, Map<String, Integer> columns, String column, Problems problems) {
        String text = field(row, columns, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
        } catch (DateTimeParseException bad) {
            problems.add(ProvinceErrorCode.PROVINCE_CSV_BAD_DATE, at(file, row.line(), column), text);
            return null;
        }
    }

    /** The level id and unit kind of a level name; {@code hasParent} decides what <i>thành phố</i> is. */
    private static Optional<LevelAndKind> level(String name, boolean hasParent) {
        String folded = VietnameseText.fold(name);
        return Optional.ofNullable(switch (folded) {
            case "tinh", "province" -> new LevelAndKind(AdminLevel.PROVINCE, UnitKind.PROVINCE);
            case "thanh pho truc thuoc trung uong", "thanh pho trung uong" -> new LevelAndKind(AdminLevel.PROVINCE, UnitKind.CENTRAL_CITY);
            case "thanh pho" -> hasParent ? new LevelAndKind(AdminLevel.DISTRICT, UnitKind.CITY)
                    : new LevelAndKind(AdminLevel.PROVINCE, UnitKind.CENTRAL_CITY);
            case "thanh pho thuoc tinh" -> new LevelAndKind(AdminLevel.DISTRICT, UnitKind.CITY);
            case "huyen", "district" -> new LevelAndKind(AdminLevel.DISTRICT, UnitKind.DISTRICT);
            case "quan" -> new LevelAndKind(AdminLevel.DISTRICT, UnitKind.URBAN_DISTRICT);
            case "thi xa" -> new LevelAndKind(AdminLevel.DISTRICT, UnitKind.TOWN);
            case "xa", "commune" -> new LevelAndKind(AdminLevel.COMMUNE, UnitKind.COMMUNE);
            case "phuong" -> new LevelAndKind(AdminLevel.COMMUNE, UnitKind.WARD);
            case "thi tran" -> new LevelAndKind(AdminLevel.COMMUNE, UnitKind.TOWNSHIP);
            case "dac khu" -> new LevelAndKind(AdminLevel.COMMUNE, UnitKind.SPECIAL_ZONE);
            case "thon", "ban", "lang", "buon", "plei", "ap", "village" -> new LevelAndKind(AdminLevel.VILLAGE, UnitKind.VILLAGE);
            case "to dan pho" -> new LevelAndKind(AdminLevel.VILLAGE, UnitKind.RESIDENTIAL_GROUP);
            default -> null;
        });
    }

    static String at(String file, int line, String column) {
        return new SourceLocation(file, line, column).toField();
    }
}
