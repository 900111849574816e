package org.ketnghia.core.programme;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.twinning.TwinningCoverage;

/**
 * Where the programmes of a ledger apply (<i>địa bàn thực hiện kế hoạch</i>), as a command handler
 * sees them: the programme the command is recorded for ({@link LedgerState#programmeId()}), or every
 * declared programme when the command names none. A pilot commune stands, after a reorganisation, for
 * its successor communes ({@link TwinningCoverage#communesOf}); a district, after the district level was
 * abolished, for the communes that carry it on.
 *
 * <p>A ledger in which no programme is declared (or that does not install the programme feature) has no scope: {@link #of} is empty and the handlers
 * accept every unit, as they always did. Valid only during the handler call that obtained it.
 */
public final class ProgrammeScope {

    private final List<ProgrammeTerms> programmes;
    private final ProgrammeRegistry registry;
    private final AdministrativeRegistry units;

    private ProgrammeScope(List<ProgrammeTerms> programmes, ProgrammeRegistry registry, AdministrativeRegistry units) {
        this.programmes = programmes;
        this.registry = registry;
        this.units = units;
    }

    /**
     * The scope the command being handled falls under; empty when the ledger declares no programme, or
     * the command's programme is not declared in it.
     */
    public static Optional<ProgrammeScope> of(LedgerState state) {
        requireNonNull(state, "state");
        if (!state.hasProjection(ProgrammeRegistry.class)) {
            return Optional.empty();
        }
        ProgrammeRegistry registry = state.projection(ProgrammeRegistry.class);
        List<ProgrammeTerms> programmes = state.programmeId()
                .map(id -> registry.programme(id).map(List::of).orElse(List.<ProgrammeTerms>of()))
                .orElseGet(registry::programmes);
        return programmes.isEmpty() ? Optional.empty() : Optional.of(new ProgrammeScope(programmes, registry, state.administrativeUnits()));
    }

    /** The programmes this scope is made of. */
    public List<ProgrammeTerms> programmes() {
        return programmes;
    }

    /** The communes that carry the programmes' pilot communes on {@code date}, by code. */
    public Set<String> pilotCommunesOn(LocalDate date) {
        Set<String> codes = new TreeSet<>();
        for (ProgrammeTerms terms : programmes) {
            codes.addAll(communesOf(terms.pilotCommuneCodes(), date));
        }
        return codes;
    }

    /**
     * The programme whose pilot communes (or their successors) hold {@code unitCode} on {@code date}: the
     * commune itself, or a village or group unit within it.
     */
    public Optional<ProgrammeTerms> programmeOfPilotCommune(String unitCode, LocalDate date) {
        Optional<String> commune = communeOf(unitCode, date);
        if (commune.isEmpty()) {
            return Optional.empty();
        }
        return programmes.stream().filter(terms -> communesOf(terms.pilotCommuneCodes(), date).contains(commune.get())).findFirst();
    }

    /** The programme whose districts (or the communes that carry them on) hold {@code unitCode} on {@code date}. */
    public Optional<ProgrammeTerms> programmeOfDistricts(String unitCode, LocalDate date) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        for (ProgrammeTerms terms : programmes) {
            for (String district : terms.districtCodes()) {
                if (units.unitAsOf(district, date).isPresent() && units.isWithin(unitCode, district, date)) {
                    return Optional.of(terms);
                }
            }
            Optional<String> commune = communeOf(unitCode, date);
            if (commune.isPresent() && communesOf(terms.districtCodes(), date).contains(commune.get())) {
                return Optional.of(terms);
            }
        }
        return Optional.empty();
    }

    /**
     * Adds {@link ProgrammeErrorCode#PROGRAMME_OUTSIDE_SCOPE} at {@code field} unless {@code unitCode} lies
     * in a pilot commune (or a successor of one) on {@code date}.
     *
     * @return whether the unit is within the scope
     */
    public boolean checkPilotCommune(Problems problems, String field, String unitCode, LocalDate date) {
        boolean within = programmeOfPilotCommune(unitCode, date).isPresent();
        problems.check(!within, ProgrammeErrorCode.PROGRAMME_OUTSIDE_SCOPE, field, unitCode, ids(), date,
                String.join(", ", pilotCommunesOn(date)));
        return within;
    }

    /**
     * Adds {@link ProgrammeErrorCode#PROGRAMME_OUTSIDE_DISTRICTS} at {@code field} unless {@code unitCode}
     * lies in one of the programmes' districts (or the communes that carry them on) on {@code date}.
     *
     * @return whether the unit is within the districts
     */
    public boolean checkDistricts(Problems problems, String field, String unitCode, LocalDate date) {
        boolean within = programmeOfDistricts(unitCode, date).isPresent();
        problems.check(!within, ProgrammeErrorCode.PROGRAMME_OUTSIDE_DISTRICTS, field, unitCode, ids(), date);
        return within;
    }

    /**
     * The norm with the given key of the programme that holds {@code unitCode} on {@code date} (by its
     * districts), or of the first programme that sets it when no programme holds the unit.
     */
    public Optional<SpendingNorm> norm(String key, String unitCode, LocalDate date) {
        requireNonNull(key, "key");
        Optional<SpendingNorm> own = programmeOfDistricts(unitCode, date).flatMap(terms -> terms.norm(key));
        if (own.isPresent()) {
            return own;
        }
        return programmes.stream().map(terms -> terms.norm(key)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The allotment in force that the spending of {@code communeCode} on {@code modelId} on {@code date}
     * counts against: the first allotment of a programme for that model whose unit (a district, or a
     * commune) stands, at the programme's start or on {@code date}, for the commune. Empty when no
     * programme allots the model there.
     */
    public Optional<Allotment> allotmentFor(String communeCode, String modelId, LocalDate date) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(modelId, "modelId");
        requireNonNull(date, "date");
        for (ProgrammeTerms terms : programmes) {
            for (ModelAllotment allotment : terms.allotments()) {
                if (!allotment.modelId().equals(modelId)) {
                    continue;
                }
                Set<String> communes = communesOf(List.of(allotment.unitCode()), terms.start());
                communes.addAll(communesOf(List.of(allotment.unitCode()), date));
                if (communes.contains(communeCode)) {
                    Money amount = registry.allotment(terms.id(), allotment.unitCode(), modelId).orElse(allotment.amount());
                    return Optional.of(new Allotment(terms.id(), allotment.unitCode(), modelId, amount, Set.copyOf(communes)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An allotment in force, with the communes whose spending counts against it.
     *
     * @param programmeId the programme
     * @param unitCode the district (or commune) it is allotted to
     * @param modelId the model
     * @param amount the amount in force, after approved adjustments
     * @param communeCodes the communes that stood for the unit at the programme's start or stand for it now
     */
    public record Allotment(String programmeId, String unitCode, String modelId, Money amount, Set<String> communeCodes) {

        /** Checks that no part is missing. */
        public Allotment {
            requireNonNull(programmeId, "programmeId");
            requireNonNull(unitCode, "unitCode");
            requireNonNull(modelId, "modelId");
            requireNonNull(amount, "amount");
            communeCodes = Set.copyOf(communeCodes);
        }
    }

    private String ids() {
        return programmes.stream().map(ProgrammeTerms::id).collect(Collectors.joining(", "));
    }

    private Optional<String> communeOf(String unitCode, LocalDate date) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        return units.ancestorAtLevel(unitCode, AdminLevel.COMMUNE, date).map(AdministrativeUnit::code);
    }

    private Set<String> communesOf(List<String> codes, LocalDate date) {
        Set<String> communes = new TreeSet<>();
        for (String code : codes) {
            TwinningCoverage.communesOf(code, date, units).forEach(unit -> communes.add(unit.code()));
        }
        return communes;
    }
}
