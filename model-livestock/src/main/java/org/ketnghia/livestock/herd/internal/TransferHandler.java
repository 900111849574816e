package org.ketnghia.livestock.herd.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.admin.AdministrativeUnit;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.AnimalsTransferred;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.TransferAnimals;
import org.ketnghia.livestock.herd.TransferFacts;

/**
 * Validates {@link TransferAnimals} and records {@link AnimalsTransferred}: kept animals leave only a household
 * whose obligation is settled, animals waiting to be handed over go to the receiving group's stock.
 */
final class TransferHandler implements CommandHandler<TransferAnimals> {

    @Override
    public Class<TransferAnimals> commandType() {
        return TransferAnimals.class;
    }

    @Override
    public List<EventDraft> handle(TransferAnimals command, LedgerState state) {
        Herd herd = state.projection(Herd.class);
        LocalDate date = command.occurredOn();
        Problems problems = new Problems();
        problems.check(command.reason().isBlank(), CoreErrorCode.VALUE_BLANK, "reason");
        problems.check(command.minutesReference().isBlank(), CoreErrorCode.VALUE_BLANK, "minutesReference");
        problems.check(command.earTags().isEmpty(), CoreErrorCode.VALUE_REQUIRED, "earTags");
        problems.check(new HashSet<>(command.earTags()).size() != command.earTags().size(),
                CoreErrorCode.VALUE_DUPLICATE, "earTags", command.earTags());
        Optional<GroupFounded> receiving = state.projection(HouseholdGroups.class).group(command.toGroupId());
        problems.check(receiving.isEmpty(), LivestockErrorCode.LIVESTOCK_UNKNOWN_GROUP, "toGroupId",
                command.toGroupId());

        List<Animal> moved = new ArrayList<>();
        for (int i = 0; i < command.earTags().size(); i++) {
            String field = "earTags[" + i + "]";
            Optional<Animal> found = LifeEventHandlers.livingAnimal(herd, command.earTags().get(i), field,
                    command.unitCode(), state, date, problems);
            if (found.isEmpty()) {
                continue;
            }
            Animal animal = found.get();
            if (!moved.isEmpty() && !sameHolding(moved.get(0), animal)) {
                problems.add(LivestockErrorCode.LIVESTOCK_TRANSFER_MIXED, field, moved.get(0).earTag(), animal.earTag());
            }
            moved.add(animal);
            problems.check(animal.groupId().equals(command.toGroupId()), LivestockErrorCode.LIVESTOCK_TRANSFER_SAME_GROUP,
                    field, animal.earTag(), animal.groupId());
            receiving.filter(group -> group.species() != animal.species()).ifPresent(group -> problems.add(
                    LivestockErrorCode.LIVESTOCK_SPECIES_MISMATCH, field, animal.earTag(), animal.species().label().vi(),
                    group.groupId(), group.species().label().vi()));
            problems.check(animal.status() == AnimalStatus.IN_STOCK && herd.boughtFromRevolvingFund(animal.earTag()),
                    LivestockErrorCode.LIVESTOCK_TRANSFER_REVOLVING_FUND_ANIMAL, field, animal.earTag(), animal.groupId());
        }
        Optional<Animal> first = moved.stream().findFirst();
        if (first.isPresent() && first.get().status() == AnimalStatus.IN_STOCK) {
            problems.check(command.toHouseholdId().isPresent(), LivestockErrorCode.LIVESTOCK_TRANSFER_STOCK_TO_HOUSEHOLD,
                    "toHouseholdId", first.get().earTag());
        } else if (first.isPresent()) {
            checkKeptTransfer(command, first.get(), receiving, herd, date, problems);
        }
        problems.throwIfAny();

        Animal animal = first.get();
        GroupFounded group = receiving.get();
        // the receiving group's commune as it stands on the date: its successor after the 2025 mergers
        String toCommune = state.administrativeUnits().unitInForce(group.communeCode(), date)
                .map(AdministrativeUnit::code).orElse(group.communeCode());
        return List.of(EventDraft.of(command, AnimalsTransferred.builder().from((TransferFacts) command)
                .fromGroupId(animal.groupId()).fromHouseholdId(animal.keeperHouseholdId())
                .fromCommuneCode(animal.communeCode()).toCommuneCode(toCommune).species(animal.species()).build()));
    }

    /** Kept animals go to a member of the receiving group, from a keeper that owes nothing in its group. */
    private static void checkKeptTransfer(TransferAnimals command, Animal animal, Optional<GroupFounded> receiving,
            Herd herd, LocalDate date, Problems problems) {
        if (command.toHouseholdId().isEmpty()) {
            problems.add(CoreErrorCode.VALUE_REQUIRED, "toHouseholdId");
        } else {
            String recipient = command.toHouseholdId().get();
            receiving.filter(group -> !group.hasMember(recipient)).ifPresent(group -> problems.add(
                    LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_MEMBER, "toHouseholdId", recipient, group.groupId()));
        }
        String keeper = animal.keeperHouseholdId().orElseThrow();
        herd.obligation(Obligation.idOf(animal.groupId(), keeper)).filter(o -> o.statusOn(date).isOpen())
                .ifPresent(o -> problems.add(LivestockErrorCode.LIVESTOCK_TRANSFER_OBLIGATION_OPEN, "earTags", keeper,
                        o.obligationId()));
    }

    /** Whether two animals are of one group and one keeper (or both waiting to be handed over). */
    private static boolean sameHolding(Animal first, Animal other) {
        return first.groupId().equals(other.groupId()) && first.status() == other.status()
                && first.keeperHouseholdId().equals(other.keeperHouseholdId());
    }
}
