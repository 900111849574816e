package org.ketnghia.startup.project.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.Command;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.programme.ProgrammeScope;
import org.ketnghia.core.twinning.TwinningCoverage;
import org.ketnghia.startup.StartupErrorCode;
import org.ketnghia.startup.project.ApplicationStatus;
import org.ketnghia.startup.project.ItemAmount;
import org.ketnghia.startup.project.StartupProject;
import org.ketnghia.startup.project.StartupProjects;

/** Checks shared by the handlers; each adds its problems and never throws. */
final class Checks {

    private Checks() {
    }

    static StartupProjects projects(LedgerState state) {
        return state.projection(StartupProjects.class);
    }

    /** Records a problem when blank; returns whether it was. */
    static boolean blank(String value, String field, Problems problems) {
        return problems.check(value.isBlank(), CoreErrorCode.VALUE_BLANK, field);
    }

    static void newId(LedgerState state, String id, String field, Problems problems) {
        if (!blank(id, field, problems)) {
            problems.check(projects(state).isIdUsed(id), StartupErrorCode.STARTUP_ID_IN_USE, field, id);
        }
    }

    static boolean commune(LedgerState state, String unitCode, LocalDate date, Problems problems) {
        boolean isCommune = state.administrativeUnits().unitAsOf(unitCode, date)
                .filter(unit -> unit.levelId().equals("commune")).isPresent();
        problems.check(!isCommune, StartupErrorCode.STARTUP_NOT_A_COMMUNE, "unitCode", unitCode, date);
        return isCommune;
    }

    /** Items: not empty, positive, no item twice. */
    static void items(List<ItemAmount> items, String field, Problems problems) {
        problems.check(items.isEmpty(), CoreErrorCode.VALUE_REQUIRED, field);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemAmount item = items.get(i);
            problems.check(!seen.add(item.itemId()), CoreErrorCode.VALUE_DUPLICATE, field + "[" + i + "].itemId",
                    item.itemId());
            positive(item.amount(), field + "[" + i + "].amount", problems);
        }
    }

    static void positive(Money amount, String field, Problems problems) {
        problems.check(!amount.isPositive(), StartupErrorCode.STARTUP_AMOUNT_NOT_POSITIVE, field, amount);
    }

    /** The application, or a problem. */
    static Optional<StartupProject> project(LedgerState state, String applicationId, Problems problems) {
        Optional<StartupProject> project = projects(state).project(applicationId);
        problems.check(project.isEmpty(), StartupErrorCode.STARTUP_APPLICATION_UNKNOWN, "applicationId", applicationId);
        return project;
    }

    /** The command's unit must be the project's commune or one of its successors on the command's date. */
    static void sameCommune(LedgerState state, StartupProject project, Command command, Problems problems) {
        boolean same = project.communeCode().equals(command.unitCode())
                || state.administrativeUnits().successorsAsOf(project.communeCode(), command.occurredOn()).stream()
                        .anyMatch(unit -> unit.code().equals(command.unitCode()));
        problems.check(!same, StartupErrorCode.STARTUP_UNIT_MISMATCH, "unitCode", project.applicationId(),
                project.communeCode(), command.unitCode());
    }

    /**
     * Whether {@code communeCode} lies, on {@code date}, within {@code unitCode} or among the communes that carry
     * it on after a reorganisation (a district abolished on 1 July 2025 stands for the new communes formed from its
     * communes).
     */
    static boolean carriesOn(LedgerState state, String communeCode, String unitCode, LocalDate date) {
        return state.administrativeUnits().isWithin(communeCode, unitCode, date)
                || TwinningCoverage.communesOf(unitCode, date, state.administrativeUnits()).stream()
                        .anyMatch(unit -> unit.code().equals(communeCode));
    }

    /**
     * When the ledger declares a programme, the unit a call or an application is recorded for must lie in the
     * programme's districts (or the communes that carry them on after 1 July 2025); without one, any unit.
     */
    static void inProgrammeDistricts(LedgerState state, Command command, Problems problems) {
        ProgrammeScope.of(state).ifPresent(scope -> scope.checkDistricts(problems, "unitCode", command.unitCode(),
                command.occurredOn()));
    }

    /** A step after approval (milestone, tranche, follow-up, closure) may not be dated before the approval. */
    static void notBeforeApproval(StartupProject project, Command command, String step, Problems problems) {
        project.approvedOn().ifPresent(approved -> problems.check(command.occurredOn().isBefore(approved),
                StartupErrorCode.STARTUP_BEFORE_APPROVAL, "occurredOn", project.applicationId(), approved, step,
                command.occurredOn()));
    }

    /** The step is possible only in one of {@code allowed}; returns whether it is. */
    static boolean status(StartupProject project, String step, Set<ApplicationStatus> allowed, Problems problems) {
        boolean ok = allowed.contains(project.status());
        problems.check(!ok, StartupErrorCode.STARTUP_OUT_OF_ORDER, "applicationId", project.applicationId(),
                project.status().label().vi() + " / " + project.status().label().en(), step,
                allowed.stream().map(status -> status.label().vi() + " / " + status.label().en()).sorted().toList());
        return ok;
    }
}
