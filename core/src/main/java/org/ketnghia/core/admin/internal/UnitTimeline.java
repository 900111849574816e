package org.ketnghia.core.admin.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;

/**
 * The records of one unit code over time (<i>các thời kỳ của một đơn vị hành chính</i>) with their periods, and
 * those of their parent links, as epoch days: which record is in force on a day, and the code of its parent then,
 * found by comparing numbers. A look-up of the registry walks a village up to its province for every recorded
 * command; the records' own {@code isValidOn} reads two optional dates each. Immutable and thread-safe.
 */
public final class UnitTimeline {

    private final AdministrativeUnit[] versions;
    private final long[] firstDays;
    private final long[] lastDays;
    private final String[][] parentCodes;
    private final long[][] parentFirstDays;
    private final long[][] parentLastDays;

    private UnitTimeline(List<AdministrativeUnit> records) {
        int count = records.size();
        versions = records.toArray(new AdministrativeUnit[0]);
        firstDays = new long[count];
        lastDays = new long[count];
        parentCodes = new String[count][];
        parentFirstDays = new long[count][];
        parentLastDays = new long[count][];
        for (int v = 0; v < count; v++) {
            AdministrativeUnit unit = versions[v];
            firstDays[v] = firstDay(unit.validFrom());
            lastDays[v] = lastDay(unit.validTo());
            List<ParentLink> links = unit.parents();
            parentCodes[v] = new String[links.size()];
            parentFirstDays[v] = new long[links.size()];
            parentLastDays[v] = new long[links.size()];
            for (int p = 0; p < links.size(); p++) {
                parentCodes[v][p] = links.get(p).code();
                parentFirstDays[v][p] = firstDay(links.get(p).validFrom());
                parentLastDays[v][p] = lastDay(links.get(p).validTo());
            }
        }
    }

    /** The timeline of one code's records, in the order given (oldest first). */
    public static UnitTimeline of(List<AdministrativeUnit> records) {
        return new UnitTimeline(records);
    }

    /** The index of the record in force on epoch day {@code day} (the first such), or -1. */
    public int versionIndexOn(long day) {
        for (int v = 0; v < versions.length; v++) {
            if (day >= firstDays[v] && day <= lastDays[v]) {
                return v;
            }
        }
        return -1;
    }

    /** The record at {@code index} ({@link #versionIndexOn}). */
    public AdministrativeUnit version(int index) {
        return versions[index];
    }

    /** The code of the parent of record {@code index} on {@code day} (its first link in force then), or null. */
    public String parentCodeOn(int index, long day) {
        String[] codes = parentCodes[index];
        for (int p = 0; p < codes.length; p++) {
            if (day >= parentFirstDays[index][p] && day <= parentLastDays[index][p]) {
                return codes[p];
            }
        }
        return null;
    }

    private static long firstDay(Optional<LocalDate> from) {
        return from.isEmpty() ? Long.MIN_VALUE : from.get().toEpochDay();
    }

    private static long lastDay(Optional<LocalDate> to) {
        return to.isEmpty() ? Long.MAX_VALUE : to.get().toEpochDay();
    }
}
