package org.ketnghia.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The registry's look-ups by date, which read each code's records as epoch days, against the plain reading of the
 * records themselves ({@link AdministrativeUnit#isValidOn}, {@link ParentLink#isValidOn}), over the Quảng Nam
 * reference data (units that changed parent, merged and ended in 2025) on random dates around the changes.
 */
class RegistryLookUpTest {

    private static final AdministrativeRegistry REGISTRY = AdministrativeRegistry.quangNamReference();

    @Test
    void unitParentAndWithin_answerAsTheRecordsRead_onDatesAroundEveryChange() {
        List<String> codes = REGISTRY.units().stream().map(AdministrativeUnit::code).distinct().toList();
        SplittableRandom random = new SplittableRandom(20_251_206L);
        LocalDate first = LocalDate.of(2015, 1, 1);
        int checkedWithin = 0;
        int foundWithin = 0;
        for (int i = 0; i < 20_000; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            LocalDate date = first.plusDays(random.nextInt(5_000));
            assertThat(REGISTRY.unitAsOf(code, date)).as("%s on %s", code, date).isEqualTo(Optional.ofNullable(versionOn(code, date)));
            assertThat(REGISTRY.parentAsOf(code, date)).as("parent of %s on %s", code, date)
                    .isEqualTo(Optional.ofNullable(parentOn(code, date)));
            List<String> ancestors = ancestors(code, date);
            String candidate = random.nextBoolean() && !ancestors.isEmpty() ? ancestors.get(random.nextInt(ancestors.size()))
                    : codes.get(random.nextInt(codes.size()));
            boolean within = ancestors.contains(candidate);
            assertThat(REGISTRY.isWithin(code, candidate, date)).as("%s within %s on %s", code, candidate, date).isEqualTo(within);
            checkedWithin++;
            foundWithin += within ? 1 : 0;
        }
        assertThat(foundWithin).as("both answers are checked").isBetween(checkedWithin / 10, checkedWithin - checkedWithin / 10);
        assertThat(REGISTRY.isWithin("NO.SUCH.UNIT", "QNA", LocalDate.of(2024, 1, 1))).isFalse();
    }

    /** The first record of {@code code} in force on {@code date}, read from the records. */
    private static AdministrativeUnit versionOn(String code, LocalDate date) {
        for (AdministrativeUnit version : REGISTRY.versions(code)) {
            if (version.isValidOn(date)) {
                return version;
            }
        }
        return null;
    }

    private static AdministrativeUnit parentOn(String code, LocalDate date) {
        AdministrativeUnit unit = versionOn(code, date);
        if (unit == null) {
            return null;
        }
        for (ParentLink link : unit.parents()) {
            if (link.isValidOn(date)) {
                return versionOn(link.code(), date);
            }
        }
        return null;
    }

    /** The unit itself and every unit above it on {@code date}; empty if it did not exist then. */
    private static List<String> ancestors(String code, LocalDate date) {
        List<String> found = new ArrayList<>();
        for (AdministrativeUnit current = versionOn(code, date); current != null; current = parentOn(current.code(), date)) {
            found.add(current.code());
        }
        return found;
    }
}
