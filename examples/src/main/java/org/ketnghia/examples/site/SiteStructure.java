package org.ketnghia.examples.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.reporting.Report;
import org.ketnghia.core.reporting.ReportRow;

/**
 * Which pages the site has: the districts found in any report (a district abolished on 1 July 2025
 * still has the pages of the periods before), the models with a budget, funding or a simulation.
 */
record SiteStructure(Map<String, String> districts, List<String> models) {

    static SiteStructure of(SiteContent content) {
        Map<String, String> districts = new LinkedHashMap<>();
        for (Report report : content.reports().values()) {
            for (ReportRow row : report.rowsAtLevel(AdminLevel.DISTRICT)) {
                districts.put(row.unitCode(), row.unitNameVi());
            }
        }
        Set<String> models = new LinkedHashSet<>(content.modelNames().keySet());
        models.addAll(content.budgets().keySet());
        models.addAll(content.funding().keySet());
        models.addAll(content.simulations().keySet());
        return new SiteStructure(java.util.Collections.unmodifiableMap(sorted(districts)), List.copyOf(models));
    }

    private static Map<String, String> sorted(Map<String, String> byCode) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(byCode.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        Map<String, String> sorted = new LinkedHashMap<>();
        entries.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** The district a commune code lies in, when the site has a page for it. */
    Optional<String> districtOf(String communeCode) {
        return districts.keySet().stream().filter(district -> communeCode.startsWith(district + ".")).findFirst();
    }
}
