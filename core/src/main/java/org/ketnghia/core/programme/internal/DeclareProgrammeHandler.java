package org.ketnghia.core.programme.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.programme.DeclareProgramme;
import org.ketnghia.core.programme.ModelAllotment;
import org.ketnghia.core.programme.ProgrammeDeclared;
import org.ketnghia.core.programme.ProgrammeErrorCode;
import org.ketnghia.core.programme.ProgrammeRegistry;
import org.ketnghia.core.programme.ProgrammeTarget;
import org.ketnghia.core.programme.ProgrammeTerms;
import org.ketnghia.core.programme.SpendingNorm;
import org.ketnghia.core.twinning.TwinningCoverage;

/** Validates {@link DeclareProgramme} and records {@link ProgrammeDeclared}. */
public final class DeclareProgrammeHandler implements CommandHandler<DeclareProgramme> {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    @Override
    public Class<DeclareProgramme> commandType() {
        return DeclareProgramme.class;
    }

    @Override
    public java.util.Set<ActorRole> permittedRoles() {
        return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
    }

    @Override
    public List<EventDraft> handle(DeclareProgramme command, LedgerState state) {
        ProgrammeTerms terms = command.terms();
        ProgrammeRegistry registry = state.projection(ProgrammeRegistry.class);
        AdministrativeRegistry units = state.administrativeUnits();
        Problems problems = new Problems();
        if (!problems.check(!ID.matcher(terms.id()).matches(), ProgrammeErrorCode.PROGRAMME_INVALID_ID, "terms.id", terms.id())) {
            problems.check(registry.programme(terms.id()).isPresent(), ProgrammeErrorCode.PROGRAMME_ALREADY_DECLARED, "terms.id",
                    terms.id());
        }
        problems.check(terms.titleVi().isBlank(), CoreErrorCode.VALUE_BLANK, "terms.titleVi");
        problems.check(terms.decision().isBlank(), CoreErrorCode.VALUE_BLANK, "terms.decision");
        for (int i = 0; i < terms.legalBases().size(); i++) {
            problems.check(terms.legalBases().get(i).isBlank(), CoreErrorCode.VALUE_BLANK, "terms.legalBases[" + i + "]");
        }
        terms.coordinator().ifPresent(name -> problems.check(name.isBlank(), CoreErrorCode.VALUE_BLANK, "terms.coordinator"));
        problems.check(terms.years() < 1 || terms.years() > 10, ProgrammeErrorCode.PROGRAMME_YEARS_OUT_OF_RANGE, "terms.years",
                terms.years());
        LocalDate start = terms.start();
        checkUnit(units, terms.provinceCode(), start, "terms.provinceCode", problems);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.districtCodes().size(); i++) {
            String code = terms.districtCodes().get(i);
            String field = "terms.districtCodes[" + i + "]";
            if (!problems.check(!seen.add(code), ProgrammeErrorCode.PROGRAMME_DUPLICATE_ENTRY, field, code)) {
                checkUnit(units, code, start, field, problems);
            }
        }
        for (int i = 0; i < terms.pilotCommuneCodes().size(); i++) {
            String code = terms.pilotCommuneCodes().get(i);
            String field = "terms.pilotCommuneCodes[" + i + "]";
            if (problems.check(!seen.add(code), ProgrammeErrorCode.PROGRAMME_DUPLICATE_ENTRY, field, code)
                    || !checkUnit(units, code, start, field, problems)) {
                continue;
            }
            problems.check(terms.districtCodes().stream().noneMatch(district -> units.isWithin(code, district, start)),
                    ProgrammeErrorCode.PROGRAMME_COMMUNE_OUTSIDE_DISTRICTS, field, code);
            for (ProgrammeTerms other : registry.programmes()) {
                boolean shared = other.pilotCommuneCodes().stream()
                        .anyMatch(pilot -> TwinningCoverage.communesOf(pilot, start, units).stream()
                                .anyMatch(commune -> commune.code().equals(code)));
                problems.check(shared && !other.lastDay().isBefore(start), ProgrammeErrorCode.PROGRAMME_COMMUNE_IN_OTHER_PROGRAMME,
                        field, code, other.id());
            }
        }
        checkTargets(terms, units, problems);
        checkNorms(terms, problems);
        checkAllotments(terms, units, problems);
        problems.throwIfAny();
        return List.of(EventDraft.of(command, ProgrammeDeclared.builder().terms(terms).build()));
    }

    private static void checkTargets(ProgrammeTerms terms, AdministrativeRegistry units, Problems problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < terms.targets().size(); i++) {
            ProgrammeTarget target = terms.targets().get(i);
            String field = "terms.targets[" + i + "]";
            String key = target.indicatorId() + target.unitCode().map(code -> "@" + code).orElse("");
            problems.check(target.indicatorId().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".indicatorId");
            problems.check(!keys.add(key), ProgrammeErrorCode.PROGRAMME_DUPLICATE_ENTRY, field, key);
            problems.check(target.value() <= 0, ProgrammeErrorCode.PROGRAMME_AMOUNT_NOT_POSITIVE, field + ".value", target.value());
            target.unitCode().ifPresent(code -> checkUnit(units, code, terms.start(), field + ".unitCode", problems));
        }
    }

    private static void checkNorms(ProgrammeTerms terms, Problems problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < terms.norms().size(); i++) {
            SpendingNorm norm = terms.norms().get(i);
            String field = "terms.norms[" + i + "]";
            problems.check(norm.key().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".key");
            problems.check(!keys.add(norm.key()), ProgrammeErrorCode.PROGRAMME_DUPLICATE_ENTRY, field + ".key", norm.key());
            problems.check(!norm.amount().isPositive(), ProgrammeErrorCode.PROGRAMME_AMOUNT_NOT_POSITIVE, field + ".amount",
                    norm.amount());
            problems.check(norm.unit().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".unit");
            problems.check(norm.legalBasis().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".legalBasis");
        }
    }

    private static void checkAllotments(ProgrammeTerms terms, AdministrativeRegistry units, Problems problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < terms.allotments().size(); i++) {
            ModelAllotment allotment = terms.allotments().get(i);
            String field = "terms.allotments[" + i + "]";
            String key = allotment.modelId() + "@" + allotment.unitCode();
            problems.check(allotment.modelId().isBlank(), CoreErrorCode.VALUE_BLANK, field + ".modelId");
            problems.check(!keys.add(key), ProgrammeErrorCode.PROGRAMME_DUPLICATE_ENTRY, field, key);
            problems.check(allotment.amount().isNegative(), CoreErrorCode.VALUE_NEGATIVE, field + ".amount", allotment.amount());
            checkUnit(units, allotment.unitCode(), terms.start(), field + ".unitCode", problems);
        }
    }

    private static boolean checkUnit(AdministrativeRegistry units, String code, LocalDate date, String field, Problems problems) {
        return !problems.check(units.unitAsOf(code, date).isEmpty(), ProgrammeErrorCode.PROGRAMME_UNKNOWN_UNIT, field, code, date);
    }
}
