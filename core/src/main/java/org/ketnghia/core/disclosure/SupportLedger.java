package org.ketnghia.core.disclosure;

import static java.util.Objects.requireNonNull;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.KetnghiaException;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.Projection;
import org.ketnghia.core.ledger.SnapshotForm;
import org.ketnghia.core.money.Money;
import org.ketnghia.core.participant.HouseholdHeadChanged;
import org.ketnghia.core.participant.HouseholdMember;
import org.ketnghia.core.participant.HouseholdMoved;
import org.ketnghia.core.participant.HouseholdRegistered;
import org.ketnghia.core.participant.HouseholdRelation;
import org.ketnghia.core.participant.HouseholdSplit;
import org.ketnghia.core.participant.PovertyStatusCorrected;
import org.ketnghia.core.participant.PovertyStatusRecorded;
import org.ketnghia.core.participant.poverty.PovertyCategory;

/**
 * Collects every recorded event that implements {@link BeneficiarySupport}, whatever its pilot
 * model, together with the only household facts a public list may show: the head's name, the
 * village and the poverty category per year. It never stores ID numbers, birth years, ethnicity,
 * income or deprivations, so a listing made from it cannot leak them.
 *
 * <p>Read it through {@code ledger.read(SupportLedger.class, supports -> supports.publicListing(…))}.
 * Queries return immutable values. Not thread-safe by itself: the ledger guards it with its lock.
 */
public final class SupportLedger implements Projection {

    /**
     * How the ledger of support is saved in a ledger snapshot and restored from it. Its code covers {@code
     * PublicHousehold} and {@link YearHistory}, which keep each household's public facts by date and its poverty
     * categories by year, and {@link BeneficiarySupport} with every event type of the runtime implementing it (a
     * pilot model's {@code value()} or description decides what is kept of each support), so that a model changing how
     * its event reports its support replays this ledger's old snapshots.
     */
    public static final SnapshotForm<SupportLedger, State> SNAPSHOT_FORM = SnapshotForm
            .of(State.class, SupportLedger::state, SupportLedger::restore)
            .covering(PublicHousehold.class, YearHistory.class)
            .coveringEventsOf(BeneficiarySupport.class);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int CATEGORIES = PovertyCategory.values().length;

    private final List<SupportRecord> supports = new ArrayList<>();
    /**
     * Per household, its public facts from the day they hold (registration counts from the beginning) and its
     * categories by year.
     */
    private final Map<String, PublicHousehold<PublicFacts, DatedCategory>> households = new HashMap<>();
    /**
     * Each decision date and category once: a province decides its households' statuses on a few days a year, and a
     * history kept per status would be one more object for every status recorded. By day, then by the category's
     * ordinal: found without making a key to look it up with.
     */
    private final Map<LocalDate, DatedCategory[]> datedCategories = new HashMap<>();

    /** An empty ledger of support; the ledger fills it. */
    public SupportLedger() {
    }

    /** The whole state; what lives in hash maps is sorted by household id, so equal ledgers save equal JSON. */
    private State state() {
        List<SavedFacts> facts = new ArrayList<>();
        Map<String, PublicHousehold<PublicFacts, DatedCategory>> byId = new TreeMap<>(households);
        byId.forEach((householdId, household) -> household.forEachFacts((from, held) ->
                facts.add(new SavedFacts(householdId, from, held.headName(), held.villageCode()))));
        List<SavedCategory> saved = new ArrayList<>();
        byId.forEach((householdId, household) -> {
            YearHistory<DatedCategory> history = household.categories();
            for (int i = 0; history != null && i < history.size(); i++) {
                DatedCategory category = history.valueAt(i);
                saved.add(new SavedCategory(householdId, history.yearAt(i), category.decidedOn(), category.category()));
            }
        });
        return new State(supports(), facts, saved);
    }

    private static SupportLedger restore(State state) {
        SupportLedger ledger = new SupportLedger();
        ledger.supports.addAll(state.supports());
        state.facts().forEach(facts -> ledger.household(facts.householdId())
                .put(facts.from(), new PublicFacts(facts.headName(), facts.villageCode())));
        state.categories().forEach(category -> ledger.addCategory(category.householdId(), category.year(),
                category.decidedOn(), category.category()));
        return ledger;
    }

    @Override
    public void apply(EventEnvelope event) {
        Object payload = event.payload();
        if (payload instanceof BeneficiarySupport support) {
            supports.add(new SupportRecord(event.sequence(), support.householdId(), support.pilotModelId(),
                    support.supportDescriptionVi(), support.supportDescriptionEn(), support.value(),
                    support.supportedOn()));
        }
        if (payload instanceof HouseholdRegistered registered) {
            // only the head's name and the village are kept: nothing else may reach a public list
            for (HouseholdMember member : registered.household().members()) {
                if (member.relation() == HouseholdRelation.HEAD) { // the first head, as registered
                    household(registered.household().id())
                            .put(LocalDate.MIN, new PublicFacts(member.fullName(), registered.household().villageCode()));
                    break;
                }
            }
        } else if (payload instanceof HouseholdHeadChanged changed) {
            latest(changed.householdId()).ifPresent(facts -> households.get(changed.householdId())
                    .put(event.occurredOn(), new PublicFacts(changed.newHeadName(), facts.villageCode())));
        } else if (payload instanceof HouseholdMoved moved) {
            latest(moved.householdId()).ifPresent(facts -> households.get(moved.householdId())
                    .put(event.occurredOn(), new PublicFacts(facts.headName(), moved.villageCode())));
        } else if (payload instanceof HouseholdSplit split) {
            household(split.newHouseholdId())
                    .put(event.occurredOn(), new PublicFacts(split.newHeadName(), split.villageCode()));
        } else if (payload instanceof PovertyStatusRecorded recorded) {
            addCategory(recorded.householdId(), recorded.year(), event.occurredOn(), recorded.category());
        } else if (payload instanceof PovertyStatusCorrected corrected) {
            addCategory(corrected.householdId(), corrected.year(), event.occurredOn(), corrected.category());
        }
    }

    /** What is kept of the household, made empty the first time. */
    private PublicHousehold<PublicFacts, DatedCategory> household(String householdId) {
        PublicHousehold<PublicFacts, DatedCategory> household = households.get(householdId);
        if (household == null) {
            household = new PublicHousehold<>();
            households.put(householdId, household);
        }
        return household;
    }

    private Optional<PublicFacts> latest(String householdId) {
        PublicHousehold<PublicFacts, DatedCategory> household = households.get(householdId);
        return household == null ? Optional.empty() : Optional.ofNullable(household.latest());
    }

    /** The household's public facts on {@code date}: after a change of head or a move, the new ones. */
    private PublicFacts factsOn(String householdId, LocalDate date) {
        PublicHousehold<PublicFacts, DatedCategory> household = households.get(householdId);
        return household == null ? null : household.on(date);
    }

    private void addCategory(String householdId, int year, LocalDate decidedOn, PovertyCategory category) {
        household(householdId).addCategory(year, dated(decidedOn, category));
    }

    /** The one {@link DatedCategory} of the day and category, made the first time. */
    private DatedCategory dated(LocalDate decidedOn, PovertyCategory category) {
        DatedCategory[] ofDay = datedCategories.get(decidedOn);
        if (ofDay == null) {
            ofDay = new DatedCategory[CATEGORIES];
            datedCategories.put(decidedOn, ofDay);
        }
        DatedCategory dated = ofDay[category.ordinal()];
        if (dated == null) {
            dated = new DatedCategory(decidedOn, category);
            ofDay[category.ordinal()] = dated;
        }
        return dated;
    }

    /** Every support recorded, in ledger order; immutable. */
    public List<SupportRecord> supports() {
        return List.copyOf(supports);
    }

    /** The support received by one household, in ledger order; immutable. */
    public List<SupportRecord> supportsOf(String householdId) {
        requireNonNull(householdId, "householdId");
        return supports.stream().filter(support -> support.householdId().equals(householdId)).toList();
    }

    /** The total value of the support recorded for one pilot model. */
    public Money totalOf(String pilotModelId) {
        requireNonNull(pilotModelId, "pilotModelId");
        return Money.sum(supports.stream().filter(s -> s.pilotModelId().equals(pilotModelId)).map(SupportRecord::value)
                .toList());
    }

    /**
     * The public list of a commune (or any unit) on {@code date}: every support received up to that
     * date by households whose village lies within the unit on that date.
     *
     * @throws KetnghiaException {@link DisclosureErrorCode#DISCLOSURE_UNKNOWN_UNIT} if the unit does
     *     not exist on the date
     */
    public PublicListing publicListing(String communeCode, LocalDate date, AdministrativeRegistry units) {
        return publicListing(communeCode, LocalDate.MIN, date, units);
    }

    /**
     * The public list of a commune for the support received from {@code since} to {@code date}
     * (both inclusive), e.g. one year's list. The category shown is the household's in the year of
     * {@code date}, or else in the latest year before it that was reviewed, as decided on or before
     * {@code date}; {@code "Chưa xác định"} when none was.
     *
     * @throws KetnghiaException {@link DisclosureErrorCode#DISCLOSURE_UNKNOWN_UNIT} if the unit does
     *     not exist on the date, {@link DisclosureErrorCode#DISCLOSURE_PERIOD_INVERTED} if {@code
     *     since} is after {@code date}
     */
    public PublicListing publicListing(String communeCode, LocalDate since, LocalDate date,
            AdministrativeRegistry units) {
        requireNonNull(communeCode, "communeCode");
        requireNonNull(since, "since");
        requireNonNull(date, "date");
        requireNonNull(units, "units");
        if (since.isAfter(date)) {
            throw KetnghiaException.of(DisclosureErrorCode.DISCLOSURE_PERIOD_INVERTED, "since", since, date);
        }
        AdministrativeUnit commune = units.unitAsOf(communeCode, date).orElseThrow(() -> KetnghiaException.of(
                DisclosureErrorCode.DISCLOSURE_UNKNOWN_UNIT, "communeCode", communeCode, date));
        Map<String, Boolean> inside = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (SupportRecord support : supports) {
            PublicFacts facts = factsOn(support.householdId(), date);
            if (facts == null || support.supportedOn().isBefore(since) || support.supportedOn().isAfter(date)) {
                continue;
            }
            boolean within = inside.computeIfAbsent(facts.villageCode(), village -> units.isWithin(village, communeCode, date));
            if (!within) {
                continue;
            }
            lines.add(new Line(support, new PublicListingRow(facts.headName(), villageName(units, facts.villageCode(), date),
                    categoryLabel(support.householdId(), date), support.descriptionVi(), support.value())));
        }
        Collator collator = Collator.getInstance(VIETNAMESE);
        lines.sort(Comparator.<Line, String>comparing(line -> line.row().villageName(), collator)
                .thenComparing(line -> line.row().headName(), collator)
                .thenComparing(line -> line.support().supportedOn())
                .thenComparingLong(line -> line.support().sequence()));
        return new PublicListing(commune.displayName(VIETNAMESE), date, lines.stream().map(Line::row).toList());
    }

    /**
     * The category of the latest year up to the listing's that has a status decided on or before
     * the listing date; a status decided later is not yet public on that date.
     */
    private String categoryLabel(String householdId, LocalDate date) {
        PublicHousehold<PublicFacts, DatedCategory> household = households.get(householdId);
        YearHistory<DatedCategory> history = household == null ? null : household.categories();
        if (history != null) {
            // latest year first, and within a year the latest decided first
            for (int i = history.size() - 1; i >= 0; i--) {
                if (history.yearAt(i) <= date.getYear() && !history.valueAt(i).decidedOn().isAfter(date)) {
                    String label = history.valueAt(i).category().label().vi();
                    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
                }
            }
        }
        return "Chưa xác định";
    }

    private static String villageName(AdministrativeRegistry units, String villageCode, LocalDate date) {
        Optional<AdministrativeUnit> village = units.unitAsOf(villageCode, date).or(() -> units.unit(villageCode));
        return village.map(AdministrativeUnit::name).orElse(villageCode);
    }

    /** The only household facts kept: what the public list shows. */
    private record PublicFacts(String headName, String villageCode) {
    }

    private record DatedCategory(LocalDate decidedOn, PovertyCategory category) {
    }

    private record Line(SupportRecord support, PublicListingRow row) {
    }

    /**
     * The ledger of support's whole state in a snapshot: only what a public list may show.
     *
     * @param supports every support recorded, in ledger order
     * @param facts each household's public facts from the day they hold, by household id, then day
     * @param categories each household's poverty categories, by household id, then year, then as decided
     */
    public record State(List<SupportRecord> supports, List<SavedFacts> facts, List<SavedCategory> categories) {

        /** Copies the lists. */
        public State {
            supports = List.copyOf(supports);
            facts = List.copyOf(facts);
            categories = List.copyOf(categories);
        }
    }

    /**
     * A household's public facts from a day on, in a snapshot.
     *
     * @param householdId the household
     * @param from the day they hold from ({@link LocalDate#MIN} for the registration)
     * @param headName the head's name
     * @param villageCode the village
     */
    public record SavedFacts(String householdId, LocalDate from, String headName, String villageCode) {
    }

    /**
     * A poverty category decided for a household and year, in a snapshot.
     *
     * @param householdId the household
     * @param year the year
     * @param decidedOn the day it was recorded or corrected
     * @param category the category
     */
    public record SavedCategory(String householdId, int year, LocalDate decidedOn, PovertyCategory category) {
    }
}
