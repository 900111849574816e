package org.ketnghia.livestock.calibration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.ledger.InMemoryEventStore;
import org.ketnghia.core.ledger.LedgerEvent;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.AnimalSex;
import org.ketnghia.livestock.Species;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupLeader;
import org.ketnghia.livestock.group.GroupMember;
import org.ketnghia.livestock.group.GroupRole;
import org.ketnghia.livestock.herd.AnimalBorn;
import org.ketnghia.livestock.herd.AnimalsTransferred;
import org.ketnghia.livestock.passon.PassOnPolicies;
import org.ketnghia.livestock.herd.AnimalDied;
import org.ketnghia.livestock.herd.AnimalSold;
import org.ketnghia.livestock.herd.BirthReversed;
import org.ketnghia.livestock.herd.DeathReversed;
import org.ketnghia.livestock.herd.LotAccepted;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.Participants;

/**
 * A hand-built event stream of one goat group in A Xan (no validation: the calibration reads events as
 * recorded), for exposure counts that can be worked out by hand.
 */
final class TinyLedger {

    static final String GROUP = "to-de-tiny";
    static final String HOUSEHOLD = "HN-1";

    private final List<EventEnvelope> events = new ArrayList<>();

    TinyLedger lot(LocalDate acceptedOn, PurchasedAnimal... animals) {
        String lotId = "lo-" + (events.size() + 1);
        record(acceptedOn, PurchaseLotRecorded.builder().lotId(lotId).groupId(GROUP).supplier("HTX")
                .contractReference("HĐ 1").addAnimals(animals).build());
        LotAccepted.Builder accepted = LotAccepted.builder().lotId(lotId).groupId(GROUP).minutesReference("BB-NT")
                .amountPaid(Money.ofMillions(4).times(animals.length));
        for (PurchasedAnimal animal : animals) {
            accepted.addAccepted(animal.earTag());
        }
        return record(acceptedOn, accepted.build());
    }

    /** Founds goat group {@code groupId} in {@code communeCode}, with one member household. */
    TinyLedger founded(LocalDate on, String groupId, String communeCode) {
        return record(on, GroupFounded.builder().groupId(groupId).name("Tổ " + groupId).species(Species.GOAT)
                .decisionReference("QĐ " + groupId).publicVoteOn(on.minusDays(7)).charterReference("Quy chế " + groupId)
                .passOnPolicy(PassOnPolicies.standard().require(PassOnPolicies.FIRST_FEMALE_OFFSPRING))
                .addMembers(GroupMember.of(HOUSEHOLD, GroupRole.DEPUTY_SECRETARY, "CK-1")).communeCode(communeCode)
                .leader(GroupLeader.household("HN-L", "CK-L")).build());
    }

    /** Moves {@code tag} from {@code fromGroupId} to {@code toGroupId} in {@code toCommuneCode}. */
    TinyLedger transferred(LocalDate on, String tag, String fromGroupId, String toGroupId, String toCommuneCode) {
        return record(on, AnimalsTransferred.builder().addEarTags(tag).fromGroupId(fromGroupId).toGroupId(toGroupId)
                .fromCommuneCode(Participants.A_XAN).toCommuneCode(toCommuneCode).species(Species.GOAT)
                .reason("Tổ giải thể").minutesReference("BB-CD").build());
    }

    static PurchasedAnimal goat(String tag, AnimalSex sex, int ageMonths) {
        return PurchasedAnimal.builder().earTag(tag).species(Species.GOAT).sex(sex).ageMonths(ageMonths).weightKg(18)
                .healthCertificate("KD-" + tag).price(Money.ofMillions(4)).build();
    }

    TinyLedger born(LocalDate on, String mother, String tag, AnimalSex sex) {
        return record(on, AnimalBorn.builder().motherTag(mother).earTag(tag).sex(sex).species(Species.GOAT)
                .householdId(HOUSEHOLD).groupId(GROUP).build());
    }

    TinyLedger died(LocalDate on, String tag) {
        return record(on, AnimalDied.builder().earTag(tag).cause("Tiêu chảy").diedOn(on)
                .householdId(Optional.of(HOUSEHOLD)).build());
    }

    TinyLedger sold(LocalDate on, String tag, String buyer) {
        return record(on, AnimalSold.builder().earTag(tag).buyer(buyer).price(Money.ofMillions(3))
                .householdId(HOUSEHOLD).build());
    }

    TinyLedger birthReversed(LocalDate on, String tag, String mother, LocalDate bornOn) {
        return record(on, BirthReversed.builder().earTag(tag).motherTag(mother).householdId(HOUSEHOLD).bornOn(bornOn)
                .reason("Ghi nhầm").correctionReference("ĐC-1").build());
    }

    TinyLedger deathReversed(LocalDate on, String tag, LocalDate diedOn) {
        return record(on, DeathReversed.builder().earTag(tag).diedOn(diedOn).householdId(Optional.of(HOUSEHOLD))
                .reason("Con vật còn sống").correctionReference("ĐC-2").build());
    }

    private TinyLedger record(LocalDate on, LedgerEvent payload) {
        long sequence = events.size() + 1;
        events.add(new EventEnvelope(sequence, on, Instant.parse("2024-01-01T00:00:00Z"), Fixtures.PROVINCE,
                Participants.A_XAN, payload, "h" + (sequence - 1), "h" + sequence));
        return this;
    }

    InMemoryEventStore store() {
        return InMemoryEventStore.restoredFrom(events);
    }
}
