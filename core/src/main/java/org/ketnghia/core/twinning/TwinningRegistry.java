package org.ketnghia.core.twinning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;

/**
 * The twinning projection: the registered sponsors and the agreements, with their model choices
 * over time and early ends. Read it with {@code ledger.read(TwinningRegistry.class, registry -> …)};
 * queries that resolve recipients to communes take the {@link AdministrativeRegistry} (the ledger's
 * {@code administrativeUnits()}).
 *
 * <p>Agreements returned carry the terms in force (see {@link TwinningAgreement}). Every query returns
 * immutable values and lists, never internal state. Not thread-safe by itself: the ledger guards it
 * with its lock.
 */
public final class TwinningRegistry implements Projection {

    /** How the registry is saved in a ledger snapshot and restored from it. */
    public static final SnapshotForm<TwinningRegistry, State> SNAPSHOT_FORM =
            SnapshotForm.of(State.class, TwinningRegistry::state, TwinningRegistry::restore);

    private final Map<String, Sponsor> sponsors = new LinkedHashMap<>();
    private final Map<String, AgreementHistory> agreements = new LinkedHashMap<>();

    /** Creates an empty registry; the ledger folds its events into it. */
    public TwinningRegistry() {
    }

    private State state() {
        return new State(sponsors(), agreements.values().stream().map(history -> new SavedAgreement(history.signed,
                history.choices.stream().map(choice -> new SavedChoice(choice.effectiveFrom(), choice.modelIds(),
                        choice.commitments())).toList(), Optional.ofNullable(history.lastDay), history.programmeId))
                .toList());
    }

    private static TwinningRegistry restore(State state) {
        TwinningRegistry registry = new TwinningRegistry();
        state.sponsors().forEach(sponsor -> registry.sponsors.put(sponsor.id(), sponsor));
        for (SavedAgreement saved : state.agreements()) {
            AgreementHistory history = new AgreementHistory(saved.signed(), saved.programmeId());
            history.choices.clear();
            saved.choices().forEach(choice -> history.choices.add(
                    new ModelChoice(choice.effectiveFrom(), choice.modelIds(), choice.commitments())));
            history.lastDay = saved.lastDay().orElse(null);
            registry.agreements.put(saved.signed().id(), history);
        }
        return registry;
    }

    @Override
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof SponsorRegistered registered) {
            sponsors.putIfAbsent(registered.sponsor().id(), registered.sponsor());
        } else if (event.payload() instanceof AgreementSigned signed) {
            agreements.putIfAbsent(signed.agreement().id(),
                    new AgreementHistory(signed.agreement(), event.programmeId()));
        } else if (event.payload() instanceof AgreementModelsAmended amended) {
            AgreementHistory history = agreements.get(amended.agreementId());
            if (history != null) {
                history.choose(new ModelChoice(amended.effectiveFrom(), amended.modelIds(), amended.commitments()));
            }
        } else if (event.payload() instanceof AgreementEnded ended) {
            AgreementHistory history = agreements.get(ended.agreementId());
            if (history != null && history.lastDay == null) {
                history.lastDay = ended.lastDay();
            }
        }
    }

    // ---------------------------------------------------------------- sponsors

    /** Every registered sponsor, in the order registered. */
    public List<Sponsor> sponsors() {
        return List.copyOf(sponsors.values());
    }

    /** The sponsor with this id, if registered. */
    public Optional<Sponsor> sponsor(String sponsorId) {
        return Optional.ofNullable(sponsors.get(requireNonNull(sponsorId, "sponsorId")));
    }

    // ---------------------------------------------------------------- agreements

    /** Every agreement with its latest terms (latest model choice, early end applied), in the order signed. */
    public List<TwinningAgreement> agreements() {
        return agreements.values().stream().map(AgreementHistory::latest).toList();
    }

    /** The agreement with its latest terms, if recorded. */
    public Optional<TwinningAgreement> agreement(String agreementId) {
        AgreementHistory history = agreements.get(requireNonNull(agreementId, "agreementId"));
        return history == null ? Optional.empty() : Optional.of(history.latest());
    }

    /** The terms in force on {@code date}; empty if the agreement is unknown or not in force then. */
    public Optional<TwinningAgreement> agreementAsOf(String agreementId, LocalDate date) {
        requireNonNull(date, "date");
        AgreementHistory history = agreements.get(requireNonNull(agreementId, "agreementId"));
        return history == null ? Optional.empty() : history.asOf(date);
    }

    /**
     * The programme an agreement was signed for; empty when it was recorded for no programme (it then counts for every
     * programme, as its events do) or is unknown.
     */
    public Optional<String> programmeOf(String agreementId) {
        AgreementHistory history = agreements.get(requireNonNull(agreementId, "agreementId"));
        return history == null ? Optional.empty() : history.programmeId;
    }

    /** The last day of an agreement that was ended early; empty if it was not ended or is unknown. */
    public Optional<LocalDate> endedOn(String agreementId) {
        AgreementHistory history = agreements.get(requireNonNull(agreementId, "agreementId"));
        return history == null ? Optional.empty() : Optional.ofNullable(history.lastDay);
    }

    /** The first day of the latest model choice of an agreement (its start if never amended). */
    public Optional<LocalDate> latestModelChoiceDate(String agreementId) {
        AgreementHistory history = agreements.get(requireNonNull(agreementId, "agreementId"));
        return history == null ? Optional.empty() : Optional.of(history.latestChoice().effectiveFrom());
    }

    /** Every agreement in force on {@code date}, with the terms in force then, in the order signed. */
    public List<TwinningAgreement> agreementsActiveOn(LocalDate date) {
        requireNonNull(date, "date");
        List<TwinningAgreement> active = new ArrayList<>();
        for (AgreementHistory history : agreements.values()) {
            history.asOf(date).ifPresent(active::add);
        }
        return List.copyOf(active);
    }

    /**
     * The agreements in force on {@code date} that cover the commune {@code communeCode} once their
     * recipients are resolved to the communes of that date ({@link TwinningCoverage}): those made with
     * the commune, with a commune merged into it, or with the district it belonged to. Empty if the
     * commune does not exist on {@code date}.
     */
    public List<TwinningAgreement> agreementsCovering(String communeCode, LocalDate date, AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        return coverageOn(date, units).getOrDefault(communeCode, List.of());
    }

    /** The sponsors twinned with the commune on {@code date} through any agreement covering it, in the order registered. */
    public List<Sponsor> sponsorsOf(String communeCode, LocalDate date, AdministrativeRegistry units) {
        List<String> ids = new ArrayList<>();
        for (TwinningAgreement agreement : agreementsCovering(communeCode, date, units)) {
            ids.addAll(agreement.sponsorIds());
        }
        return sponsors.values().stream().filter(sponsor -> ids.contains(sponsor.id())).toList();
    }

    /**
     * Every commune covered on {@code date} by at least one agreement in force, mapped to those
     * agreements (in the order signed); communes sorted by code.
     */
    public Map<String, List<TwinningAgreement>> coverageOn(LocalDate date, AdministrativeRegistry units) {
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        Map<String, List<TwinningAgreement>> byCommune = new TreeMap<>();
        for (TwinningAgreement agreement : agreementsActiveOn(date)) {
            for (AdministrativeUnit commune : TwinningCoverage.communesCoveredBy(agreement, date, units)) {
                byCommune.computeIfAbsent(commune.code(), code -> new ArrayList<>()).add(agreement);
            }
        }
        Map<String, List<TwinningAgreement>> result = new TreeMap<>();
        byCommune.forEach((code, list) -> result.put(code, List.copyOf(list)));
        return Collections.unmodifiableMap(result);
    }

    // ---------------------------------------------------------------- internals

    private record ModelChoice(LocalDate effectiveFrom, List<String> modelIds, List<Commitment> commitments) {
    }

    private static final class AgreementHistory {
        private final TwinningAgreement signed;
        private final Optional<String> programmeId;
        private final List<ModelChoice> choices = new ArrayList<>();
        private LocalDate lastDay;

        AgreementHistory(TwinningAgreement signed, Optional<String> programmeId) {
            this.signed = signed;
            this.programmeId = programmeId;
            choices.add(new ModelChoice(signed.validFrom(), signed.modelIds(), signed.commitments()));
        }

        void choose(ModelChoice choice) {
            // handlers keep choices in date order; a same-day choice replaces, an earlier one is ignored
            ModelChoice latest = latestChoice();
            if (choice.effectiveFrom().equals(latest.effectiveFrom())) {
                choices.set(choices.size() - 1, choice);
            } else if (choice.effectiveFrom().isAfter(latest.effectiveFrom())) {
                choices.add(choice);
            }
        }

        ModelChoice latestChoice() {
            return choices.get(choices.size() - 1);
        }

        Optional<LocalDate> end() {
            Optional<LocalDate> planned = signed.validTo();
            if (lastDay == null) {
                return planned;
            }
            return Optional.of(planned.filter(day -> day.isBefore(lastDay)).orElse(lastDay));
        }

        TwinningAgreement latest() {
            return withChoice(latestChoice());
        }

        Optional<TwinningAgreement> asOf(LocalDate date) {
            if (date.isBefore(signed.validFrom()) || end().filter(date::isAfter).isPresent()) {
                return Optional.empty();
            }
            ModelChoice inForce = choices.get(0);
            for (ModelChoice choice : choices) {
                if (!choice.effectiveFrom().isAfter(date)) {
                    inForce = choice;
                }
            }
            return Optional.of(withChoice(inForce));
        }

        private TwinningAgreement withChoice(ModelChoice choice) {
            return TwinningAgreement.builder().from(signed)
                    .modelIds(choice.modelIds())
                    .commitments(choice.commitments())
                    .validTo(end())
                    .build();
        }
    }

    // ---------------------------------------------------------------- snapshot

    /**
     * The registry's whole state in a snapshot, in the order recorded.
     *
     * @param sponsors every registered sponsor
     * @param agreements every signed agreement with its history
     */
    public record State(List<Sponsor> sponsors, List<SavedAgreement> agreements) {

        /** Copies the lists. */
        public State {
            sponsors = List.copyOf(sponsors);
            agreements = List.copyOf(agreements);
        }
    }

    /**
     * An agreement as signed, its choices of models over time and its early end, in a snapshot.
     *
     * @param signed the agreement as signed
     * @param choices its choices of models, oldest first (the signed one first)
     * @param lastDay the day it was ended early, if it was
     * @param programmeId the programme it was signed for, in a ledger holding several; empty otherwise (and in
     *     snapshots saved before it was kept)
     */
    public record SavedAgreement(TwinningAgreement signed, List<SavedChoice> choices, Optional<LocalDate> lastDay,
            Optional<String> programmeId) {

        /** Copies the list. */
        public SavedAgreement {
            choices = List.copyOf(choices);
            programmeId = programmeId == null ? Optional.empty() : programmeId;
        }
    }

    /**
     * One choice of models of an agreement, in a snapshot.
     *
     * @param effectiveFrom the day it takes effect
     * @param modelIds the models chosen
     * @param commitments the commitments
     */
    public record SavedChoice(LocalDate effectiveFrom, List<String> modelIds, List<Commitment> commitments) {

        /** Copies the lists. */
        public SavedChoice {
            modelIds = List.copyOf(modelIds);
            commitments = List.copyOf(commitments);
        }
    }
}
