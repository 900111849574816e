package org.ketnghia.livestock.herd.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketnghia.core.error.CoreErrorCode;
import org.ketnghia.core.error.Problems;
import org.ketnghia.core.ledger.CommandHandler;
import org.ketnghia.core.ledger.EventDraft;
import org.ketnghia.core.ledger.LedgerState;
import org.ketnghia.core.money.Money;
import org.ketnghia.livestock.LivestockErrorCode;
import org.ketnghia.livestock.group.GroupFounded;
import org.ketnghia.livestock.herd.Animal;
import org.ketnghia.livestock.herd.AnimalStatus;
import org.ketnghia.livestock.herd.AnimalsHandedOver;
import org.ketnghia.livestock.herd.HandOverAnimals;
import org.ketnghia.livestock.herd.HandOverFacts;
import org.ketnghia.livestock.herd.Herd;
import org.ketnghia.livestock.herd.Obligation;
import org.ketnghia.livestock.passon.PassOnKind;
import org.ketnghia.livestock.passon.PassOnPolicy;
import org.ketnghia.livestock.programme.LivestockProgramme;
import org.ketnghia.livestock.programme.SupportPackage;

/** Validates {@link HandOverAnimals} (round 1 or a pass-on) and records {@link AnimalsHandedOver}. */
final class HandOverHandler implements CommandHandler<HandOverAnimals> {

    private final LivestockProgramme programme;

    HandOverHandler(LivestockProgramme programme) {
        this.programme = requireNonNull(programme, "programme");
    }

    @Override
    public Class<HandOverAnimals> commandType() {
        return HandOverAnimals.class;
    }

    @Override
    public List<EventDraft> handle(HandOverAnimals command, LedgerState state) {
        Herd herd = state.projection(Herd.class);
        Problems problems = new Problems();
        Optional<GroupFounded> found = ProcurementHandlers.checkGroup(command.groupId(), command.unitCode(), command.occurredOn(), state,
                problems);
        problems.check(command.handoverReference().isBlank(), CoreErrorCode.VALUE_BLANK, "handoverReference");
        problems.check(command.earTags().isEmpty(), LivestockErrorCode.LIVESTOCK_PASS_ON_COUNT, "earTags", "≥ 1", 0);
        Set<String> distinct = new HashSet<>(command.earTags());
        problems.check(distinct.size() != command.earTags().size(), CoreErrorCode.VALUE_DUPLICATE, "earTags",
                command.earTags());
        if (found.isEmpty()) {
            problems.throwIfAny();
        }
        GroupFounded group = found.get();
        PassOnPolicy policy = group.passOnPolicy();
        String recipient = command.householdId();
        LocalDate date = command.occurredOn();
        OptionalInt recipientRound = herd.roundOf(recipient);
        problems.check(!group.hasMember(recipient), LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_MEMBER, "householdId",
                recipient, group.groupId());

        int round;
        Optional<String> fulfilled = Optional.empty();
        Money value = Money.ZERO;
        if (command.fromHouseholdId().isEmpty()) {
            List<String> fromFund = command.earTags().stream().filter(herd::boughtFromRevolvingFund).toList();
            List<String> fromProgramme = command.earTags().stream().filter(tag -> !herd.boughtFromRevolvingFund(tag))
                    .toList();
            boolean revolving = !fromFund.isEmpty();
            problems.check(revolving && !fromProgramme.isEmpty(), LivestockErrorCode.LIVESTOCK_HANDOVER_MIXES_FUNDS,
                    "earTags", String.join(", ", fromFund), String.join(", ", fromProgramme));
            if (revolving) {
                // bought with cash paid instead of animals: a pass-on round after the payers', to the next household
                round = herd.highestCashPayerRound(group.groupId()).orElse(1) + 1;
                checkNextRecipient(herd, group, recipient, recipientRound, problems);
            } else {
                round = 1;
                if (recipientRound.isPresent() && recipientRound.getAsInt() != 1) {
                    problems.add(LivestockErrorCode.LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED, "householdId", recipient,
                            recipientRound.getAsInt());
                }
            }
            List<Animal> handed = new ArrayList<>();
            for (int i = 0; i < command.earTags().size(); i++) {
                String tag = command.earTags().get(i);
                Optional<Animal> animal = checkExists(herd, tag, "earTags[" + i + "]", problems);
                if (animal.isEmpty() || !checkAlive(animal.get(), "earTags[" + i + "]", problems)) {
                    continue;
                }
                if (animal.get().status() == AnimalStatus.KEPT) {
                    problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_HANDED_OVER, "earTags[" + i + "]", tag,
                            animal.get().keeperHouseholdId().orElse("?"));
                } else if (animal.get().status() != AnimalStatus.IN_STOCK
                        || !animal.get().groupId().equals(group.groupId())) {
                    problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_IN_STOCK, "earTags[" + i + "]", tag);
                } else {
                    handed.add(animal.get());
                }
                value = value.plus(purchasePrice(herd, tag));
            }
            if (!revolving && !handed.isEmpty()) {
                PackageRules.checkRoundOne(programme, herd, group, recipient, handed, problems);
            }
        } else {
            String giver = command.fromHouseholdId().get();
            OptionalInt giverRound = herd.roundOf(giver);
            round = giverRound.orElse(0) + 1;
            Optional<Obligation> obligation = herd.obligation(Obligation.idOf(group.groupId(), giver))
                    .filter(o -> o.statusOn(date).isOpen());
            if (obligation.isEmpty()) {
                problems.add(LivestockErrorCode.LIVESTOCK_NO_OPEN_OBLIGATION, "fromHouseholdId", giver);
            } else {
                fulfilled = Optional.of(obligation.get().obligationId());
                problems.check(command.earTags().size() > obligation.get().remaining(),
                        LivestockErrorCode.LIVESTOCK_PASS_ON_COUNT, "earTags", obligation.get().remaining(),
                        command.earTags().size());
            }
            if (recipientRound.isPresent()) {
                // a giver owing several animals hands each to the same next household as it grows
                problems.check(!receivedFrom(herd, group.groupId(), giver, recipient),
                        LivestockErrorCode.LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED, "householdId", recipient,
                        recipientRound.getAsInt());
            } else {
                checkNextRecipient(herd, group, recipient, recipientRound, problems);
            }
            int passedBefore = obligation.map(Obligation::passedOn).orElse(0);
            for (int i = 0; i < command.earTags().size(); i++) {
                checkPassOn(herd, command.earTags().get(i), "earTags[" + i + "]", giver, policy, date,
                        passedBefore + i + 1, problems);
            }
            Money price = programme.packageFor(group.species()).map(SupportPackage::unitPrice).orElse(Money.ZERO);
            value = price.times(command.earTags().size());
        }
        problems.throwIfAny();

        boolean opens = herd.obligation(Obligation.idOf(group.groupId(), recipient)).isEmpty();
        AnimalsHandedOver.Builder event = AnimalsHandedOver.builder();
        event.from((HandOverFacts) command).round(round).species(group.species()).value(value).supportedOn(date)
                .fulfilledObligationId(fulfilled);
        if (opens) {
            event.openedObligationId(Obligation.idOf(group.groupId(), recipient))
                    .obligationDueOn(date.plusMonths(policy.deadlineMonths())).obligationCount(policy.count());
        }
        return List.of(EventDraft.of(command, event.build()));
    }

    /**
     * A household not yet supported receives a pass-on (or animals bought from the revolving fund) only
     * when it is next in the group's queue.
     */
    private static void checkNextRecipient(Herd herd, GroupFounded group, String recipient, OptionalInt recipientRound,
            Problems problems) {
        if (recipientRound.isPresent()) {
            problems.add(LivestockErrorCode.LIVESTOCK_RECIPIENT_ALREADY_SUPPORTED, "householdId", recipient,
                    recipientRound.getAsInt());
        } else if (group.hasMember(recipient)) {
            Optional<String> next = group.queue().stream().filter(h -> herd.roundOf(h).isEmpty()).findFirst();
            problems.check(next.isPresent() && !next.get().equals(recipient),
                    LivestockErrorCode.LIVESTOCK_RECIPIENT_NOT_NEXT, "householdId", next.orElse("—"), recipient);
        }
    }

    private static Money purchasePrice(Herd herd, String tag) {
        return herd.purchasePrice(tag).orElse(Money.ZERO);
    }

    static Optional<Animal> checkExists(Herd herd, String tag, String field, Problems problems) {
        Optional<Animal> animal = herd.animal(tag);
        problems.check(animal.isEmpty(), LivestockErrorCode.LIVESTOCK_UNKNOWN_ANIMAL, field, tag);
        return animal;
    }

    /** Records a problem when the animal is not alive; returns whether it is. */
    static boolean checkAlive(Animal animal, String field, Problems problems) {
        if (animal.status() == AnimalStatus.REJECTED) {
            problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_IN_STOCK, field, animal.earTag());
            return false;
        }
        return !problems.check(!animal.isAlive(), LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_ALIVE, field,
                animal.earTag(), animal.status().label().vi());
    }

    /** Whether {@code recipient} received animals from {@code giver} in the group before. */
    private static boolean receivedFrom(Herd herd, String groupId, String giver, String recipient) {
        return herd.chain(groupId).stream().anyMatch(
                handOver -> handOver.householdId().equals(recipient) && handOver.fromHouseholdId().equals(Optional.of(giver)));
    }

    /**
     * Checks one animal of a pass-on; {@code nth} is the giver's how-manieth animal of its obligation it
     * would be (a mother is returned only once as many offspring have grown up as mothers go back).
     */
    private static void checkPassOn(Herd herd, String tag, String field, String giver, PassOnPolicy policy,
            LocalDate date, int nth, Problems problems) {
        Optional<Animal> found = checkExists(herd, tag, field, problems);
        if (found.isEmpty() || !checkAlive(found.get(), field, problems)) {
            return;
        }
        Animal animal = found.get();
        if (!animal.keeperHouseholdId().equals(Optional.of(giver))) {
            if (animal.handOvers() > 0 && animal.keeperHouseholdId().isPresent()) {
                problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_ALREADY_HANDED_OVER, field, tag,
                        animal.keeperHouseholdId().get());
            } else {
                problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_WITH_HOUSEHOLD, field, tag, giver);
            }
            return;
        }
        if (policy.kind() == PassOnKind.MOTHER) {
            checkMother(herd, animal, field, giver, policy, date, nth, problems);
            return;
        }
        if (!animal.bornToHouseholdId().equals(Optional.of(giver)) || animal.handOvers() > 0) {
            problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING, field, tag, "con sinh ra trong đàn của hộ");
            return;
        }
        policy.offspringSex().filter(sex -> sex != animal.sex()).ifPresent(sex -> problems.add(
                LivestockErrorCode.LIVESTOCK_ANIMAL_WRONG_SEX, field, tag, animal.sex().label().vi(), sex.label().vi()));
        int age = animal.ageMonthsOn(date);
        problems.check(age < policy.minimumAgeMonths(), LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE, field, tag, age,
                policy.minimumAgeMonths());
        if (policy.offspringOrdinal() > 1 && animal.motherTag().isPresent()) {
            problems.check(ordinalAmongSiblings(herd, animal, policy) < policy.offspringOrdinal(),
                    LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING, field, tag,
                    "con thứ " + policy.offspringOrdinal() + " trở đi");
        }
    }

    /**
     * The mother rule (<i>trả lại con mẹ</i>): the giver returns an animal it received (not one born in
     * the programme) once one of the offspring born in its herd — of the policy's sex, at least the
     * policy's ordinal-th of its own mother — has reached the minimum age, and for the {@code nth}
     * animal returned once {@code nth} such offspring have. Which of the received mothers goes back is
     * the group's choice: the obligation is the household's.
     */
    private static void checkMother(Herd herd, Animal mother, String field, String giver, PassOnPolicy policy,
            LocalDate date, int nth, Problems problems) {
        if (!mother.receivedByHouseholdId().equals(Optional.of(giver)) || mother.bornToHouseholdId().isPresent()) {
            problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING, field, mother.earTag(),
                    "con mẹ hộ đã nhận");
            return;
        }
        List<Animal> young = herd.bornIn(giver).stream().filter(a -> freesAMother(herd, a, policy)).toList();
        long grown = young.stream().filter(a -> a.ageMonthsOn(a.isAlive() ? date : a.statusSince())
                >= policy.minimumAgeMonths()).count();
        if (grown >= nth) {
            return;
        }
        Optional<Animal> growing = young.stream().filter(Animal::isAlive)
                .filter(a -> a.ageMonthsOn(date) < policy.minimumAgeMonths())
                .max(java.util.Comparator.comparingInt(a -> a.ageMonthsOn(date)));
        if (growing.isPresent()) {
            problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_UNDER_AGE, field, growing.get().earTag(),
                    growing.get().ageMonthsOn(date), policy.minimumAgeMonths());
        } else {
            problems.add(LivestockErrorCode.LIVESTOCK_ANIMAL_NOT_OFFSPRING, field, mother.earTag(),
                    "con mẹ đã có con " + policy.offspringSex().map(s -> s.label().vi() + " ").orElse("")
                            + "đủ " + policy.minimumAgeMonths() + " tháng tuổi");
        }
    }

    /** Whether {@code offspring} is of the policy's sex and at least its ordinal-th such offspring of its mother. */
    private static boolean freesAMother(Herd herd, Animal offspring, PassOnPolicy policy) {
        if (policy.offspringSex().map(sex -> sex != offspring.sex()).orElse(false)) {
            return false;
        }
        return policy.offspringOrdinal() <= 1 || offspring.motherTag().isEmpty()
                || ordinalAmongSiblings(herd, offspring, policy) >= policy.offspringOrdinal();
    }

    /** 1 for the first offspring of the policy's sex of the animal's mother, 2 for the second… */
    private static int ordinalAmongSiblings(Herd herd, Animal offspring, PassOnPolicy policy) {
        List<Animal> siblings = herd.offspringOf(offspring.motherTag().orElseThrow()).stream()
                .filter(a -> policy.offspringSex().map(sex -> sex == a.sex()).orElse(true)).toList();
        return siblings.indexOf(offspring) + 1;
    }
}
