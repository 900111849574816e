package org.ketnghia.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.Actor;

/**
 * What the host hands a simulator in trace mode (<i>ghi vết mô phỏng vào sổ cái</i>) so that it can
 * record a replicate as a real programme would: who records, the administrative units in force, the
 * plan's villages per commune, the programme's dates and a source of synthetic participants shared
 * by every model. Everything a trace needs from the host arrives here, typed; a simulator never looks
 * anything up by itself and nothing about one province is built in.
 *
 * <p>Every id a trace mints (groups, households, people, lots, calls, classes, receipts, expenditures,
 * funding sources …) goes through {@link #id(String)}, so that a host recording two programmes into one
 * ledger gives the second an {@linkplain Builder#idPrefix id prefix} and the two traces never collide.
 *
 * <p>Immutable and thread-safe.
 */
public final class TraceContext {

    private final Actor actor;
    private final Map<String, Actor> actorsByUnit;
    private final AdministrativeRegistry units;
    private final Map<String, List<String>> villagesByCommune;
    private final LocalDate programmeStart;
    private final LocalDate programmeEnd;
    private final SyntheticParticipants participants;
    private final String idPrefix;
    private final boolean fundedByHost;

    private TraceContext(Builder builder) {
        this.actor = requireNonNull(builder.actor, "actor");
        this.actorsByUnit = Map.copyOf(builder.actorsByUnit);
        this.units = requireNonNull(builder.units, "units");
        this.villagesByCommune = copyVillages(builder.villagesByCommune);
        this.programmeStart = requireNonNull(builder.programmeStart, "programmeStart");
        this.programmeEnd = requireNonNull(builder.programmeEnd, "programmeEnd");
        this.participants = builder.participants;
        this.idPrefix = builder.idPrefix;
        this.fundedByHost = builder.fundedByHost;
        if (programmeEnd.isBefore(programmeStart)) {
            throw KetnghiaException.of(org.ketnghia.core.error.CoreErrorCode.PERIOD_INVERTED, "programmeEnd",
                    programmeStart, programmeEnd);
        }
    }

    /** A builder; actor, units and the programme's dates are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The actor that records a simulated command when no unit-specific actor is given (e.g. the provincial Ban Dân tộc). */
    public Actor actor() {
        return actor;
    }

    /**
     * The actor that records for {@code unitCode}: the one given for that unit, otherwise {@link
     * #actor()}.
     */
    public Actor actorFor(String unitCode) {
        return actorsByUnit.getOrDefault(requireNonNull(unitCode, "unitCode"), actor);
    }

    /** The administrative units of the ledger the trace goes to, over time. */
    public AdministrativeRegistry units() {
        return units;
    }

    /** The plan's villages per pilot commune, in plan order. */
    public Map<String, List<String>> villagesByCommune() {
        return villagesByCommune;
    }

    /** The plan's villages of {@code communeCode}, in plan order; empty when the plan names none. */
    public List<String> villagesOf(String communeCode) {
        return villagesByCommune.getOrDefault(requireNonNull(communeCode, "communeCode"), List.of());
    }

    /**
     * The first of the plan's villages of {@code communeCode}, where simulated households of the
     * commune live.
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_TRACE_NO_VILLAGE} naming the
     *     commune when the plan names no village there
     */
    public String villageOf(String communeCode) {
        List<String> villages = villagesOf(communeCode);
        if (villages.isEmpty()) {
            throw KetnghiaException.of(SimulationErrorCode.SIMULATION_TRACE_NO_VILLAGE, "villagesByCommune",
                    communeCode);
        }
        return villages.get(0);
    }

    /** The first day of the programme. */
    public LocalDate programmeStart() {
        return programmeStart;
    }

    /** The last day of the programme. */
    public LocalDate programmeEnd() {
        return programmeEnd;
    }

    /** Names, id numbers and members of simulated people and households. */
    public SyntheticParticipants participants() {
        return participants;
    }

    /**
     * The unit that records for {@code unitCode} on {@code date}: the unit itself while it is in force,
     * otherwise its single successor on that day (after a merger, the new commune records for the old
     * one's groups and projects).
     *
     * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_TRACE_UNIT_NOT_IN_FORCE} naming the
     *     unit and the date when it is not in force and has no single successor
     */
    public String unitInForce(String unitCode, LocalDate date) {
        requireNonNull(unitCode, "unitCode");
        requireNonNull(date, "date");
        Optional<AdministrativeUnit> inForce = units.unitInForce(unitCode, date);
        if (inForce.isPresent()) {
            return inForce.get().code();
        }
        throw KetnghiaException.of(SimulationErrorCode.SIMULATION_TRACE_UNIT_NOT_IN_FORCE, "unitCode", unitCode, date,
                units.successorsAsOf(unitCode, date).size());
    }

    /** The unit of {@code code} as of {@code date}, if it is in force then. */
    public Optional<AdministrativeUnit> unitAsOf(String code, LocalDate date) {
        return units.unitAsOf(code, date);
    }

    private static Map<String, List<String>> copyVillages(Map<String, List<String>> villages) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        villages.forEach((commune, list) -> copy.put(commune, List.copyOf(list)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The id a trace gives something it creates: {@code local} (unique within one trace, e.g. {@code
     * "sim-to-1"}) after the context's id prefix, which is empty unless the host sets one.
     */
    public String id(String local) {
        requireNonNull(local, "local");
        return idPrefix.isEmpty() ? local : idPrefix + local;
    }

    /** The prefix of every id the trace mints; empty by default. */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * Whether the host has already received, against the sponsors' pledges, the money the trace spends
     * (<i>kinh phí đã tiếp nhận theo cam kết</i>): a trace then records no receipt of its own and spends
     * from the communes' funds as they stand. False by default: a trace run on its own funds itself
     * from a simulated source, so that it can be recorded into an empty ledger.
     */
    public boolean fundedByHost() {
        return fundedByHost;
    }

    /** Assembles a {@link TraceContext}. Not thread-safe. */
    public static final class Builder {

        private Actor actor;
        private final Map<String, Actor> actorsByUnit = new LinkedHashMap<>();
        private AdministrativeRegistry units;
        private final Map<String, List<String>> villagesByCommune = new LinkedHashMap<>();
        private LocalDate programmeStart;
        private LocalDate programmeEnd;
        private SyntheticParticipants participants = SyntheticParticipants.standard();
        private String idPrefix = "";
        private boolean fundedByHost;

        private Builder() {
        }

        /** The actor recording by default. */
        public Builder actor(Actor value) {
            this.actor = requireNonNull(value, "actor");
            return this;
        }

        /** The actor recording for one unit (e.g. the district office of a district). */
        public Builder actorFor(String unitCode, Actor value) {
            actorsByUnit.put(requireNonNull(unitCode, "unitCode"), requireNonNull(value, "actor"));
            return this;
        }

        /** The administrative units of the ledger. */
        public Builder units(AdministrativeRegistry value) {
            this.units = requireNonNull(value, "units");
            return this;
        }

        /** The plan's villages of one commune, in plan order. */
        public Builder villages(String communeCode, List<String> villageCodes) {
            villagesByCommune.put(requireNonNull(communeCode, "communeCode"), List.copyOf(villageCodes));
            return this;
        }

        /** The programme's first and last days. */
        public Builder programme(LocalDate start, LocalDate end) {
            this.programmeStart = requireNonNull(start, "start");
            this.programmeEnd = requireNonNull(end, "end");
            return this;
        }

        /** Where synthetic people come from; default {@link SyntheticParticipants#standard()}. */
        public Builder participants(SyntheticParticipants value) {
            this.participants = requireNonNull(value, "participants");
            return this;
        }

        /**
         * The prefix of every id the trace mints (default none): a host that records a second programme
         * into a ledger that already holds a trace gives one, e.g. {@code "qn2024-"}, so that ids never
         * collide. Letters, digits, {@code .}, {@code -} and {@code _}, at most 40 characters.
         *
         * @throws KetnghiaException {@link SimulationErrorCode#SIMULATION_TRACE_ID_PREFIX_INVALID} naming the prefix
         */
        public Builder idPrefix(String value) {
            requireNonNull(value, "idPrefix");
            if (!value.matches("[A-Za-z0-9._-]{0,40}")) {
                throw KetnghiaException.of(SimulationErrorCode.SIMULATION_TRACE_ID_PREFIX_INVALID, "idPrefix", value);
            }
            this.idPrefix = value;
            return this;
        }

        /** Whether the host has received the money the trace spends ({@link TraceContext#fundedByHost()}); default false. */
        public Builder fundedByHost(boolean value) {
            this.fundedByHost = value;
            return this;
        }

        /**
         * Builds the context.
         *
         * @throws NullPointerException naming the missing part (actor, units, programme dates)
         * @throws KetnghiaException {@link org.ketnghia.core.error.CoreErrorCode#PERIOD_INVERTED} if the
         *     programme ends before it starts
         */
        public TraceContext build() {
            return new TraceContext(this);
        }
    }
}
