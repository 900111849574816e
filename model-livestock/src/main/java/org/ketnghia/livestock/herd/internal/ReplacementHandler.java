package org.ketnghia.livestock.herd.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.ReplaceDeadAnimal;
import org.ketnghia.livestock.herd.ReplacementFacts;
import org.ketnghia.livestock.passon.DeathHandling;
import org.ketnghia.livestock.passon.PassOnPolicy;

/** Validates {@link ReplaceDeadAnimal} against the group's policy and the registry; records {@link AnimalReplaced}. */
final class ReplacementHandler implements CommandHandler<ReplaceDeadAnimal> {

    @Override
    public Class<ReplaceDeadAnimal> commandType() {
        return ReplaceDeadAnimal.class;
    }

    @Override
    public List<EventDraft> handle(ReplaceDeadAnimal command, LedgerState state) {
        Herd herd = state.projection(Herd.class);
        LocalDate date = command.occurredOn();
        Problems problems = new Problems();
        Optional<Animal> dead = HandOverHandler.checkExists(herd, command.replacedEarTag(), "replacedEarTag", problems);
        Optional<GroupFounded> group = Optional.empty();
        if (dead.isPresent() && !Communes.mayRecordFor(state, dead.get().communeCode(), command.unitCode(), date)) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_ANIMAL, "replacedEarTag", command.replacedEarTag());
        } else if (dead.isPresent()) {
            group = state.projection(HouseholdGroups.class).group(dead.get().groupId());
            checkReplaceable(dead.get(), group, herd, date, problems);
        }
        if (command.earTag().isBlank()) {
            problems.add(CoreErrorCode.VALUE_BLANK, "earTag");
        } else {
            problems.check(herd.isTagUsed(command.earTag()), LivestockErrorCode.LIVESTOCK_EAR_TAG_IN_USE, "earTag",
                    command.earTag());
        }
        problems.check(command.ageMonths() < 0, CoreErrorCode.VALUE_NEGATIVE, "ageMonths", command.ageMonths());
        problems.check(command.replacementReference().isBlank(), CoreErrorCode.VALUE_BLANK, "replacementReference");
        problems.throwIfAny();
        Animal replaced = dead.orElseThrow();
        return List.of(EventDraft.of(command, AnimalReplaced.builder().from((ReplacementFacts) command)
                .householdId(replaced.keeperHouseholdId().orElseThrow()).groupId(replaced.groupId())
                .species(replaced.species()).paidAs(group.orElseThrow().passOnPolicy().deathHandling()).build()));
    }

    /** The dead animal was received by the household keeping it, not yet replaced, under a replacing policy. */
    private static void checkReplaceable(Animal dead, Optional<GroupFounded> group, Herd herd, LocalDate date,
            Problems problems) {
        String tag = dead.earTag();
        if (dead.status() != AnimalStatus.DEAD) {
            problems.add(LivestockErrorCode.LIVESTOCK_REPLACED_ANIMAL_NOT_DEAD, "replacedEarTag", tag,
                    dead.status().label().vi());
            return;
        }
        Optional<String> keeper = dead.keeperHouseholdId();
        if (keeper.isEmpty() || !dead.receivedByHouseholdId().equals(keeper)) {
            problems.add(LivestockErrorCode.LIVESTOCK_REPLACED_ANIMAL_NOT_RECEIVED, "replacedEarTag", tag,
                    keeper.orElse("—"));
            return;
        }
        herd.replacementOf(tag).ifPresent(other -> problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_REPLACED,
                "replacedEarTag", tag, other));
        if (group.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP, "replacedEarTag", dead.groupId());
            return;
        }
        PassOnPolicy policy = group.get().passOnPolicy();
        if (policy.deathHandling() == DeathHandling.CERTIFIED_WRITE_OFF) {
            problems.add(LivestockErrorCode.LIVESTOCK_REPLACEMENT_NOT_IN_POLICY, "replacedEarTag", policy.id(),
                    group.get().groupId());
            return;
        }
        String obligationId = Obligation.idOf(dead.groupId(), keeper.get());
        Optional<ObligationStatus> status = herd.obligation(obligationId).map(o -> o.statusOn(date));
        if (status.isEmpty()) {
            problems.add(LivestockErrorCode.LIVESTOCK_UNKNOWN_OBLIGATION, "replacedEarTag", obligationId);
        } else if (!status.get().isOpen()) {
            problems.add(LivestockErrorCode.LIVESTOCK_OBLIGATION_CLOSED, "replacedEarTag", obligationId,
                    status.get());
        }
    }
}
