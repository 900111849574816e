package org.ketnghia.livestock.herd.internal;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.PackageExceptionFacts;
import org.ketnghia.livestock.herd.PackageExceptionRecorded;
import org.ketnghia.livestock.herd.RecordPackageException;
import org.ketnghia.livestock.programme.LivestockProgramme;

/**
 * The round-1 support package (<i>mức hỗ trợ vòng 1</i>): each household receives the package of its
 * group's species once — the programme's head per household (2 cattle or 5 goats in the plan), or the
 * package an exception recorded for it — in one hand-over or several, never more in total, never two
 * species; and the handler recording those exceptions.
 */
final class PackageRules {

    private PackageRules() {
    }

    /**
     * Checks a round-1 hand-over of {@code animals} (those found alive; others are refused elsewhere) to
     * {@code householdId} of {@code group} against its package and what it received in round 1 before.
     */
    static void checkRoundOne(LivestockProgramme programme, Herd herd, GroupFounded group, String householdId,
            List<Animal> animals, Problems problems) {
        Optional<PackageExceptionRecorded> exception = herd.packageException(householdId);
        Species species = exception.map(PackageExceptionRecorded::species).orElse(group.species());
        int allowed = exception.map(PackageExceptionRecorded::headCount)
                .orElseGet(() -> programme.headPerHousehold(species));
        Map<Species, Integer> before = herd.roundOneReceived(householdId);
        Map<Species, Integer> now = new EnumMap<>(Species.class);
        animals.forEach(animal -> now.merge(animal.species(), 1, Integer::sum));
        Map<Species, Integer> together = new EnumMap<>(Species.class);
        together.putAll(before);
        now.forEach((kind, count) -> together.merge(kind, count, Integer::sum));
        // a group's stock holds its species only (the lot refuses others), so this guards the rule, not a path
        if (together.size() > 1) {
            problems.add(LivestockErrorCode.LIVESTOCK_PACKAGE_MIXED_SPECIES, "earTags", householdId,
                    together.keySet().stream().map(kind -> kind.label().vi()).collect(Collectors.joining(", ")));
            return;
        }
        int receivedBefore = before.values().stream().mapToInt(Integer::intValue).sum();
        int total = receivedBefore + animals.size();
        if (receivedBefore >= allowed) {
            problems.add(LivestockErrorCode.LIVESTOCK_PACKAGE_ALREADY_RECEIVED, "householdId", householdId,
                    receivedBefore, species.label().vi());
        } else if (total > allowed) {
            problems.add(LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEEDED, "earTags", householdId, total,
                    species.label().vi(), allowed);
        }
    }

    /** Validates {@link RecordPackageException}; records {@link PackageExceptionRecorded}. */
    static final class RecordException implements CommandHandler<RecordPackageException> {

        @Override
        public Class<RecordPackageException> commandType() {
            return RecordPackageException.class;
        }

        @Override
        public List<EventDraft> handle(RecordPackageException command, LedgerState state) {
            requireNonNull(command, "command");
            Herd herd = state.projection(Herd.class);
            Problems problems = new Problems();
            Optional<GroupFounded> group = ProcurementHandlers.checkGroup(command.groupId(), command.unitCode(),
                    command.occurredOn(), state, problems);
            String household = command.householdId();
            group.ifPresent(found -> {
                problems.check(!found.hasMember(household), LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_MEMBER,
                        "householdId", household, found.groupId());
                problems.check(found.species() != command.species(), LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_SPECIES,
                        "species", found.groupId(), found.species().label().vi(), command.species().label().vi(),
                        household);
            });
            if (command.headCount() < 1) {
                problems.add(CoreErrorCode.VALUE_OUT_OF_RANGE, "headCount", command.headCount(), 1, Integer.MAX_VALUE);
            } else {
                int received = herd.roundOneReceived(household).values().stream().mapToInt(Integer::intValue).sum();
                problems.check(received > command.headCount(),
                        LivestockErrorCode.LIVESTOCK_PACKAGE_EXCEPTION_BELOW_RECEIVED, "headCount", household, received,
                        command.headCount());
            }
            problems.check(command.justification().isBlank(), CoreErrorCode.VALUE_BLANK, "justification");
            problems.check(command.decisionReference().isBlank(), CoreErrorCode.VALUE_BLANK, "decisionReference");
            problems.check(command.approvedBy().isBlank(), CoreErrorCode.VALUE_BLANK, "approvedBy");
            problems.throwIfAny();
            return List.of(EventDraft.of(command,
                    PackageExceptionRecorded.builder().from((PackageExceptionFacts) command).build()));
        }
    }
}
