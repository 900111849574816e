package org.ketnghia.livestock.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalReplaced;
import org.ketnghia.livestock.herd.AnimalsTransferred;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.LotAccepted;

/**
 * The ledger's livestock events folded once, in order: the registry and the groups as they stand (corrections
 * applied: a reversed birth is gone, a reversed death is alive again, a corrected sale has its corrected date),
 * plus the dates the registry does not keep — when each animal entered a herd, when each group was founded,
 * and the dated transfers between groups. Confined to one thread.
 */
final class RecordedHerd {

    /** A transfer of one animal to another group. */
    record Move(LocalDate on, String toGroupId) {
    }

    final Herd herd = new Herd();
    final HouseholdGroups groups = new HouseholdGroups();
    final Map<String, LocalDate> enteredOn = new HashMap<>();
    final Map<String, LocalDate> foundedOn = new HashMap<>();
    private final Map<String, String> firstGroup = new HashMap<>();
    private final Map<String, List<Move>> moves = new HashMap<>();

    void apply(EventEnvelope event) {
        herd.apply(event);
        groups.apply(event);
        Object payload = event.payload();
        LocalDate date = event.occurredOn();
        if (payload instanceof GroupFounded founded) {
            foundedOn.putIfAbsent(founded.groupId(), date);
        } else if (payload instanceof LotAccepted accepted) {
            accepted.accepted().forEach(tag -> enteredOn.putIfAbsent(tag, date));
        } else if (payload instanceof AnimalBorn born) {
            enteredOn.putIfAbsent(born.earTag(), date);
        } else if (payload instanceof AnimalReplaced replaced) {
            enteredOn.putIfAbsent(replaced.earTag(), date);
        } else if (payload instanceof AnimalsTransferred transferred) {
            for (String tag : transferred.earTags()) {
                firstGroup.putIfAbsent(tag, transferred.fromGroupId());
                moves.computeIfAbsent(tag, key -> new ArrayList<>()).add(new Move(date, transferred.toGroupId()));
            }
        }
    }

    /** The group {@code animal} belonged to on {@code date}: its first group, moved by the transfers dated until then. */
    String groupOn(Animal animal, LocalDate date) {
        List<Move> animalMoves = moves.get(animal.earTag());
        if (animalMoves == null) {
            return animal.groupId();
        }
        String group = firstGroup.get(animal.earTag());
        for (Move move : animalMoves) {
            if (!move.on().isAfter(date)) {
                group = move.toGroupId();
            }
        }
        return group;
    }
}
