package org.ketnghia.livestock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketnghia.livestock.LivestockCommune.GROUP;
import static org.ketnghia.livestock.LivestockCommune.death;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ketnghia.core.ledger.EventEnvelope;
import org.ketnghia.core.runtime.KetnghiaRuntime;
import org.ketnghia.core.spi.PilotModel;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.group.GroupMembersAdded;
import org.ketnghia.livestock.group.HouseholdGroups;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.herd.ObligationStatus;
import org.ketnghia.livestock.herd.PurchaseLotRecorded;
import org.ketnghia.livestock.herd.PurchasedAnimal;
import org.ketnghia.testing.Fixtures;
import org.ketnghia.testing.contract.SnapshotFormCheck;

/**
 * The snapshot forms of {@link Herd} and {@link HouseholdGroups}: restored from their saved JSON at every event of
 * the contract's samples (and of deaths writing an obligation off, one of them corrected), they answer as the
 * folded projections do and, fed the rest of the events, save exactly what a full replay saves.
 */
class SnapshotFormsTest {

    private static final LocalDate IN_2022 = LocalDate.of(2022, 3, 1);

    private final LivestockContractTest contract = new LivestockContractTest();
    private final PilotModel model = contract.model();

    /** The contract's accepted samples, recorded. */
    private List<EventEnvelope> samples() {
        KetnghiaRuntime runtime = KetnghiaRuntime.builder().administrativeUnits(contract.units()).addModel(model)
                .clock(Fixtures.CLOCK).build();
        contract.acceptedCommands().forEach(runtime.ledger()::submit);
        return runtime.ledger().store().readAll();
    }

    /** Round 1, then all five goats of HN-1 die with a certificate (its obligation written off), one corrected. */
    private static List<EventEnvelope> writeOff() {
        LivestockCommune commune = new LivestockCommune().throughRoundOne();
        for (String tag : List.of("G01", "G02", "G03", "G04", "G05")) {
            commune.submit(death(IN_2022, tag, Optional.of("TY-" + tag)));
        }
        commune.submit(Corrections.reverseDeath(LivestockCommune.PROVINCE, IN_2022.plusDays(5), "G05"));
        return commune.ledger.store().readAll();
    }

    private ObjectMapper mapper() {
        return KetnghiaRuntime.builder().administrativeUnits(contract.units()).addModel(model).clock(Fixtures.CLOCK)
                .build().objectMapper();
    }

    @Test
    void herd_restoredAtEveryEvent_continuesAsAFullReplay() {
        List<EventEnvelope> events = samples();
        SnapshotFormCheck<Herd> check = SnapshotFormCheck.of(mapper(), model, Herd.class, herd -> herdAnswers(herd, events));

        assertThat(check.checkEveryCut(events)).isEqualTo(events.size() + 1);
        assertThat(SnapshotFormCheck.payloadTypes(events)).hasSizeGreaterThan(20);
    }

    @Test
    void herd_restoredWhileAnObligationIsWrittenOff_reopensItWhenTheDeathIsCorrected() {
        List<EventEnvelope> events = writeOff();
        SnapshotFormCheck<Herd> check = SnapshotFormCheck.of(mapper(), model, Herd.class, herd -> herdAnswers(herd, events));

        check.checkEveryCut(events);
        Herd full = new Herd();
        events.forEach(full::apply);
        assertThat(full.obligation(Obligation.idOf(GROUP, "HN-1")).orElseThrow().statusOn(IN_2022))
                .isEqualTo(ObligationStatus.DUE);
        assertThat(check.savedJson(events.subList(0, events.size() - 1))).contains("writtenOffBy\":[{\"key\":\""
                + Obligation.idOf(GROUP, "HN-1") + "\",\"value\":\"G05\"}]");
    }

    @Test
    void householdGroups_restoredAtEveryEvent_continueAsAFullReplay() {
        List<EventEnvelope> events = samples();
        SnapshotFormCheck<HouseholdGroups> check = SnapshotFormCheck.of(mapper(), model, HouseholdGroups.class,
                groups -> groupAnswers(groups, events));

        check.checkEveryCut(events);
        assertThat(events).anyMatch(event -> event.payload() instanceof GroupMembersAdded);
    }

    private static List<Object> groupAnswers(HouseholdGroups groups, List<EventEnvelope> events) {
        List<Object> answers = new ArrayList<>();
        answers.add(groups.groups());
        for (String groupId : groupIds(events)) {
            answers.add(groups.group(groupId));
            answers.add(groups.foundingOf(groupId));
            answers.add(groups.additionsTo(groupId));
        }
        for (String household : households(events)) {
            answers.add(groups.groupOf(household));
        }
        for (String commune : List.of(LivestockCommune.A_XAN, "00000")) {
            answers.add(groups.groupsIn(commune));
        }
        return answers;
    }

    private static List<Object> herdAnswers(Herd herd, List<EventEnvelope> events) {
        List<Object> answers = new ArrayList<>();
        answers.add(herd.animals());
        answers.add(herd.obligations());
        answers.add(herd.transfers());
        answers.add(new TreeSet<>(herd.groupsWithRevolvingFund()));
        for (String tag : earTags(events)) {
            answers.addAll(List.of(herd.animal(tag), herd.sale(tag), herd.corrections(tag), herd.beforeEnd(tag),
                    herd.isTagUsed(tag), herd.replacementOf(tag), herd.purchasePrice(tag),
                    herd.boughtFromRevolvingFund(tag), herd.offspringOf(tag)));
        }
        for (String household : households(events)) {
            answers.addAll(List.of(herd.keptBy(household), herd.bornIn(household), herd.roundOf(household),
                    herd.roundOneReceived(household), herd.packageException(household)));
        }
        for (String groupId : groupIds(events)) {
            answers.addAll(List.of(herd.chain(groupId), herd.communeOfGroup(groupId), herd.revolvingFund(groupId),
                    herd.revolvingFundOutsideFundingLedger(groupId), herd.highestCashPayerRound(groupId)));
            for (String household : households(events)) {
                answers.add(herd.obligation(Obligation.idOf(groupId, household)));
            }
        }
        for (PurchaseLotRecorded lot : payloads(events, PurchaseLotRecorded.class)) {
            answers.addAll(List.of(herd.lot(lot.lotId()), herd.acceptedOn(lot.lotId())));
        }
        for (String commune : new TreeSet<>(events.stream().map(EventEnvelope::unitCode).toList())) {
            answers.add(herd.counts(commune));
        }
        return answers;
    }

    private static TreeSet<String> earTags(List<EventEnvelope> events) {
        TreeSet<String> tags = new TreeSet<>();
        Herd full = new Herd();
        events.forEach(full::apply);
        full.animals().stream().map(Animal::earTag).forEach(tags::add);
        payloads(events, PurchaseLotRecorded.class).forEach(lot -> lot.animals().stream().map(PurchasedAnimal::earTag)
                .forEach(tags::add));
        tags.add("K04");
        return tags;
    }

    private static TreeSet<String> households(List<EventEnvelope> events) {
        TreeSet<String> households = new TreeSet<>();
        payloads(events, AnimalsHandedOver.class).forEach(handOver -> households.add(handOver.householdId()));
        payloads(events, GroupFounded.class).forEach(group -> {
            group.members().forEach(member -> households.add(member.householdId()));
            group.leader().householdId().ifPresent(households::add);
        });
        payloads(events, GroupMembersAdded.class).forEach(added -> added.members()
                .forEach(member -> households.add(member.householdId())));
        return households;
    }

    private static TreeSet<String> groupIds(List<EventEnvelope> events) {
        TreeSet<String> groups = new TreeSet<>();
        payloads(events, GroupFounded.class).forEach(group -> groups.add(group.groupId()));
        return groups;
    }

    private static <T> List<T> payloads(List<EventEnvelope> events, Class<T> type) {
        return events.stream().map(EventEnvelope::payload).filter(type::isInstance).map(type::cast).toList();
    }
}
