package org.ketnghia.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.admin.ParentLink;
import org.ketnghia.core.admin.UnitKind;
import org.ketnghia.core.admin.Validity;
import org.ketnghia.core.ledger.Actor;
import org.ketnghia.core.runtime.KetnghiaRuntime;

/**
 * A synthetic province for the benchmarks: the shipped Quảng Nam reference units plus {@code
 * villagesPerCommune} villages (thôn) in every commune in force on 1 July 2021; each village moves to
 * the commune that carried its old commune on from 1 July 2025, like the real villages did.
 */
final class Province {

    /** 1 June 2026, 09:00 in Vietnam (the clock of the tests). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), KetnghiaRuntime.VIETNAM);
    static final Actor PROVINCE = Actor.system("ban-dan-toc-tinh");
    static final LocalDate PROGRAMME_START = LocalDate.of(2021, 7, 1);
    static final LocalDate LAST_DAY_OF_DISTRICTS = LocalDate.of(2025, 6, 30);
    static final LocalDate FIRST_DAY_OF_MERGERS = LocalDate.of(2025, 7, 1);

    final AdministrativeRegistry units;
    /** Commune codes in force on the programme start. */
    final List<String> communes;
    /** Village codes, {@code villagesPerCommune} per commune, grouped by commune. */
    final List<String> villages;
    /** The commune of each village before 1 July 2025 (parallel to {@link #villages}). */
    final List<String> villageCommunes;
    /** The unit that carries each village's commune on after 1 July 2025 (parallel to {@link #villages}). */
    final List<String> villageSuccessorCommunes;

    Province(int villagesPerCommune) {
        AdministrativeRegistry reference = AdministrativeRegistry.quangNamReference();
        List<String> communeCodes = new ArrayList<>();
        for (AdministrativeUnit unit : reference.unitsAsOf(PROGRAMME_START)) {
            if (unit.levelId().equals(AdminLevel.COMMUNE)) {
                communeCodes.add(unit.code());
            }
        }
        List<AdministrativeUnit> added = new ArrayList<>();
        List<String> villageCodes = new ArrayList<>();
        List<String> oldCommunes = new ArrayList<>();
        List<String> newCommunes = new ArrayList<>();
        for (String commune : communeCodes) {
            List<AdministrativeUnit> successors = reference.unitAsOf(commune, FIRST_DAY_OF_MERGERS).isPresent()
                    ? List.of(reference.requireUnitAsOf(commune, FIRST_DAY_OF_MERGERS))
                    : reference.successorsAsOf(commune, FIRST_DAY_OF_MERGERS);
            String successor = successors.isEmpty() ? null : successors.get(0).code();
            for (int v = 1; v <= villagesPerCommune; v++) {
                String code = commune + ".THON-" + v;
                AdministrativeUnit.Builder village = AdministrativeUnit.builder().code(code).name("Thôn " + v)
                        .kind(UnitKind.VILLAGE).levelId(AdminLevel.VILLAGE);
                if (successor == null || successor.equals(commune)) {
                    village.addParents(ParentLink.to(commune, Validity.always()));
                } else {
                    village.addParents(ParentLink.to(commune, Validity.endingOn(LAST_DAY_OF_DISTRICTS)),
                            ParentLink.to(successor, Validity.startingOn(FIRST_DAY_OF_MERGERS)));
                }
                added.add(village.build());
                villageCodes.add(code);
                oldCommunes.add(commune);
                newCommunes.add(successor == null ? commune : successor);
            }
        }
        this.units = reference.withUnits(added);
        this.communes = List.copyOf(communeCodes);
        this.villages = List.copyOf(villageCodes);
        this.villageCommunes = List.copyOf(oldCommunes);
        this.villageSuccessorCommunes = List.copyOf(newCommunes);
    }
}
