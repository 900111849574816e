package org.ketnghia.core.participant.internal;

import java.text.Collator;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ketnghia.core.admin.AdminLevel;
import org.ketnghia.core.admin.AdministrativeRegistry;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.ActorRole;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.participant.Household;
import org.ketnghia.core.participant.ParticipantRegistry;
import org.ketnghia.core.participant.ParticipantRegistryErrorCode;
import org.ketnghia.core.participant.PostPovertyReviewResults;
import org.ketnghia.core.participant.PovertyReviewErrorCode;
import org.ketnghia.core.participant.PovertyReviewRegister;
import org.ketnghia.core.participant.PovertyReviewResultsPosted;
import org.ketnghia.core.participant.PovertyReviewRow;
import org.ketnghia.core.participant.PovertyReviewWindow;
import org.ketnghia.core.participant.PovertyReviewWindowSet;
import org.ketnghia.core.participant.PovertyStatus;
import org.ketnghia.core.participant.RecordPovertyStatus;
import org.ketnghia.core.participant.SetPovertyReviewWindow;

/** The handlers of the annual poverty review: its window and the public posting of its results. */
public final class PovertyReviewHandlers {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private PovertyReviewHandlers() {
    }

    /** The handlers of this file. */
    static List<CommandHandler<?>> all() {
        return List.of(new SetWindow(), new Post());
    }

    /**
     * The window rule of {@link RecordPovertyStatus}: while a window is in force for the household's village on the
     * date recorded, a status for year Y is recorded within the window's days of year Y − 1. Nothing is checked when no
     * window is in force or the household is unknown (that problem is reported elsewhere).
     */
    static void checkWindow(Problems problems, LedgerState state, RecordPovertyStatus command) {
        PovertyReviewRegister register = state.projection(PovertyReviewRegister.class);
        if (!register.hasWindows()) {
            return; // no window anywhere: nothing to check, and the household's village need not be looked up
        }
        ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
        Optional<String> village = registry.householdAsOf(command.householdId(), command.occurredOn())
                .or(() -> registry.household(command.householdId())).map(Household::villageCode);
        if (village.isEmpty()) {
            return;
        }
        Optional<PovertyReviewWindow> window = register
                .windowFor(village.get(), command.occurredOn(), state.administrativeUnits());
        window.filter(found -> !found.admits(command.year(), command.occurredOn())).ifPresent(found -> problems.add(
                PovertyReviewErrorCode.PARTICIPANT_REVIEW_OUTSIDE_WINDOW, "occurredOn", command.year(),
                found.firstDayFor(command.year()).format(DAY_MONTH_YEAR),
                found.lastDayFor(command.year()).format(DAY_MONTH_YEAR), command.occurredOn().format(DAY_MONTH_YEAR),
                found.unitCode()));
    }

    /** Handles {@link SetPovertyReviewWindow}: the system or the provincial committee, for a province. */
    static final class SetWindow implements CommandHandler<SetPovertyReviewWindow> {

        @Override
        public Class<SetPovertyReviewWindow> commandType() {
            return SetPovertyReviewWindow.class;
        }

        @Override
        public Set<ActorRole> permittedRoles() {
            return EnumSet.of(ActorRole.SYSTEM, ActorRole.PROVINCIAL_COMMITTEE);
        }

        @Override
        public List<EventDraft> handle(SetPovertyReviewWindow command, LedgerState state) {
            Problems problems = new Problems();
            boolean province = state.administrativeUnits().unitAsOf(command.unitCode(), command.effectiveFrom())
                    .filter(unit -> AdminLevel.PROVINCE.equals(unit.levelId())).isPresent();
            problems.check(!province, PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_PROVINCE, "unitCode",
                    command.unitCode(), command.effectiveFrom());
            MonthDay start = command.windowStart();
            MonthDay end = command.windowEnd();
            problems.check(end.isBefore(start), PovertyReviewErrorCode.PARTICIPANT_REVIEW_WINDOW_INVERTED, "windowEnd",
                    start.format(DAY_MONTH), end.format(DAY_MONTH));
            ParticipantChecks.blank(problems, command.basis(), "basis");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PovertyReviewWindowSet.builder().windowStart(start).windowEnd(end)
                    .effectiveFrom(command.effectiveFrom()).basis(command.basis()).build()));
        }
    }

    /** Handles {@link PostPovertyReviewResults}: computes the rows from the registry on the posting date. */
    static final class Post implements CommandHandler<PostPovertyReviewResults> {

        private static final Comparator<PovertyReviewRow> ORDER = rowOrder();

        @Override
        public Class<PostPovertyReviewResults> commandType() {
            return PostPovertyReviewResults.class;
        }

        @Override
        public List<EventDraft> handle(PostPovertyReviewResults command, LedgerState state) {
            Problems problems = new Problems();
            AdministrativeRegistry units = state.administrativeUnits();
            if (!ParticipantChecks.blank(problems, command.postingId(), "postingId")) {
                problems.check(state.projection(PovertyReviewRegister.class).hasPosting(command.postingId()),
                        PovertyReviewErrorCode.PARTICIPANT_REVIEW_DUPLICATE_POSTING, "postingId", command.postingId());
            }
            boolean commune = units.unitAsOf(command.unitCode(), command.postedFrom())
                    .filter(unit -> AdminLevel.COMMUNE.equals(unit.levelId())).isPresent();
            problems.check(!commune, PovertyReviewErrorCode.PARTICIPANT_REVIEW_NOT_A_COMMUNE, "unitCode",
                    command.unitCode(), command.postedFrom());
            int maxYear = command.postedFrom().getYear() + 1;
            problems.check(command.reviewYear() < PovertyStatusHandlers.MIN_YEAR || command.reviewYear() > maxYear,
                    ParticipantRegistryErrorCode.PARTICIPANT_STATUS_YEAR_OUT_OF_RANGE, "reviewYear",
                    command.reviewYear(), PovertyStatusHandlers.MIN_YEAR, maxYear);
            problems.check(command.postedUntil().isBefore(command.postedFrom()), CoreErrorCode.PERIOD_INVERTED,
                    "postedUntil", command.postedFrom(), command.postedUntil());
            problems.check(command.places().isEmpty(), PovertyReviewErrorCode.PARTICIPANT_REVIEW_NO_POSTING_PLACE,
                    "places");
            for (int i = 0; i < command.places().size(); i++) {
                ParticipantChecks.blank(problems, command.places().get(i), "places[" + i + "]");
            }
            ParticipantChecks.blank(problems, command.postedBy(), "postedBy");
            problems.throwIfAny();
            return List.of(EventDraft.of(command, PovertyReviewResultsPosted.builder().postingId(command.postingId())
                    .reviewYear(command.reviewYear()).places(command.places()).postedFrom(command.postedFrom())
                    .postedUntil(command.postedUntil()).postedBy(command.postedBy())
                    .rows(rows(state, command.unitCode(), command.postedFrom(), command.reviewYear())).build()));
        }

        /** Only the head's name, the village and the category leave the registry: nothing else may be posted. */
        private static List<PovertyReviewRow> rows(LedgerState state, String communeCode, LocalDate date, int year) {
            ParticipantRegistry registry = state.projection(ParticipantRegistry.class);
            AdministrativeRegistry units = state.administrativeUnits();
            List<PovertyReviewRow> rows = new ArrayList<>();
            for (Household household : registry.householdsWithin(communeCode, date, units)) {
                Optional<PovertyStatus> status = registry.povertyStatus(household.id(), year)
                        .filter(found -> found.category().isBeneficiary());
                if (status.isPresent()) {
                    String villageName = units.unitAsOf(household.villageCode(), date).map(AdministrativeUnit::name)
                            .orElse(household.villageCode());
                    rows.add(PovertyReviewRow.of(household.head().fullName(), household.villageCode(), villageName,
                            status.get().category()));
                }
            }
            rows.sort(ORDER);
            return List.copyOf(rows);
        }

        private static Comparator<PovertyReviewRow> rowOrder() {
            Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
            return Comparator.comparing(PovertyReviewRow::villageName, collator::compare)
                    .thenComparing(PovertyReviewRow::headName, collator::compare);
        }
    }
}
